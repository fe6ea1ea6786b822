/**
 * A RegExp source that matches any of many literal keys, written as a trie ("c(?:hina|loud(?:
 * providers?)?)" rather than "china|cloud|cloud providers"): the engine then tries one branch per
 * character instead of every key at every position, which keeps one pass over the text fast with
 * hundreds of keys. Longer keys win (a continuation is tried before the key that ends there, and
 * the engine backtracks to the shorter one if what follows does not fit). A key marked as a stem
 * also matches any letters after it; a word prefix, any word characters after it, tried after every
 * longer key (see AnchorIndex: number words ride along the alias scan that way).
 */
interface Node {
  children: Map<string, Node>;
  end: boolean;
  stem: boolean;
  prefix: boolean;
}

const node = (): Node => ({ children: new Map(), end: false, stem: false, prefix: false });

/** RegExp syntax characters, escaped when a key holds them. */
const SYNTAX = new Set([...'.*+?^${}()|[]\\']);
const literal = (ch: string) => (SYNTAX.has(ch) ? `\\${ch}` : ch);

function source(n: Node): string {
  const branches: string[] = [];
  for (const [ch, child] of n.children) {
    // A run of nodes with one child and nothing ending is one literal ("loud" in "c(?:hina|loud...").
    let text = literal(ch);
    let next = child;
    while (next.children.size === 1 && !next.end && !next.stem && !next.prefix) {
      const [onlyCh, only] = next.children.entries().next().value!;
      text += literal(onlyCh);
      next = only;
    }
    branches.push(text + source(next));
  }
  // A word prefix takes the rest of the word: whatever a key or stem ending here would match is
  // the same word or a part of it, so nothing else is tried after it.
  if (n.prefix) return branches.length ? `(?:${branches.join('|')}|\\w*)` : '\\w*';
  const tail = n.stem ? '[a-z]*' : '';
  if (!branches.length) return tail;
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  // A key ends here (or a stem continues with any letters): the continuation is optional.
  if (n.stem) return `(?:${body}|${tail})`;
  if (n.end) return branches.length === 1 && body.length === 1 ? `${body}?` : `(?:${body})?`;
  return body;
}

type Kind = 'key' | 'stem' | 'prefix';

function insert(root: Node, key: string, kind: Kind): void {
  let n = root;
  for (const ch of key) {
    let next = n.children.get(ch);
    if (!next) n.children.set(ch, (next = node()));
    n = next;
  }
  if (kind === 'stem') n.stem = true;
  else if (kind === 'prefix') n.prefix = true;
  else n.end = true;
}

function trieOf(keys: Iterable<string>, stems: Iterable<string>): Node {
  const root = node();
  for (const k of keys) insert(root, k, 'key');
  for (const k of stems) insert(root, k, 'stem');
  return root;
}

export function triePattern(keys: Iterable<string>, stems: Iterable<string> = [], prefixes: Iterable<string> = []): string {
  const root = trieOf(keys, stems);
  for (const k of prefixes) insert(root, k, 'prefix');
  return source(root);
}

/**
 * The pattern of keys and stems, and the same with word prefixes added, from one trie: the keys
 * are inserted once (the second source is the first trie with the prefixes put in, which is the
 * trie a fresh build of all three lists makes).
 */
export function triePatternsWithAndWithoutPrefixes(
  keys: Iterable<string>,
  stems: Iterable<string>,
  prefixes: Iterable<string>,
): { plain: string; prefixed: string } {
  const root = trieOf(keys, stems);
  const plain = source(root);
  for (const k of prefixes) insert(root, k, 'prefix');
  return { plain, prefixed: source(root) };
}
