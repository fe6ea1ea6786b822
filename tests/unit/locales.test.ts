import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, CHROME_LOCALE, messageParts, placeholdersOf, rawMessage, translate, type MessageKey } from '@/lib/i18n/messages';
import { UI_LANGUAGES } from '@/lib/i18n/languages';
import { traditionalCatalogueText } from '@/lib/i18n/traditional';
import en from '@/locales/en.json';
import zhHans from '@/locales/zh_CN.json';
import { numbersIn } from './numbers-in-text';

const KEYS = Object.keys(en) as MessageKey[];

/** Every .ts/.tsx file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'));
}

describe('UI message catalogues', () => {
  it.each(UI_LANGUAGES.filter((l) => l !== 'en'))('%s has every key of the English catalogue and no other', (lang) => {
    const keys = Object.keys(CATALOGUES[lang]);
    expect(KEYS.filter((k) => !keys.includes(k))).toEqual([]);
    expect(keys.filter((k) => !(k in en))).toEqual([]);
  });

  it.each(UI_LANGUAGES)('%s: every message is non-empty and uses the same placeholders as the English', (lang) => {
    for (const key of KEYS) {
      const message = rawMessage(lang, key);
      expect(message.trim(), key).not.toBe('');
      expect(placeholdersOf(message), `${lang} ${key}`).toEqual(placeholdersOf(en[key]));
      // Every plural form keeps the placeholders of the message.
      for (const form of message.split(' | ')) expect(placeholdersOf(form), `${lang} ${key}`).toEqual(placeholdersOf(en[key]));
      // A "$" not followed by a digit would be taken by Chrome for a named placeholder.
      expect(message, `${lang} ${key}`).not.toMatch(/\$(?!\d)/);
    }
  });

  it('English placeholders are numbered from $1 without gaps', () => {
    for (const key of KEYS) {
      const used = placeholdersOf(en[key]);
      expect(used, key).toEqual(used.map((_, i) => i + 1));
    }
  });

  it('Chinese messages are in Chinese, with the same numbers as the English', () => {
    const brand = new Set<MessageKey>(['extName']);
    for (const key of KEYS) {
      if (brand.has(key)) continue;
      expect(zhHans[key], key).toMatch(/\p{Script=Han}/u);
      expect(numbersIn(zhHans[key]), key).toEqual(expect.arrayContaining(numbersIn(en[key])));
    }
  });

  it('the Traditional catalogue is the current conversion of the Simplified one', () => {
    expect(readFileSync('locales/zh_TW.json', 'utf8'), 'run npm run i18n:traditional').toBe(traditionalCatalogueText(zhHans));
    expect(CATALOGUES['zh-Hant'].popupSettings).toBe('設定');
  });

  it('every message is used by the UI or the manifest, and every key the UI names exists', () => {
    const code = [...sources('components'), ...sources('lib'), readFileSync('wxt.config.ts', 'utf8')].join('\n');
    const unused = KEYS.filter((k) => !code.includes(`'${k}'`) && !code.includes(`__MSG_${k}__`));
    expect(unused).toEqual([]);
    const named = [...sources('components').join('\n').matchAll(/\b(?:t|rich)\('([A-Za-z]+)'/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(60);
    expect(named.filter((k) => !(k in en))).toEqual([]);
  });

  it('substitutes, picks plurals, and splits a message into text and slots', () => {
    expect(translate('en', 'findingMentions', 1)).toBe('1 mention');
    expect(translate('en', 'findingMentions', 3)).toBe('3 mentions');
    expect(translate('zh-Hans', 'findingMentions', 3)).toBe('3 处提及');
    expect(translate('zh-Hant', 'siteRunOn', 'example.com')).toBe('在 example.com 上執行');
    expect(translate('en', 'sourcesLabel', 1)).toBe('Source:');
    expect(translate('en', 'sourcesLabel', 2)).toBe('Sources:');
    expect(messageParts('en', 'cardDiffers')).toEqual(['This page says ', 0, '; the source says ', 1, ' (', 2, ').']);
    expect(messageParts('zh-Hans', 'cardDiffers')).toEqual(['此页面写的是 ', 0, '；来源写的是 ', 1, '（', 2, '）。']);
  });

  it('a language lacking a message falls back to the English one', () => {
    const saved = CATALOGUES['zh-Hans'].showOnPage;
    delete CATALOGUES['zh-Hans'].showOnPage;
    try {
      expect(translate('zh-Hans', 'showOnPage')).toBe('Show on page');
    } finally {
      CATALOGUES['zh-Hans'].showOnPage = saved;
    }
  });

  it('ships each language in the _locales folder Chrome expects', () => {
    expect(Object.values(CHROME_LOCALE).sort()).toEqual(readdirSync('locales').filter((f) => f.endsWith('.json')).map((f) => f.replace('.json', '')).sort());
  });
});
