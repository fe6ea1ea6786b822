/** Splits folded text into sentences, keeping offsets. Abbreviations such as "u.s." or "mr." do not end one. */

const BOUNDARY = /[.!?]+["')\]]*\s+|[\n\r]+/g;
const ABBREVIATION = /(?:^|[\s("])(?:(?:[a-z]\.)+[a-z]?|mr|mrs|ms|dr|st|inc|corp|co|ltd|jr|sr|vs|no|gen|sen|rep|gov|approx|est|e\.g|i\.e|etc|sept?|jan|feb|mar|apr|jun|jul|aug|oct|nov|dec)\.$/;

export function sentenceBounds(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(text))) {
    const mark = m[0];
    if (mark[0] === '.') {
      const before = text.slice(Math.max(start, m.index - 12), m.index + 1);
      if (ABBREVIATION.test(before)) continue;
    }
    const end = m.index + mark.length;
    out.push([start, end]);
    start = end;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}
