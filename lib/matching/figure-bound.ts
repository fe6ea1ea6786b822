/**
 * Words that make a figure a bound rather than a value: "more than 90%", "over 20,000 accounts",
 * "under 5%", "nearly 95%", "90% or more"; 超过90%, 不到5%, 近95%; 90%以上, 5%未満. A bound the
 * source's figure satisfies states it truly ("more than 90%" of a sourced 94%).
 */
import type { FigureKind } from '../knowledge/schema';

export type FigureBound = 'min' | 'max' | 'near';

/** Kinds of figure a "more than" or "under" can bound (not a vote, a range or a year). */
export const BOUNDABLE: ReadonlySet<FigureKind> = new Set(['percent', 'multiple', 'money', 'count']);

// Folded (lower-case) text; each pattern ends (or starts) where the figure starts (or ends).
const MIN_BEFORE = /(?:\b(?:more than|over|above|at least|upwards of|in excess of|greater than|exceeding|north of)|超过|超出|逾|多于|高于|不少于|至少)[ ~约約]*$/;
const MAX_BEFORE = /(?:\b(?:less than|fewer than|under|below|at most|up to|no more than|not more than)|不到|不足|少于|低于|至多|最多)[ ~约約]*$/;
const NEAR_BEFORE = /(?:\b(?:nearly|almost|close to|approaching|just shy of|just under)|将近|接近|近|逼近|ほぼ|近く)[ ~约約]*$/;
const MIN_AFTER = /^(?: or (?:more|higher|above|greater)\b|\+|以上|多)/;
const MAX_AFTER = /^(?: or (?:less|fewer|lower|below)\b|以下|未満|以内)/;

/** The bound the words around text[start, end) put on the figure there, if any. */
export function figureBound(text: string, start: number, end: number): FigureBound | undefined {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 12);
  // "just under" is near, not a plain maximum: checked first.
  if (NEAR_BEFORE.test(before)) return 'near';
  if (MIN_BEFORE.test(before) || MIN_AFTER.test(after)) return 'min';
  if (MAX_BEFORE.test(before) || MAX_AFTER.test(after)) return 'max';
  return undefined;
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
