/**
 * Numbers as Chinese (and Japanese) write them: Han numerals ("九十四", "二十五亿", "十三",
 * "二〇二六"), Arabic digits with Han myriad units ("25亿", "2.4万", "1600万") and a mix of both.
 */

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const MYRIAD_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** A RegExp source (no groups) for one number: Arabic digits with optional Han units, or Han numerals. */
export const HAN_NUMBER_SOURCE = String.raw`(?:\d+(?:,\d{3})*(?:\.\d+)?(?:[多余]?[十百千万亿]+(?:\d{1,4}(?:[千万]+|(?![\d.,])))*)?|[零〇一二两三四五六七八九十百千万亿]+(?:[多余][万亿])?)`;

/** The Han characters numbers are written with (the Traditional script's are folded to these first). */
export const HAN_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/**
 * Parses "94", "九十四", "二十五亿", "2.5亿", "1,600万", "1600多万", "二〇二六", and digits after a
 * myriad unit as Japanese writes them ("5亿1000万" is 510 million, "2万4000" is 24,000).
 * Returns NaN when it is not a number.
 */
export function parseHanNumber(text: string): number {
  // "1600多万" (over 16 million) is read as its round value.
  const t = text.trim().replace(/[多余](?=[十百千万亿])/g, '');
  if (!t) return NaN;
  // Digits one after another with no unit ("二〇二六") are read positionally.
  if (/^[零〇一二三四五六七八九]{2,}$/.test(t)) return Number([...t].map((c) => DIGIT[c]).join(''));
  const arabic = /^\d+(?:,\d{3})*(?:\.\d+)?/.exec(t);
  let current = arabic ? Number(arabic[0].replace(/,/g, '')) : 0;
  let section = 0;
  let total = 0;
  let seen = !!arabic;
  for (let i = arabic ? arabic[0].length : 0; i < t.length; i++) {
    const c = t[i]!;
    const run = c >= '0' && c <= '9' ? /^\d+/.exec(t.slice(i))![0] : '';
    if (run) {
      current = Number(run);
      seen = true;
      i += run.length - 1;
      continue;
    }
    const digit = DIGIT[c];
    if (digit !== undefined) {
      current = digit;
      seen = true;
      continue;
    }
    const small = SMALL_UNIT[c];
    if (small !== undefined) {
      // "十三" is ten and three: a unit with nothing before it counts once.
      section += (seen && current ? current : 1) * small;
      current = 0;
      seen = true;
      continue;
    }
    const myriad = MYRIAD_UNIT[c];
    if (myriad !== undefined) {
      const part = section + current;
      // "万亿": a myriad unit right after another multiplies what is already there.
      if (part === 0) total = (total || 1) * myriad;
      else total += Number((part * myriad).toPrecision(12));
      section = 0;
      current = 0;
      seen = true;
      continue;
    }
    return NaN;
  }
  return seen ? total + section + current : NaN;
}
