/**
 * The languages the reader sees, and which one applies: the user's choice, else the browser's
 * language; for a card, a Chinese page's own script comes before the browser's language.
 */
import type { UiLanguageSetting } from '@/lib/settings/settings';

export const UI_LANGUAGES = ['en', 'zh-Hans', 'zh-Hant'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Each language's name in itself, as a language menu shows it. */
export const LANGUAGE_NATIVE_NAME: Record<UiLanguage, string> = {
  en: 'English',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
};

/** The BCP 47 tag for `lang` attributes. */
export const LANGUAGE_TAG: Record<UiLanguage, string> = { en: 'en', 'zh-Hans': 'zh-Hans', 'zh-Hant': 'zh-Hant' };

/**
 * Maps a BCP 47 tag (a browser's language, a page's `lang`) to the Chinese script it implies,
 * `'zh'` when it is Chinese of no stated script or region, or null when it is not Chinese.
 */
export function chineseScriptOfTag(tag: string | null | undefined): 'zh-Hans' | 'zh-Hant' | 'zh' | null {
  const parts = (tag ?? '').trim().toLowerCase().replace(/_/g, '-').split('-');
  if (parts[0] !== 'zh' && parts[0] !== 'cmn' && parts[0] !== 'yue') return null;
  const rest = parts.slice(1);
  if (rest.includes('hant')) return 'zh-Hant';
  if (rest.includes('hans')) return 'zh-Hans';
  if (rest.some((p) => p === 'tw' || p === 'hk' || p === 'mo')) return 'zh-Hant';
  if (rest.some((p) => p === 'cn' || p === 'sg' || p === 'my')) return 'zh-Hans';
  return parts[0] === 'yue' ? 'zh-Hant' : 'zh';
}

/** The UI language for a browser language tag (English unless it is Chinese). */
export function languageOfBrowser(tag: string | null | undefined): UiLanguage {
  const zh = chineseScriptOfTag(tag);
  if (!zh) return 'en';
  return zh === 'zh' ? 'zh-Hans' : zh;
}

/** Popup and options: the user's choice, else the browser's language. */
export function resolveUiLanguage(setting: UiLanguageSetting, browserLanguage: string | null | undefined): UiLanguage {
  return setting === 'auto' ? languageOfBrowser(browserLanguage) : setting;
}

/** A card: the user's choice, else a Chinese page's script, else the browser's language. */
export function resolveCardLanguage(
  setting: UiLanguageSetting,
  pageLanguage: 'zh-Hans' | 'zh-Hant' | null,
  browserLanguage: string | null | undefined,
): UiLanguage {
  if (setting !== 'auto') return setting;
  return pageLanguage ?? languageOfBrowser(browserLanguage);
}
