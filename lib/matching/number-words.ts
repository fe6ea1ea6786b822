/** Numbers written in words ("ninety-four", "three", "thirteen", "twenty"), 0 to 999. */

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const VALUES = new Map<string, number>();
ONES.forEach((w, i) => VALUES.set(w, i));
TEENS.forEach((w, i) => VALUES.set(w, 10 + i));
TENS.forEach((w, i) => w && VALUES.set(w, i * 10));

const UNDER_HUNDRED = `(?:(?:${TENS.filter(Boolean).join('|')})(?:[- ](?:${ONES.slice(1).join('|')}))?|${TEENS.join('|')}|${ONES.join('|')})`;

/** A RegExp source (no groups) for a number in words, e.g. "ninety-four", "a hundred", "three hundred and six". */
export const NUMBER_WORDS_SOURCE = `(?:(?:a|one|two|three|four|five|six|seven|eight|nine) hundred(?: and ${UNDER_HUNDRED}| ${UNDER_HUNDRED})?|${UNDER_HUNDRED})`;

/** Parses a number written in words (lower case). Returns NaN when it is not one. */
export function parseNumberWords(words: string): number {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words.split(/[\s-]+/)) {
    if (w === 'and' || w === '') continue;
    if (w === 'hundred') {
      current = (current || 1) * 100;
      seen = true;
      continue;
    }
    if (w === 'a') {
      current += 1;
      continue;
    }
    const v = VALUES.get(w);
    if (v === undefined) return NaN;
    current += v;
    seen = true;
  }
  total += current;
  return seen ? total : NaN;
}

/** Parses "2,300", "2.5", "ninety-four" (lower case). */
export function parseNumber(text: string): number {
  const t = text.trim();
  if (/^[\d.,]+$/.test(t)) return Number(t.replace(/,/g, ''));
  return parseNumberWords(t);
}
