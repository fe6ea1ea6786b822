/**
 * The UI's message catalogue, one file per locale in `locales/` (the same files WXT's i18n module
 * turns into `_locales/*\/messages.json` for the manifest and `browser.i18n`). The UI looks messages
 * up here rather than through `browser.i18n.getMessage`, which cannot switch language at run time,
 * so the user's language choice applies at once. `locales/zh_TW.json` is generated from
 * `locales/zh_CN.json` (see `traditional.ts`).
 *
 * Message format (as in `messages.json`): `$1`..`$9` are substitutions; "one | many" is a plural
 * (the first form for a count of 1).
 */
import en from '@/locales/en.json';
import zhHans from '@/locales/zh_CN.json';
import zhHant from '@/locales/zh_TW.json';
import type { UiLanguage } from './languages';

export type MessageKey = keyof typeof en;
export type Catalogue = Partial<Record<MessageKey, string>>;

export const CATALOGUES: Record<UiLanguage, Catalogue> = {
  en,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
};

/** The `_locales` folder each UI language is shipped in. */
export const CHROME_LOCALE: Record<UiLanguage, string> = { en: 'en', 'zh-Hans': 'zh_CN', 'zh-Hant': 'zh_TW' };

/** The raw message: the language's own, else English (a gap the locale tests report). */
export function rawMessage(lang: UiLanguage, key: MessageKey): string {
  return CATALOGUES[lang][key] ?? en[key];
}

/** Picks a plural form ("one | many") for a count; a message without forms is used as is. */
function pluralForm(message: string, count: number | undefined): string {
  const forms = message.split(' | ');
  if (forms.length === 1 || count === undefined) return forms[0]!;
  return count === 1 ? forms[0]! : forms[forms.length - 1]!;
}

/**
 * Splits a message into literal text and substitution slots, so the UI can put elements (a figure
 * in bold, a key in <kbd>) where `$n` stands. Slot numbers are 0-based.
 */
export function messageParts(lang: UiLanguage, key: MessageKey, count?: number): Array<string | number> {
  const message = pluralForm(rawMessage(lang, key), count);
  return message.split(/\$(\d)/).map((part, i) => (i % 2 === 1 ? Number(part) - 1 : part)).filter((p) => p !== '');
}

/** The message with its substitutions as text; a number as the first substitution also picks the plural. */
export function translate(lang: UiLanguage, key: MessageKey, ...subs: Array<string | number>): string {
  const count = typeof subs[0] === 'number' ? subs[0] : undefined;
  return messageParts(lang, key, count)
    .map((p) => (typeof p === 'number' ? String(subs[p] ?? '') : p))
    .join('');
}

/** The substitution numbers a message uses, sorted ("$1 … $2" → [1, 2]); for the locale tests. */
export function placeholdersOf(message: string): number[] {
  return [...new Set([...message.matchAll(/\$(\d)/g)].map((m) => Number(m[1])))].sort();
}
