/**
 * Text written without spaces between words (Han, kana, Hangul): how to spot it, which
 * punctuation ends a sentence in it, and the Traditional-to-Simplified fold (one character for one,
 * so offsets are kept) for the characters the Chinese lexicon reads.
 */
import { ZH_HANT_PAIRS } from '../knowledge/lexicon/zh-hant-map';

/** A character of a script written without spaces between words. */
export const UNSPACED_SCRIPT = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/;

/**
 * Full-width punctuation kept as it is by the fold: sentence ends (their ASCII forms do not end a
 * sentence without a space) and the comma (an ASCII comma before a digit reads as a thousands
 * separator: "，94%" is not "1,94%").
 */
export const FULL_WIDTH_KEPT = '。！？；，';

/**
 * The katakana middle dot (full and half width) that separates the words of a foreign name
 * (クロード・ミトス): dropped from page text and from terms, so a name matches with or without it.
 */
export const KATAKANA_MIDDLE_DOTS = '\u30fb\uff65';

/**
 * Kana spellings of the counter in "N か月" (N months) other than か: folded to か between a number
 * and 月 (12ヶ月, 数カ月), and only there (アメリカ月面 is "America" and "lunar surface").
 */
export const KANA_MONTH_COUNTERS = 'ヶヵカケ';
/** What the counter of "N か月" follows: a digit (ASCII, or full width before NFKC), a Han numeral, 数, 何, 半. */
export const MONTH_COUNT_BEFORE = /^[0-9\uff10-\uff19〇一二三四五六七八九十百千两数何半]$/;

const HANT_TO_HANS = new Map<string, string>();
for (let i = 0; i + 1 < ZH_HANT_PAIRS.length; i += 2) HANT_TO_HANS.set(ZH_HANT_PAIRS[i]!, ZH_HANT_PAIRS[i + 1]!);

/** The folded form of one unified Han character (Simplified where the lexicon reads it). */
export function foldHan(ch: string): string {
  return HANT_TO_HANS.get(ch) ?? ch;
}

const UNIFIED_HAN = /[\u3400-\u9fff]/g;

/**
 * A term folded as page text is: Traditional characters the map knows become Simplified. Terms of
 * any lexicon (a Japanese 輸出, a Taiwan 輝達) are folded like the text, so both sides agree.
 */
export function foldHanTerm(term: string): string {
  return term.replace(UNIFIED_HAN, (ch) => foldHan(ch));
}
