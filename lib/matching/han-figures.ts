/**
 * Figures as Chinese writes them, in folded text (Simplified, half-width digits): 百分之九十四,
 * 25亿美元, 二十倍, 12至24个月, 369票对22票, 13家中的3家 / 十三家中仅三家, 2.4万个账户, 数千个账户,
 * 二〇二六年; and as Japanese writes them: 25億ドル, 5億1000万ドル, 12〜24か月, 1～2年, 369対22で,
 * 賛成369票、反対22票, 13社のうち3社, 423件, 9割, 何千もの. The number grammar is here; the words for
 * currencies and counted things come from the lexicons (folded as page text is).
 */
import type { Lexicon } from '../knowledge/lexicon/schema';
import { escapeRegExp } from './escape-regexp';
import { boundOf } from './figure-bound';
import type { PageFigure } from './figure-extractor';
import { HAN_NUMBER_SOURCE, HAN_NUMERAL_CHARS, parseHanNumber } from './han-numerals';
import { foldHanTerm } from './han-script';

/** Han characters the grammar below is written with (kept by the Traditional-to-Simplified fold). */
export const HAN_FIGURE_GRAMMAR_CHARS = '百分之倍至到票对比家个所间中里的仅只有共总约近逾超过多余数几上成千万计以年月周星期次块枚颗项名条张赞反投表决零〇一二两三四五六七八九十亿';

const N = HAN_NUMBER_SOURCE;
// Japanese counters: 件 (cases, fixes), 社 (companies), 回 (times), 基 (machines).
const CLASSIFIER = '(?:个|次|块|枚|颗|项|名|条|张|家|笔|台|件|社|回|基)';

const VAGUE: Record<string, [number, number]> = {
  数十: [20, 99], 几十: [20, 99], 上百: [100, 999], 数百: [100, 999], 几百: [100, 999],
  上千: [1000, 999_999], 数千: [1000, 999_999], 几千: [1000, 999_999], 数以千计: [1000, 999_999], 成千上万: [1000, 999_999],
  上万: [10_000, 99_999], 数万: [10_000, 99_999], 几万: [10_000, 99_999], 数以万计: [10_000, 99_999],
  数十万: [100_000, 999_999], 几十万: [100_000, 999_999], 数百万: [1e6, 999e6], 几百万: [1e6, 999e6],
  数千万: [1e7, 99e6], 上亿: [1e8, 999e6], 数亿: [1e8, 999e6],
  // Japanese: 何千もの ("thousands of"), 何万, 何百万.
  何百: [100, 999], 何千: [1000, 999_999], 何万: [10_000, 99_999], 何百万: [1e6, 999e6],
};
const VAGUE_SOURCE = Object.keys(VAGUE).sort((a, b) => b.length - a.length).join('|');

const DURATION_UNITS: Record<string, string> = { 个月: 'months', 月: 'months', 年: 'years', 周: 'weeks', 星期: 'weeks', 个星期: 'weeks' };
// Japanese months: か月 (ヶ月, カ月 fold to it; 箇月 and 個月 to 个月).
DURATION_UNITS['か月'] = 'months';
const durationUnits = (keys: string[]) => `(?:${keys.sort((a, b) => b.length - a.length).join('|')})`;
const DURATION_UNIT = durationUnits(Object.keys(DURATION_UNITS));
// After the first number, a bare 月 is a month of the year ("1月至2月" is January to February).
const FIRST_DURATION_UNIT = durationUnits(Object.keys(DURATION_UNITS).filter((u) => u !== '月'));

export type HanFigureReader = (text: string) => PageFigure[];

export function createHanFigureReader(lexicons: readonly Lexicon[]): HanFigureReader {
  // The lexicons' words are folded as page text is (a Japanese 対話 is 対话 in folded text).
  const dollars = [...new Set(lexicons.flatMap((l) => l.dollars.map(foldHanTerm)))];
  const units: [string, string[]][] = [];
  for (const l of lexicons) for (const [unit, words] of Object.entries(l.units)) units.push([unit, words.map(foldHanTerm)]);
  const DOLLAR = dollars.length ? `(?:${dollars.map(escapeRegExp).join('|')})` : '(?!)';

  const pattern = new RegExp(
    [
      // percent: 百分之九十四, 百分之4; a fraction: 二十分之一; tenths: 三成, 九成四
      `(?<percent>百分之(?<pc>${N}))`,
      // Japanese: 94パーセント
      `(?<percent2>(?<![\\d.,])(?<pc2>${N}) ?パーセント)`,
      `(?<fraction>(?<fd>${N})分之(?<fn>${N}))`,
      `(?<tenths>(?<![零〇一二两三四五六七八九十\\d])(?<tn>[一二两三四五六七八九]|\\d)成(?<tn2>[一二三四五六七八九](?![十百千万亿成]))?(?![不为功本立熟员长果绩交就型品]|以上|多))`,
      // Japanese tenths: 9割 (not 割合 "ratio", 割引 "discount", 割安/割高 "cheap/dear"; 9割以上 is a bound)
      `(?<wari>(?<![零〇一二两三四五六七八九十\\d])(?<wn>[一二三四五六七八九]|\\d)割(?![合引安高]|以上|超|強|弱|近))`,
      // money: 25亿美元, 二十五亿美元, us$25亿, $5.1亿
      `(?<money>(?:(?:us)?\\$ ?)?(?<m1>${N}) ?${DOLLAR}|(?:us)?\\$ ?(?<m2>\\d+(?:\\.\\d+)?(?:千万|百万|万|亿)+))`,
      // duration range: 12至24个月, 12到24个月, 12-24个月, 一到两年, 12个月至24个月
      `(?<duration>(?<d1>${N}) ?${FIRST_DURATION_UNIT}? ?(?:至|到|-|~|から) ?(?<d2>${N}) ?(?<du>${DURATION_UNIT}))`,
      // vote: 369票对22票, 369票比22票, 以369对22票
      // and Japanese: 369対22で可決, 369対22の賛成多数
      `(?<vote>(?<v1>${N}) ?票? ?(?:对|比|:|-|対) ?(?<v2>${N}) ?(?:票|(?=的?(?:票数|投票|表决))|(?=で|の?賛成)))`,
      // vote, yes and no named: 369票赞成、22票反对; Japanese 賛成369票、反対22票
      `(?<vote2>(?<w1>${N}) ?票赞成[、，,]? ?(?<w2>${N}) ?票反对|賛成 ?(?<w3>${N}) ?票?[、，,]? ?反対 ?(?<w4>${N}) ?票?)`,
      // count of total: 13家中的3家, 十三家中仅三家, 13家顶尖中国ai实验室中只有3家; and Japanese, where a
      // clause may stand between: 13社のうち、結果を公表したのは3社
      `(?<oftotal>(?<t2>${N}) ?(?<tc>家|个|所|社)[^。！？；;,，\\d]{0,24}?(?:中|里|之中|当中|うち)(?:[^。！？；;\\d零〇一二两三四五六七八九十]{0,5}?|(?<=うち)[^。！？；;\\d零〇一二两三四五六七八九十]{6,30}?[はが])(?<t1>${N}) ?\\k<tc>)`,
      // count of total, the part first: 三家中国顶尖实验室（共13家）
      `(?<oftotal2>(?<u1>${N}) ?(?<uc>家|个|所)[^。！？；;\\d]{0,24}?[(（]?(?:共|总共|一共)(?<u2>${N}) ?\\k<uc>)`,
      // ratio as Japanese writes it: 4対1 (a multiple, as "4:1" is; 3対1で is a vote or a score)
      `(?<ratio>(?<r1>${N}) ?対 ?1(?![\\d.,]|で|の?賛成))`,
      // multiple: 11倍, 约20倍, 二十倍
      `(?<multiple>(?<x1>${N}) ?倍)`,
      // year: 二〇二六年
      `(?<year>(?<y1>[〇零一二三四五六七八九]{4})年)`,
      // vague counts: 数千个, 上万个, 成千上万
      `(?<vague>${VAGUE_SOURCE})`,
      // count: 2.4万个账户, 423个漏洞, 1600万次对话
      `(?<count>(?<![\\d.,a-z\\-])(?<c1>${N})(?![\\d.,a-z${HAN_NUMERAL_CHARS}]| ?(?:年|月|日|号|%|点|倍|票)| ?${DOLLAR})(?: ?(?:多|余))?${CLASSIFIER}?)`,
    ].join('|'),
    'g',
  );

  /** The counted things named right after a number ("个欺诈账户" -> account). */
  function unitsAfter(text: string, end: number): string[] {
    const window = text.slice(end, end + 16).split(/[。！？；;,，]/)[0]!;
    return units.filter(([, words]) => words.some((w) => window.includes(w))).map(([unit]) => unit);
  }

  return (text) => {
    const out: PageFigure[] = [];
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text))) {
      const g = m.groups!;
      const start = m.index;
      const end = start + m[0].length;
      let fig: Omit<PageFigure, 'start' | 'end'> | null = null;
      if (g.percent !== undefined || g.percent2 !== undefined) fig = { kind: 'percent', value: parseHanNumber(g.pc ?? g.pc2!) };
      else if (g.fraction !== undefined) {
        const whole = parseHanNumber(g.fd!);
        const part = parseHanNumber(g.fn!);
        if (part < whole) fig = { kind: 'percent', value: Number(((100 * part) / whole).toPrecision(6)) };
      } else if (g.tenths !== undefined) {
        fig = { kind: 'percent', value: parseHanNumber(g.tn!) * 10 + (g.tn2 ? parseHanNumber(g.tn2) : 0) };
      } else if (g.wari !== undefined) fig = { kind: 'percent', value: parseHanNumber(g.wn!) * 10 };
      else if (g.money !== undefined) fig = { kind: 'money', value: parseHanNumber(g.m1 ?? g.m2!) };
      else if (g.duration !== undefined) {
        const a = parseHanNumber(g.d1!);
        const b = parseHanNumber(g.d2!);
        // "2024至2025年" is a span of years, not a duration.
        // Durations are stated in months, as the knowledge base states them: 一到两年 is 12-24 months.
        const unit = DURATION_UNITS[g.du!]!;
        const months = unit === 'years' ? 12 : 1;
        if (a < b && b <= 120) fig = { kind: 'duration-range', value: a * months, value2: b * months, unitWords: [unit === 'years' ? 'months' : unit] };
      } else if (g.vote !== undefined || g.vote2 !== undefined) {
        const yes = parseHanNumber(g.v1 ?? g.w1 ?? g.w3!);
        const no = parseHanNumber(g.v2 ?? g.w2 ?? g.w4!);
        if (yes <= 1000 && no <= 1000) fig = { kind: 'vote', value: yes, value2: no };
      } else if (g.oftotal !== undefined || g.oftotal2 !== undefined) {
        const part = parseHanNumber(g.t1 ?? g.u1!);
        const total = parseHanNumber(g.t2 ?? g.u2!);
        if (part < total) fig = { kind: 'count-of-total', value: part, value2: total };
      } else if (g.multiple !== undefined || g.ratio !== undefined) fig = { kind: 'multiple', value: parseHanNumber(g.x1 ?? g.r1!) };
      else if (g.year !== undefined) fig = { kind: 'year', value: parseHanNumber(g.y1!) };
      else if (g.vague !== undefined) {
        const [lo, hi] = VAGUE[g.vague]!;
        fig = { kind: 'count', value: lo, value2: hi, vague: true, unitWords: unitsAfter(text, end) };
      } else if (g.count !== undefined) {
        const unitWords = unitsAfter(text, end);
        const digits = /^\d/.test(g.c1!);
        const value = parseHanNumber(g.c1!);
        // Plain digits with no Han unit, classifier or counted thing are left to the English grammar (a year, a bare count).
        // Han numerals are common inside words (一种, 一个月, 万一): they count only from ten up, before a counted thing.
        const hanWritten = /[^\d.,]/.test(g.c1!) || m[0].trimEnd().length > g.c1!.length;
        if (digits ? unitWords.length || hanWritten : value >= 10 && unitWords.length) fig = { kind: 'count', value, unitWords };
      }
      if (fig && Number.isFinite(fig.value) && (fig.value2 === undefined || Number.isFinite(fig.value2))) {
        const found: PageFigure = { ...fig, start, end };
        const bound = boundOf(text, found);
        if (bound) found.bound = bound;
        out.push(found);
      }
    }
    return out;
  };
}
