/**
 * Bounds on the text matched in one go: a block longer than MAX_PIECE (a page that is one huge
 * paragraph) is matched in pieces cut at a line or sentence end (else a space), so the scan can
 * hand the thread back between pieces. Pure: offsets only.
 */

export const MAX_PIECE = 2000;
const SEPARATORS = ['\n', '. ', '! ', '? ', '; '];

/** [start, end) pieces covering the text, each at most `max` characters. */
export function textPieces(text: string, max = MAX_PIECE): Array<[number, number]> {
  if (text.length <= max) return [[0, text.length]];
  const out: Array<[number, number]> = [];
  let start = 0;
  while (text.length - start > max) {
    // Only the second half of the window is searched, so the search is bounded too.
    const floor = start + (max >> 1);
    const window = text.slice(floor, start + max);
    let cut = -1;
    for (const sep of SEPARATORS) {
      const i = window.lastIndexOf(sep);
      if (i >= 0) cut = Math.max(cut, floor + i + sep.length);
    }
    if (cut < 0) {
      const space = window.lastIndexOf(' ');
      cut = space >= 0 ? floor + space + 1 : start + max;
    }
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, text.length]);
  return out;
}
