/**
 * Finds numeric figures in folded (lower-case) text: percentages, multiples and ratios, money,
 * counts ("24,000 accounts", "thousands of accounts"), "3 of 13", votes ("369-22"), duration
 * ranges ("12-24 months") and years. Pure: offsets are into the text it is given.
 */
import type { FigureKind } from '../knowledge/schema';
import type { HanFigureReader } from './han-figures';
import { UNSPACED_SCRIPT } from './han-script';
import { NUMBER_WORDS_SOURCE, parseNumber } from './number-words';

export interface PageFigure {
  kind: FigureKind;
  value: number;
  /** Upper bound of a range, the total of "3 of 13", the noes of a vote. */
  value2?: number;
  /** True for quantities like "thousands of": value..value2 is the range they allow. */
  vague?: boolean;
  /** Up to three words that follow a count ("fraudulent accounts"), singular. */
  unitWords?: string[];
  start: number;
  end: number;
}

const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const NUM = `(?:${DIGITS}|${NUMBER_WORDS_SOURCE})`;
const DIGITS_ONLY = `(?:${DIGITS})`;
const SCALE = String.raw`(?:trillion|billion|million|thousand|tn|bn|bln|mn|mln|b|m|k|t)(?![a-z])`;
const START = String.raw`(?<![a-z0-9_.,$\-])`;
const END = String.raw`(?![a-z0-9])`;

const PATTERN = new RegExp(
  [
    // money: $2.5B, us$2.5 billion, usd 2.5bn, 2.5 billion dollars
    String.raw`(?<money>(?:u\.?s\.? ?)?\$ ?(?<m1>${DIGITS_ONLY})(?:[ -]?(?<s1>${SCALE}))?|${START}usd ?(?<m2>${DIGITS_ONLY})(?:[ -]?(?<s2>${SCALE}))?|${START}(?<m3>${DIGITS_ONLY})(?:[ -]?(?<s3>${SCALE}))?[ -](?:us )?(?:dollars?|usd)${END})`,
    // duration range: 12-24 months, 12 to 24 months
    String.raw`${START}(?<duration>(?<d1>${NUM})(?:-to-| ?(?:-|to) ?)(?<d2>${NUM})[- ]?(?<du>months?|years?|weeks?)${END})`,
    // count of total: 3 of 13, three out of the 13
    String.raw`${START}(?<oftotal>(?<o1>${NUM}) (?:out )?of (?:the )?(?:top )?(?<o2>${NUM})(?![a-z0-9%]| ?percent))`,
    // ratio "11:1", "11-to-1"
    String.raw`${START}(?<ratio>(?<r1>${NUM}) ?(?::|-to-| to )(?:1|one)(?![\d.:]))`,
    // vote or pair: 369-22, 369 to 22
    String.raw`${START}(?<pair>(?<p1>\d{1,4}) ?(?:-|to) ?(?<p2>\d{1,4})(?![\d%]|[.,]\d| ?percent))`,
    // percent: 94%, 94 percent, 94 per cent, ninety-four percent
    String.raw`${START}(?<percent>(?<pc>${NUM})[- ]?(?:%|percent|per cent|pct|pc)(?![a-z]))`,
    // multiple: 11x, 11 times, eleven times, elevenfold, 20-fold
    String.raw`${START}(?<multiple>(?<x1>${NUM})(?: ?x(?![a-z0-9])| times${END}|[- ]?fold${END}))`,
    // vague counts: thousands of, tens of thousands of
    String.raw`${START}(?<vague>(?:tens of |hundreds of )?(?:thousands|hundreds|millions|dozens|billions)) of `,
    // year
    String.raw`${START}(?<year>(?:19|20)\d\d)(?![\d%s]|[,.]\d)`,
    // bare count: 24,000; 1.6 million; 423
    String.raw`${START}(?<count>(?<c1>${DIGITS_ONLY})(?: (?<cs>thousand|million|billion))?)(?![\d%])`,
  ].join('|'),
  'g',
);

const SCALES: Record<string, number> = {
  trillion: 1e12, tn: 1e12, t: 1e12,
  billion: 1e9, bn: 1e9, bln: 1e9, b: 1e9,
  million: 1e6, mn: 1e6, mln: 1e6, m: 1e6,
  thousand: 1e3, k: 1e3,
};

const VAGUE: Record<string, [number, number]> = {
  dozens: [24, 99],
  hundreds: [100, 999],
  thousands: [1000, 999_999],
  'tens of thousands': [10_000, 99_999],
  'hundreds of thousands': [100_000, 999_999],
  millions: [1e6, 999e6],
  'tens of millions': [1e7, 99e6],
  'hundreds of millions': [1e8, 999e6],
  billions: [1e9, 999e9],
};

const scaled = (num: string, scale: string | undefined) => parseNumber(num) * (scale ? (SCALES[scale] ?? 1) : 1);

/** Singular form of a unit word, good enough for comparing "accounts" with "account". */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

const UNIT_WORDS = /^(?: [a-z][a-z0-9-]*){1,3}/;

function unitWordsAfter(text: string, end: number): string[] {
  const m = UNIT_WORDS.exec(text.slice(end, end + 48));
  return m ? m[0].trim().split(' ').map(singular) : [];
}

const MAY_HAVE_FIGURE =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands|millions|dozens|billions)|[〇一二两三四五六七八九十百千万亿]/i;

/** A cheap test: false when the text certainly holds no figure (no digit, no number word). */
export function mayHaveFigure(text: string): boolean {
  return MAY_HAVE_FIGURE.test(text);
}

/**
 * All figures in the text, left to right, non-overlapping. With a reader for Han text, figures
 * written the Chinese way are read too and win over what the English grammar sees in them
 * ("25亿美元" is $2.5 billion, not a count of 25).
 */
export function extractFigures(text: string, han?: HanFigureReader): PageFigure[] {
  const figures = extractLatinFigures(text);
  if (!han || !UNSPACED_SCRIPT.test(text)) return figures;
  const hanFigures = han(text);
  if (!hanFigures.length) return figures;
  const kept = figures.filter((f) => !hanFigures.some((h) => f.start < h.end && h.start < f.end));
  return [...kept, ...hanFigures].sort((a, b) => a.start - b.start);
}

function extractLatinFigures(text: string): PageFigure[] {
  const out: PageFigure[] = [];
  PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PATTERN.exec(text))) {
    const g = m.groups!;
    const start = m.index;
    let end = start + m[0].length;
    let fig: Omit<PageFigure, 'start' | 'end'> | null = null;
    if (g.money !== undefined) {
      const num = g.m1 ?? g.m2 ?? g.m3!;
      fig = { kind: 'money', value: scaled(num, g.s1 ?? g.s2 ?? g.s3) };
    } else if (g.duration !== undefined) {
      fig = { kind: 'duration-range', value: parseNumber(g.d1!), value2: parseNumber(g.d2!) };
    } else if (g.oftotal !== undefined) {
      fig = { kind: 'count-of-total', value: parseNumber(g.o1!), value2: parseNumber(g.o2!) };
    } else if (g.ratio !== undefined) {
      fig = { kind: 'multiple', value: parseNumber(g.r1!) };
    } else if (g.pair !== undefined) {
      const a = Number(g.p1);
      const b = Number(g.p2);
      // Year spans such as 2024-2025 are not votes.
      if (a <= 1000 && b <= 1000) fig = { kind: 'vote', value: a, value2: b };
    } else if (g.percent !== undefined) {
      fig = { kind: 'percent', value: parseNumber(g.pc!) };
    } else if (g.multiple !== undefined) {
      fig = { kind: 'multiple', value: parseNumber(g.x1!) };
    } else if (g.vague !== undefined) {
      const range = VAGUE[g.vague];
      end = start + g.vague.length;
      if (range) fig = { kind: 'count', value: range[0], value2: range[1], vague: true, unitWords: unitWordsAfter(text, end + 3) };
    } else if (g.year !== undefined) {
      fig = { kind: 'year', value: Number(g.year) };
    } else if (g.count !== undefined) {
      end = start + g.count.length;
      fig = { kind: 'count', value: scaled(g.c1!, g.cs), unitWords: unitWordsAfter(text, end) };
    }
    if (fig && Number.isFinite(fig.value) && (fig.value2 === undefined || Number.isFinite(fig.value2))) {
      out.push({ ...fig, start, end });
    }
  }
  return out;
}
