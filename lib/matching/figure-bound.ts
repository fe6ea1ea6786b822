/**
 * Words that make a figure a bound rather than a value: "more than 90%", "over 20,000 accounts",
 * "under 5%", "nearly 95%", "90% or more"; 超过90%, 不到5%, 近95%; 90%以上, 5%未満. A bound the
 * source's figure satisfies states it truly ("more than 90%" of a sourced 94%).
 */
import type { FigureKind } from '../knowledge/schema';

export type FigureBound = 'min' | 'max' | 'near';

/** Kinds of figure a "more than" or "under" can bound (not a vote, a range or a year). */
const BOUNDABLE: ReadonlySet<FigureKind> = new Set(['percent', 'multiple', 'money', 'count']);

// Words right before a figure (in folded, lower-case text), longest first where one ends another
// ("just under" is near, "under" a maximum). Latin words must start a word; Han and kana need not.
const BEFORE: ReadonlyArray<readonly [string, FigureBound]> = [
  ['just under', 'near'], ['just shy of', 'near'], ['nearly', 'near'], ['almost', 'near'], ['close to', 'near'], ['approaching', 'near'],
  ['将近', 'near'], ['接近', 'near'], ['逼近', 'near'], ['ほぼ', 'near'], ['近', 'near'],
  ['more than', 'min'], ['over', 'min'], ['above', 'min'], ['at least', 'min'], ['upwards of', 'min'], ['in excess of', 'min'],
  ['greater than', 'min'], ['exceeding', 'min'], ['north of', 'min'],
  ['超过', 'min'], ['超出', 'min'], ['逾', 'min'], ['多于', 'min'], ['高于', 'min'], ['不少于', 'min'], ['至少', 'min'],
  ['no more than', 'max'], ['not more than', 'max'], ['less than', 'max'], ['fewer than', 'max'], ['under', 'max'], ['below', 'max'],
  ['at most', 'max'], ['up to', 'max'],
  ['不到', 'max'], ['不足', 'max'], ['少于', 'max'], ['低于', 'max'], ['至多', 'max'], ['最多', 'max'],
];
// Words right after a figure.
const AFTER: ReadonlyArray<readonly [string, FigureBound]> = [
  [' or more', 'min'], [' or higher', 'min'], [' or above', 'min'], [' or greater', 'min'], ['+', 'min'], ['以上', 'min'], ['多', 'min'],
  [' or less', 'max'], [' or fewer', 'max'], [' or lower', 'max'], [' or below', 'max'], ['以下', 'max'], ['未満', 'max'], ['以内', 'max'],
];
/** What may stand between the word and the figure: spaces, a tilde, 约 ("about"). */
const BETWEEN = /[ ~约約]+$/;
const LATIN_LETTER = /[a-z]/;

/**
 * The bound the words around text[start, end) put on the figure there, if any: plain string
 * comparisons, since this runs for every figure of every sentence read.
 */
export function figureBound(text: string, start: number, end: number): FigureBound | undefined {
  let before = text.slice(Math.max(0, start - 16), start);
  if (BETWEEN.test(before)) before = before.replace(BETWEEN, '');
  for (const [word, bound] of BEFORE) {
    if (!before.endsWith(word)) continue;
    const at = before.length - word.length;
    // A Latin word must start a word: "turnover 4%" is not "over 4%"; 最近 ("lately") and 附近
    // ("nearby") are not 近.
    if (LATIN_LETTER.test(word[0]!) && at > 0 && LATIN_LETTER.test(before[at - 1]!)) continue;
    if (word === '近' && at > 0 && (before[at - 1] === '最' || before[at - 1] === '附')) continue;
    return bound;
  }
  for (const [word, bound] of AFTER) {
    if (!text.startsWith(word, end)) continue;
    // " or more" must end a word: not " or moreover".
    const next = text[end + word.length];
    if (LATIN_LETTER.test(word[word.length - 1]!) && next !== undefined && LATIN_LETTER.test(next)) continue;
    return bound;
  }
  return undefined;
}

/** The bound on a figure found in the text, for a kind of figure a bound applies to (not a vague count). */
export function boundOf(text: string, figure: { kind: FigureKind; vague?: boolean; start: number; end: number }): FigureBound | undefined {
  return BOUNDABLE.has(figure.kind) && !figure.vague ? figureBound(text, figure.start, figure.end) : undefined;
}

/**
 * Whether a bound on the page holds for the source's value: "more than" a value at or below it,
 * "under" a value at or above it, "nearly" a value at most a tenth above it.
 */
export function boundHolds(bound: FigureBound, sourced: number, page: number): boolean {
  if (bound === 'min') return sourced >= page;
  if (bound === 'max') return sourced <= page;
  return sourced <= page && sourced >= page * 0.9;
}

/**
 * Whether a bound that holds also states the source's value: close to it ("more than 90%" of 94%,
 * "under 5%" of 4%), not any far bound ("more than 5%" of 94%, true but not the figure).
 */
export function boundStates(bound: FigureBound, sourced: number, page: number): boolean {
  if (!boundHolds(bound, sourced, page)) return false;
  if (bound === 'min') return page >= sourced * 0.75;
  if (bound === 'max') return page <= sourced * 1.5;
  return true;
}
