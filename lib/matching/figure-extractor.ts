/**
 * Finds numeric figures in folded (lower-case) text: percentages, multiples and ratios, money,
 * counts ("24,000 accounts", "thousands of accounts"), "3 of 13", votes ("369-22"), duration
 * ranges ("12-24 months") and years. Pure: offsets are into the text it is given.
 */
import type { FigureKind } from '../knowledge/schema';
import { boundOf, type FigureBound } from './figure-bound';
import type { HanFigureReader } from './han-figures';
import { UNSPACED_SCRIPT } from './han-script';
import { parseNumber, parseNumberWords } from './number-words';
import { triePattern } from './trie-pattern';

export interface PageFigure {
  kind: FigureKind;
  value: number;
  /** Upper bound of a range, the total of "3 of 13", the noes of a vote. */
  value2?: number;
  /** True for quantities like "thousands of": value..value2 is the range they allow. */
  vague?: boolean;
  /** Up to three words that follow a count ("fraudulent accounts"), singular. */
  unitWords?: string[];
  /** The figure is a bound ("more than 90%"), not a value: see figure-bound.ts. */
  bound?: FigureBound;
  start: number;
  end: number;
}

const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/**
 * Numbers written in words are first rewritten in place as their digits, padded in front to the
 * same length with this character ("ninety-four" becomes 9 pads and "94"), so offsets are kept and
 * PATTERN needs one short alternative for them. Spelling the ~35 number words out at each of
 * PATTERN's eight number sites made V8 spend ~100-300 ms compiling it on every page.
 */
const PAD = '\u0001';
const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** Where a number in words may start: a word of the lists (or "a" of "a hundred"), not inside a word. */
const NUMBER_WORD_START = /(?<![a-z])(?:a|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?=[^a-z]|$|fold)/g;
const NUM = String.raw`(?:${DIGITS}|${PAD}+\d+)`;
const DIGITS_ONLY = `(?:${DIGITS})`;
const SCALE = String.raw`(?:trillion|billion|million|thousand|tn|bn|bln|mn|mln|b|m|k|t)(?![a-z])`;
const START = String.raw`(?<![a-z0-9_.,$\-\u0001])`;
const END = String.raw`(?![a-z0-9])`;

const PATTERN_SOURCE =
  [
    // money: $2.5B, us$2.5 billion, usd 2.5bn, 2.5 billion dollars
    String.raw`(?<money>(?:u\.?s\.? ?)?\$ ?(?<m1>${DIGITS_ONLY})(?:[ -]?(?<s1>${SCALE}))?|${START}usd ?(?<m2>${DIGITS_ONLY})(?:[ -]?(?<s2>${SCALE}))?|${START}(?<m3>${DIGITS_ONLY})(?:[ -]?(?<s3>${SCALE}))?[ -](?:us )?(?:dollars?|usd)${END})`,
    // duration range: 12-24 months, 12 to 24 months, one or two years, between 12 and 24 months; a year or two
    String.raw`${START}(?<duration>(?:between (?<d0>${NUM}) and |(?<d1>${NUM})(?:-to-| ?(?:-|to|or) ?))(?<d2>${NUM})[- ]?(?<du>months?|years?|weeks?)${END})`,
    String.raw`\b(?<yeartwo>a year or (?<y2>${NUM})(?: years)?${END})`,
    // count of total: 3 of 13, three out of the 13, 3 in 13 (not "3 in 2026")
    String.raw`${START}(?<oftotal>(?<o1>${NUM}) (?:(?:out )?of|in(?! \d{4}(?!\d))) (?:the )?(?:top )?(?<o2>${NUM})(?![a-z0-9%]| ?percent))`,
    // ratio "11:1", "11-to-1"
    String.raw`${START}(?<ratio>(?<r1>${NUM}) ?(?::|-to-| to )(?:1|\u0001\u00011)(?![\d.:]))`,
    // vote or pair: 369-22, 369 to 22, 369 votes to 22; 369 in favour and 22 against, 369 yeas and 22
    // nays (a count "for" another is a vote only with "against" after it: not "3 for 4")
    String.raw`${START}(?<pair>(?<p1>\d{1,4})(?: ?(?:-|to) ?| votes to | (?:votes? )?(?:in favou?r|for)(?: and|,| to| with)? (?=\d{1,4} (?:votes? )?against)| (?:yeas|ayes)(?: and|,| to)? (?=\d{1,4} (?:nays|noes)))(?<p2>\d{1,4})(?![\d%]|[.,]\d| ?percent)(?: (?:votes? )?against| (?:nays|noes))?)`,
    // percent: 94%, 94 percent, 94 per cent, ninety-four percent; a range "95 to 100%", "5-12 percent", "95%至100%"
    String.raw`${START}(?<percent>(?<pc>${NUM})(?:(?: ?%)? ?(?:-|\u2013|~|to|至|到) ?(?<pc2>${NUM}))?[- ]?(?:%|percent|per cent|pct|pc)(?![a-z]))`,
    // multiple: 11x, 11 times, eleven times, elevenfold, 20-fold
    String.raw`${START}(?<multiple>(?<x1>${NUM})(?: ?x(?![a-z0-9])| times${END}|[- ]?fold${END}))`,
    // vague counts: thousands of, tens of thousands of, "thousands" of (the word quoted)
    String.raw`${START}(?<vague>(?:tens of |hundreds of )?(?:thousands|hundreds|millions|dozens|billions))["']? of `,
    // year
    String.raw`${START}(?<year>(?:19|20)\d\d)(?![\d%s]|[,.]\d)`,
    // bare count: 24,000; 1.6 million; 423; 24k, 16m+ (the short scales only with a counted thing after, see unitWordsAfter)
    String.raw`${START}(?<count>(?<c1>${DIGITS_ONLY})(?: (?<cs>thousand|million|billion)|(?<cs2>k|m|mn|bn)\+?(?![a-z0-9]))?)(?![\d%])`,
  ].join('|');

/** Months in a unit of a duration range (weeks: none, they are left out). */
const DURATION_MONTHS: Record<string, number | undefined> = { month: 1, year: 12 };

/**
 * PATTERN is written with named groups and run without the names: V8 otherwise builds a groups
 * object of ~30 properties on every match. Every group of the source is named, so a name's index
 * is its place among them.
 */
const NAMED_GROUP = /\(\?<([a-z]\w*)>/gi;
const GROUP = new Map([...PATTERN_SOURCE.matchAll(NAMED_GROUP)].map((m, i) => [m[1]!, i + 1]));
const PATTERN = new RegExp(PATTERN_SOURCE.replace(NAMED_GROUP, '('), 'g');

/** The text of a named group of a PATTERN match (undefined when it did not take part). */
const group = (m: RegExpExecArray, name: string): string | undefined => m[GROUP.get(name)!];

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

/** A number from PATTERN: digits, or a number word rewritten as padded digits. */
const numberOf = (text: string) => parseNumber(text.replaceAll(PAD, ''));

/** The word of `words` at `i` that ends where a word may end, or null. */
function wordAt(text: string, i: number, words: readonly string[]): string | null {
  for (const w of words) {
    if (!text.startsWith(w, i)) continue;
    const next = text[i + w.length];
    if (next === undefined || next < 'a' || next > 'z' || text.startsWith('fold', i + w.length)) return w;
  }
  return null;
}

/** Length of a number under a hundred in words at `i` ("ninety-four", "thirteen", "six"), or 0. */
function underHundredAt(text: string, i: number): number {
  const tens = wordAt(text, i, TENS);
  if (tens) {
    const sep = text[i + tens.length];
    const ones = sep === '-' || sep === ' ' ? wordAt(text, i + tens.length + 1, ONES) : null;
    return tens.length + (ones ? 1 + ones.length : 0);
  }
  return (wordAt(text, i, TEENS) ?? wordAt(text, i, ['zero', ...ONES]))?.length ?? 0;
}

/** Length of a number in words at `i`, 0 to 999 ("a hundred", "three hundred and six"), or 0. */
function numberWordsAt(text: string, i: number): number {
  const lead = wordAt(text, i, ['a', ...ONES]);
  if (lead && text.startsWith(' hundred', i + lead.length)) {
    const end = i + lead.length + 8;
    const next = text[end];
    if (next === undefined || next < 'a' || next > 'z' || text.startsWith('fold', end)) {
      const and = text.startsWith(' and ', end) ? underHundredAt(text, end + 5) : 0;
      if (and) return end + 5 + and - i;
      const plain = text[end] === ' ' ? underHundredAt(text, end + 1) : 0;
      return plain ? end + 1 + plain - i : end - i;
    }
  }
  return underHundredAt(text, i);
}

/** The text with every number in words rewritten as padded digits of the same length. */
function digitsForWords(text: string): string {
  let out = '';
  let last = 0;
  NUMBER_WORD_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER_WORD_START.exec(text))) {
    const length = numberWordsAt(text, m.index);
    if (!length) continue;
    const digits = String(parseNumberWords(text.slice(m.index, m.index + length)));
    if (digits === 'NaN' || digits.length > length) continue;
    out += text.slice(last, m.index) + PAD.repeat(length - digits.length) + digits;
    last = m.index + length;
    NUMBER_WORD_START.lastIndex = last;
  }
  return last ? out + text.slice(last) : text;
}

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

/** Words that start a number in words or a vague quantity, for the cheap test below. */
const NUMBER_WORDS = [...ONES, ...TEENS, ...TENS, 'hundred', 'thousands', 'millions', 'dozens', 'billions'];
/** Only the words no other word starts ("four" already finds "fourteen"): the test is about prefixes. */
export const NUMBER_WORD_PREFIXES = NUMBER_WORDS.filter((w) => !NUMBER_WORDS.some((v) => v !== w && w.startsWith(v)));
/**
 * A digit, a word starting with a number word ("ten", "tenfold", "Thirteen"), or a Han numeral.
 * The words are one trie (V8 then tries one branch per letter instead of ~35 words at each word
 * start), which halves the cost of this test on text with no figure, most of any page.
 */
const MAY_HAVE_FIGURE = new RegExp(String.raw`[\d〇一二两三四五六七八九十百千万亿]|\b${triePattern(NUMBER_WORD_PREFIXES)}`, 'i');

/**
 * A cheap test: false when the text certainly holds no figure (no digit, no number word). On plain
 * ASCII text it is the same as "a digit, or a word that starts with one of NUMBER_WORD_PREFIXES".
 */
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
  const searched = digitsForWords(text);
  PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PATTERN.exec(searched))) {
    let start = m.index;
    let end = start + m[0].length;
    let fig: Omit<PageFigure, 'start' | 'end'> | null = null;
    if (group(m, 'money') !== undefined) {
      const num = group(m, 'm1') ?? group(m, 'm2') ?? group(m, 'm3')!;
      fig = { kind: 'money', value: scaled(num, group(m, 's1') ?? group(m, 's2') ?? group(m, 's3')) };
    } else if (group(m, 'duration') !== undefined) {
      // In months, as the knowledge base states durations: one to two years is 12-24 months. Weeks
      // are never the paper's measure.
      const perUnit = DURATION_MONTHS[group(m, 'du')!.replace(/s$/, '')];
      const from = numberOf((group(m, 'd1') ?? group(m, 'd0'))!);
      if (perUnit) fig = { kind: 'duration-range', value: from * perUnit, value2: numberOf(group(m, 'd2')!) * perUnit, unitWords: ['months'] };
    } else if (group(m, 'yeartwo') !== undefined) {
      const years = numberOf(group(m, 'y2')!);
      if (years > 1 && years <= 10) fig = { kind: 'duration-range', value: 12, value2: years * 12, unitWords: ['months'] };
    } else if (group(m, 'oftotal') !== undefined) {
      fig = { kind: 'count-of-total', value: numberOf(group(m, 'o1')!), value2: numberOf(group(m, 'o2')!) };
    } else if (group(m, 'ratio') !== undefined) {
      fig = { kind: 'multiple', value: numberOf(group(m, 'r1')!) };
    } else if (group(m, 'pair') !== undefined) {
      const a = Number(group(m, 'p1'));
      const b = Number(group(m, 'p2'));
      // Year spans such as 2024-2025 are not votes.
      if (a <= 1000 && b <= 1000) fig = { kind: 'vote', value: a, value2: b };
    } else if (group(m, 'percent') !== undefined) {
      const upTo = group(m, 'pc2');
      if (upTo === undefined) fig = { kind: 'percent', value: numberOf(group(m, 'pc')!) };
      else if (searched.endsWith('from ', start) || searched.endsWith('从', start)) {
        // "from 4 to 14%" (从4%到14%) is a change: its end is a percentage of its own.
        start += m[0].lastIndexOf(upTo);
        fig = { kind: 'percent', value: numberOf(upTo) };
      }
      // Otherwise a range of percentages sums up several tests: never one sourced figure.
    } else if (group(m, 'multiple') !== undefined) {
      fig = { kind: 'multiple', value: numberOf(group(m, 'x1')!) };
    } else if (group(m, 'vague') !== undefined) {
      const vague = group(m, 'vague')!;
      const range = VAGUE[vague];
      end = start + vague.length;
      if (range) fig = { kind: 'count', value: range[0], value2: range[1], vague: true, unitWords: unitWordsAfter(text, end + 3) };
    } else if (group(m, 'year') !== undefined) {
      fig = { kind: 'year', value: Number(group(m, 'year')) };
    } else if (group(m, 'count') !== undefined) {
      end = start + group(m, 'count')!.length;
      fig = { kind: 'count', value: scaled(group(m, 'c1')!, group(m, 'cs') ?? group(m, 'cs2')), unitWords: unitWordsAfter(text, end) };
    }
    if (fig && Number.isFinite(fig.value) && (fig.value2 === undefined || Number.isFinite(fig.value2))) {
      // Set in place: spreading figures of several shapes into a new object is a slow path in V8.
      const found = fig as PageFigure;
      found.start = start;
      found.end = end;
      const bound = boundOf(text, found);
      if (bound) found.bound = bound;
      out.push(found);
    }
  }
  return out;
}
