/**
 * Whether a page is Chinese, and in which script, from its `lang` attribute and a sample of its
 * text. Pure and cheap: it counts a few dozen very common characters that differ between scripts.
 */
import { chineseScriptOfTag } from './languages';

const HAN = /\p{Script=Han}/gu;
const LETTER = /\p{L}/gu;
/** Common characters written differently in the two scripts (pairwise, same order in both strings). */
const SIMPLIFIED_ONLY = '这个们会对说时来为国与学发开关经过还点实体问题变产业机电车东长门华伟达报术计让认进见从后应该没种样数据导称规则';
const TRADITIONAL_ONLY = '這個們會對說時來為國與學發開關經過還點實體問題變產業機電車東長門華偉達報術計讓認進見從後應該沒種樣數據導稱規則';
const simplified = new Set(SIMPLIFIED_ONLY);
const traditional = new Set(TRADITIONAL_ONLY);

/** Which script a Chinese text is in: Traditional when its script-specific characters say so. */
export function chineseScriptOfText(text: string): 'zh-Hans' | 'zh-Hant' {
  let s = 0;
  let t = 0;
  for (const ch of text) {
    if (simplified.has(ch)) s++;
    else if (traditional.has(ch)) t++;
  }
  return t > s ? 'zh-Hant' : 'zh-Hans';
}

/** Whether a text is mostly Chinese: at least a third of its letters are Han characters. */
export function isMostlyChinese(text: string): boolean {
  const han = text.match(HAN)?.length ?? 0;
  if (han < 4) return false;
  const letters = text.match(LETTER)?.length ?? 0;
  return han * 3 >= letters;
}

/**
 * The page's Chinese script, or null when it is not a Chinese page. A `lang` that names a script
 * or region decides; a bare `zh`, or a missing or wrong `lang` on a page whose text is mostly
 * Chinese, is decided by the text.
 */
export function chinesePageLanguage(htmlLang: string | null | undefined, sampleText: string): 'zh-Hans' | 'zh-Hant' | null {
  const byTag = chineseScriptOfTag(htmlLang);
  if (byTag === 'zh-Hans' || byTag === 'zh-Hant') return byTag;
  if (byTag === 'zh' || isMostlyChinese(sampleText)) return chineseScriptOfText(sampleText);
  return null;
}
