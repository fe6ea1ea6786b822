/**
 * Text folded for matching (lower case, Unicode compatibility forms, plain spaces, quotes and
 * dashes, invisible characters dropped) with a map back to offsets in the original text.
 */
export interface NormalizedText {
  /** The folded text. */
  readonly text: string;
  /** Original offsets where folded character i starts and ends; null when offsets are identical. */
  readonly starts: Int32Array | null;
  readonly ends: Int32Array | null;
}

// eslint-disable-next-line no-control-regex -- the ASCII range, on purpose
const NEEDS_SLOW_PATH = /[^\x00-\x7f]/;
// eslint-disable-next-line no-misleading-character-class -- invisible characters tested one at a time
const DROPPED = /[\u00ad\u200b-\u200d\u2060\ufeff\u034f\u180e]/;
const SPACES = /[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u02bc]/;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/;

function foldChar(ch: string): string {
  if (DROPPED.test(ch)) return '';
  if (SPACES.test(ch)) return ' ';
  if (SINGLE_QUOTES.test(ch)) return "'";
  if (DOUBLE_QUOTES.test(ch)) return '"';
  if (DASHES.test(ch)) return '-';
  if (ch === '\u00d7') return 'x';
  return ch.normalize('NFKC').toLowerCase();
}

export function normalizeText(original: string): NormalizedText {
  if (!NEEDS_SLOW_PATH.test(original)) {
    return { text: original.toLowerCase(), starts: null, ends: null };
  }
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    if (code < 0x80) {
      parts.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : original[i]!);
      starts.push(i);
      ends.push(i + 1);
      continue;
    }
    // Keep surrogate pairs together.
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < original.length ? 2 : 1;
    const folded = foldChar(original.slice(i, i + width));
    for (let k = 0; k < folded.length; k++) {
      starts.push(i);
      ends.push(i + width);
    }
    parts.push(folded);
    i += width - 1;
  }
  return { text: parts.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** Maps a non-empty [start, end) range of the folded text back to the original text. */
export function toOriginalRange(n: NormalizedText, start: number, end: number): [number, number] {
  if (!n.starts || !n.ends) return [start, end];
  return [n.starts[start]!, n.ends[end - 1]!];
}
