/**
 * Sentence boundaries in folded text, keeping offsets. A sentence ends at . ! or ? (with any
 * closing quotes or brackets) followed by white space, or at a line break; abbreviations such as
 * "u.s." or "mr." do not end one. Table rows come as one line, so a row is one sentence.
 * Chinese and Japanese sentences end at 。！？； with no space after them (the fold keeps these
 * full-width; an ASCII ! or ? right before a non-ASCII character ends one too).
 */

// The look-behinds let only the first mark of a run ("!!!!") start a match: a run without white
// space after it is tried once, not once per mark (which made 40,000 "!" take seconds).
const BOUNDARY = /(?<![.!?])[.!?]+["')\]]*\s+|(?<![\n\r])[\n\r]+|(?<![。！？；])[。！？；]+["')\]」』]*\s*|(?<![!?])[!?]+["')\]」』]*(?=[^\x00-\x7f])/g; // eslint-disable-line no-control-regex -- the ASCII range, on purpose
const CJK_END = /[。！？；]/;
const CLOSERS = `"')]」』`;
const ABBREVIATION = /(?:^|[\s("])(?:(?:[a-z]\.)+[a-z]?|mr|mrs|ms|dr|st|inc|corp|co|ltd|jr|sr|vs|no|gen|sen|rep|gov|approx|est|e\.g|i\.e|etc|sept?|jan|feb|mar|apr|jun|jul|aug|oct|nov|dec)\.$/;

function isAbbreviation(text: string, dotIndex: number, floor: number): boolean {
  return ABBREVIATION.test(text.slice(Math.max(floor, dotIndex - 12), dotIndex + 1));
}

/** End (exclusive, after the boundary's white space) of the sentence that contains `from`, at most `ceiling`. */
function sentenceEnd(text: string, from: number, ceiling: number): number {
  // Searched up to the ceiling (and a little beyond, for the boundary's own characters) only.
  const region = ceiling + 64 < text.length ? text.slice(0, ceiling + 64) : text;
  BOUNDARY.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(region)) && m.index < ceiling) {
    if (m[0][0] === '.' && isAbbreviation(text, m.index, 0)) continue;
    return Math.min(m.index + m[0].length, ceiling);
  }
  return Math.min(text.length, ceiling);
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f';

/** Start of the sentence that contains `at`, at least `floor`. */
function sentenceStart(text: string, at: number, floor: number): number {
  for (let i = at - 1; i >= floor; i--) {
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
    while (j > floor && isSpace(text[j - 1])) j--;
    let k = j - 1;
    while (k >= 0 && '"\')]'.includes(text[k]!)) k--;
    const mark = text[k];
    if (mark === '!' || mark === '?' || (mark === '.' && !isAbbreviation(text, k, 0))) return i + 1;
    i = j;
  }
  return floor;
}

/**
 * The [start, end) of the sentence around the character at `at`, kept within [floor, ceiling):
 * the bounds keep the work on a "sentence" of thousands of characters (a page with no full stops)
 * proportional to the bounds, not to the block.
 */
export function sentenceAt(text: string, at: number, floor = 0, ceiling = text.length): [number, number] {
  return [sentenceStart(text, at, floor), sentenceEnd(text, at, ceiling)];
}
