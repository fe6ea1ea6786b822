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

export function triePattern(keys: Iterable<string>, stems: Iterable<string> = [], prefixes: Iterable<string> = []): string {
  const root = node();
  const insert = (key: string, kind: 'key' | 'stem' | 'prefix') => {
    let n = root;
    for (const ch of key) {
      let next = n.children.get(ch);
      if (!next) n.children.set(ch, (next = node()));
      n = next;
    }
    if (kind === 'stem') n.stem = true;
    else if (kind === 'prefix') n.prefix = true;
    else n.end = true;
  };
  for (const k of keys) insert(k, 'key');
  for (const k of stems) insert(k, 'stem');
  for (const k of prefixes) insert(k, 'prefix');
  return source(root);
}
