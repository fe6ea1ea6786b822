/**
 * Sentence boundaries in folded text, keeping offsets. A sentence ends at . ! or ? (with any
 * closing quotes or brackets) followed by white space, or at a line break; abbreviations such as
 * "u.s." or "mr." do not end one. Table rows come as one line, so a row is one sentence.
 * Chinese and Japanese sentences end at 。！？； with no space after them (the fold keeps these
 * full-width; an ASCII ! or ? right before a non-ASCII character ends one too).
 */

const BOUNDARY = /[.!?]+["')\]]*\s+|[\n\r]+|[。！？；]+["')\]」』]*\s*|[!?]+["')\]」』]*(?=[^\x00-\x7f])/g; // eslint-disable-line no-control-regex -- the ASCII range, on purpose
const CJK_END = /[。！？；]/;
const CLOSERS = `"')]」』`;
const ABBREVIATION = /(?:^|[\s("])(?:(?:[a-z]\.)+[a-z]?|mr|mrs|ms|dr|st|inc|corp|co|ltd|jr|sr|vs|no|gen|sen|rep|gov|approx|est|e\.g|i\.e|etc|sept?|jan|feb|mar|apr|jun|jul|aug|oct|nov|dec)\.$/;

function isAbbreviation(text: string, dotIndex: number, floor: number): boolean {
  return ABBREVIATION.test(text.slice(Math.max(floor, dotIndex - 12), dotIndex + 1));
}

/** End (exclusive, after the boundary's white space) of the sentence that contains `from`. */
function sentenceEnd(text: string, from: number): number {
  BOUNDARY.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(text))) {
    if (m[0][0] === '.' && isAbbreviation(text, m.index, 0)) continue;
    return m.index + m[0].length;
  }
  return text.length;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f';

/** Start of the sentence that contains `at`. */
function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '\n' || c === '\r') return i + 1;
    // Full-width stops (and closing quotes after one) are tested only on the characters that can be them.
    const code = text.charCodeAt(i);
    if (code >= 0x3000 || code === 0x21 || code === 0x3f || ((code === 0x22 || code === 0x27 || code === 0x29 || code === 0x5d) && i > 0 && text.charCodeAt(i - 1) >= 0x3000)) {
      if (CJK_END.test(c) || ((c === '!' || c === '?') && i + 1 < text.length && text.charCodeAt(i + 1) > 0x7f)) return i + 1;
      if (CLOSERS.includes(c)) {
        // Closing quotes after a full-width stop belong to the sentence that ended.
        let k = i;
        while (k > 0 && CLOSERS.includes(text[k]!)) k--;
        if (CJK_END.test(text[k]!)) return i + 1;
      }
    }
    if (!isSpace(c)) continue;
    // White space: is it the tail of a boundary?
    let j = i;
    while (j > 0 && isSpace(text[j - 1])) j--;
    let k = j - 1;
    while (k >= 0 && '"\')]'.includes(text[k]!)) k--;
    const mark = text[k];
    if (mark === '!' || mark === '?' || (mark === '.' && !isAbbreviation(text, k, 0))) return i + 1;
    i = j;
  }
  return 0;
}

/** The [start, end) of the sentence around the character at `at`. */
export function sentenceAt(text: string, at: number): [number, number] {
  return [sentenceStart(text, at), sentenceEnd(text, at)];
}
