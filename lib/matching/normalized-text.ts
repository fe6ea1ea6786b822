/**
 * Text folded for matching (lower case, Unicode compatibility forms, plain spaces, quotes and
 * dashes, invisible characters dropped, Traditional Han characters the lexicon reads to Simplified)
 * with a map back to offsets in the original text.
 *
 * Most folds keep the length (a curly quote becomes a straight one), so the map stores only the
 * points where the offset shift changes (a dropped soft hyphen, a ligature that expands) and
 * looks positions up by binary search.
 */
import { FULL_WIDTH_KEPT, KANA_MONTH_COUNTERS, KATAKANA_MIDDLE_DOTS, MONTH_COUNT_BEFORE, foldHan } from './han-script';

export interface NormalizedText {
  /** The folded text. */
  readonly text: string;
  /** Folded indices from which `shift` applies (ascending); empty when offsets are identical. */
  readonly editAt: readonly number[];
  /** original index = folded index - shift, for folded indices from the matching `editAt`. */
  readonly shift: readonly number[];
}

// One UTF-16 surrogate pair, a half-width kana with its voicing mark (ﾄﾞ, one character once
// folded), or any other non-ASCII code unit.
const NON_ASCII = /[\ud800-\udbff][\udc00-\udfff]|[\uff66-\uff9d][\uff9e\uff9f]|[^\x00-\x7f]/g; // eslint-disable-line no-control-regex -- the ASCII range, on purpose
// eslint-disable-next-line no-misleading-character-class -- invisible characters tested one at a time
const DROPPED = /^[\u00ad\u200b-\u200d\u2060\ufeff\u034f\u180e]$/;
const SPACES = /^[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/;
const SINGLE_QUOTES = /^[\u2018\u2019\u201a\u201b\u2032\u02bc]$/;
const DOUBLE_QUOTES = /^[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]$/;
const DASHES = /^[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]$/;
/** Dashes and rules a page may write for the katakana long vowel mark (ス―パ―), not the en and em dash. */
const LONG_VOWEL_LOOKALIKES = /^[\u2010-\u2012\u2015\u2212\u2500\u2501\uff0d]$/;
/** Katakana (full and half width) and the long vowel mark: what a long vowel mark follows. */
const KATAKANA = /^[\u30a1-\u30fa\u30fc\uff66-\uff9f]$/;

function foldChar(ch: string, before: string, after: string): string {
  // Unified Han characters (most of a Chinese page): only the Traditional-to-Simplified fold applies.
  if (ch >= '\u3400' && ch <= '\u9fff') return foldHan(ch);
  if (FULL_WIDTH_KEPT.includes(ch)) return ch;
  if (DROPPED.test(ch)) return '';
  // Japanese: the middle dot between the words of a name is dropped (クロード・ミトス reads as
  // クロードミトス, as terms are written), a dash after katakana is the long vowel mark, and the
  // wave dash of a range (12〜24か月) is a tilde, as NFKC makes the full-width one.
  if (KATAKANA_MIDDLE_DOTS.includes(ch) || (ch === '\u00b7' && KATAKANA.test(before))) return '';
  if (LONG_VOWEL_LOOKALIKES.test(ch) && KATAKANA.test(before)) return '\u30fc';
  if (ch === '\u301c') return '~';
  // The counter before 月 ("months") in any of its kana spellings (ヶ月, カ月, ヵ月, ケ月) reads か月.
  if (after === '月' && KANA_MONTH_COUNTERS.includes(ch) && MONTH_COUNT_BEFORE.test(before)) return 'か';
  if (SPACES.test(ch)) return ' ';
  if (SINGLE_QUOTES.test(ch)) return "'";
  if (DOUBLE_QUOTES.test(ch)) return '"';
  if (DASHES.test(ch)) return '-';
  if (ch === '\u00d7') return 'x';
  // Lower-casing twice is harmless; doing it here keeps the length known before the final pass.
  return ch.normalize('NFKC').toLowerCase().toLowerCase();
}

/** The longest run of ASCII characters other than digits, from lastIndex (sticky: never searches ahead). */
const PLAIN_ASCII_RUN = /[\x00-\x2f\x3a-\x7f]*/y; // eslint-disable-line no-control-regex -- the ASCII range, on purpose
const NON_ASCII_FROM = /[^\x00-\x7f]/g; // eslint-disable-line no-control-regex -- the ASCII range, on purpose

/**
 * Whether the text is plain ASCII (its folded form is its lower case, at the same offsets), and if
 * so whether it has a digit: both from one pass over text with neither (most of any page).
 */
export type AsciiRead = 'ascii' | 'ascii-with-digit' | 'other';

export function readAscii(text: string): AsciiRead {
  // One run from the start (a third cheaper than searching for the first digit or non-ASCII character).
  PLAIN_ASCII_RUN.lastIndex = 0;
  PLAIN_ASCII_RUN.test(text);
  const at = PLAIN_ASCII_RUN.lastIndex;
  if (at === text.length) return 'ascii';
  if (text.charCodeAt(at) > 0x7f) return 'other';
  NON_ASCII_FROM.lastIndex = at;
  return NON_ASCII_FROM.test(text) ? 'other' : 'ascii-with-digit';
}

export function normalizeText(original: string): NormalizedText {
  const editAt: number[] = [];
  const shift: number[] = [];
  let current = 0; // folded index - original index, so far
  const folded = original.replace(NON_ASCII, (ch: string, offset: number) => {
    const out = foldChar(ch, offset ? original[offset - 1]! : '', original[offset + ch.length] ?? '');
    if (out.length === ch.length) return out;
    const foldedStart = offset + current;
    // Extra characters of an expansion all point back at the character they came from.
    for (let k = 1; k < out.length; k++) {
      editAt.push(foldedStart + k);
      shift.push(foldedStart + k - offset);
    }
    current += out.length - ch.length;
    editAt.push(foldedStart + out.length);
    shift.push(current);
    return out;
  });
  return { text: folded.toLowerCase(), editAt, shift };
}

function originalIndex(n: NormalizedText, foldedIndex: number): number {
  const { editAt, shift } = n;
  if (!editAt.length || foldedIndex < editAt[0]!) return foldedIndex;
  let lo = 0;
  let hi = editAt.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (editAt[mid]! <= foldedIndex) lo = mid;
    else hi = mid - 1;
  }
  return foldedIndex - shift[lo]!;
}

/** Maps a non-empty [start, end) range of the folded text back to the original text. */
export function toOriginalRange(n: NormalizedText, start: number, end: number): [number, number] {
  return [originalIndex(n, start), originalIndex(n, end - 1) + 1];
}
