/**
 * A RegExp source that matches any of many literal keys, written as a trie ("c(?:hina|loud(?:
 * providers?)?)" rather than "china|cloud|cloud providers"): the engine then tries one branch per
 * character instead of every key at every position, which keeps one pass over the text fast with
 * hundreds of keys. Longer keys win (a continuation is tried before the key that ends there, and
 * the engine backtracks to the shorter one if what follows does not fit). A key marked as a stem
 * also matches any letters after it; a word prefix, any word characters after it, tried after every
 * longer key (see AnchorIndex: number words ride along the alias scan that way).
 *
 * The trie is read off the sorted keys, without building nodes: the keys that share a prefix are
 * a run of the sorted list, and a run whose first and last keys agree on the next character (and
 * none of which ends before it) goes on as one literal. This runs once per page load, in code the
 * engine has not optimised yet, so it does as little as it can.
 */

type Kind = 'key' | 'stem' | 'prefix';

interface Entry {
  text: string;
  kind: Kind;
}

/** RegExp syntax characters, escaped when a key holds them. */
const SYNTAX = new Set([...'.*+?^${}()|[]\\']);
const literal = (ch: string) => (SYNTAX.has(ch) ? `\\${ch}` : ch);

/**
 * The source of the sub-trie of entries [lo, hi) of the sorted list, which all start with the same
 * `depth` characters.
 */
function source(entries: readonly Entry[], lo: number, hi: number, depth: number): string {
  // The entries that end here come first in sorted order (a string sorts before its extensions).
  let end = false;
  let stem = false;
  let prefix = false;
  while (lo < hi && entries[lo]!.text.length === depth) {
    const kind = entries[lo++]!.kind;
    if (kind === 'stem') stem = true;
    else if (kind === 'prefix') prefix = true;
    else end = true;
  }
  const branches: string[] = [];
  for (let a = lo; a < hi; ) {
    const ch = entries[a]!.text[depth]!;
    let b = a + 1;
    while (b < hi && entries[b]!.text[depth] === ch) b++;
    // A run of characters the whole group shares, with nothing ending inside it, is one literal
    // ("loud" in "c(?:hina|loud...)"); the group's first and last entries bound the others.
    let text = literal(ch);
    let d = depth + 1;
    const first = entries[a]!.text;
    const last = entries[b - 1]!.text;
    while (first.length > d && first[d] === last[d]) text += literal(first[d++]!);
    branches.push(text + source(entries, a, b, d));
    a = b;
  }
  // A word prefix takes the rest of the word: whatever a key or stem ending here would match is
  // the same word or a part of it, so nothing else is tried after it.
  if (prefix) return branches.length ? `(?:${branches.join('|')}|\\w*)` : '\\w*';
  const tail = stem ? '[a-z]*' : '';
  if (!branches.length) return tail;
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  // A key ends here (or a stem continues with any letters): the continuation is optional.
  if (stem) return `(?:${body}|${tail})`;
  if (end) return branches.length === 1 && body.length === 1 ? `${body}?` : `(?:${body})?`;
  return body;
}

export function triePattern(keys: Iterable<string>, stems: Iterable<string> = [], prefixes: Iterable<string> = []): string {
  const entries: Entry[] = [];
  for (const text of keys) entries.push({ text, kind: 'key' });
  for (const text of stems) entries.push({ text, kind: 'stem' });
  for (const text of prefixes) entries.push({ text, kind: 'prefix' });
  entries.sort((x, y) => (x.text < y.text ? -1 : x.text > y.text ? 1 : 0));
  return source(entries, 0, entries.length, 0);
}
