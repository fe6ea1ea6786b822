import { describe, expect, it } from 'vitest';
import { chineseScriptOfTag, languageOfBrowser, resolveCardLanguage, resolveUiLanguage } from '@/lib/i18n/languages';
import { chinesePageLanguage, chineseScriptOfText, isMostlyChinese } from '@/lib/i18n/page-language';

describe('language tags', () => {
  it.each([
    ['zh-CN', 'zh-Hans'],
    ['zh_CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['ZH-hant-cn', 'zh-Hant'],
    ['yue', 'zh-Hant'],
    ['zh', 'zh'],
    ['en-US', null],
    ['ja', null],
    ['', null],
    [null, null],
  ])('%s → %s', (tag, script) => {
    expect(chineseScriptOfTag(tag)).toBe(script);
  });

  it('follows the browser unless the user chose a language', () => {
    expect(languageOfBrowser('zh')).toBe('zh-Hans');
    expect(languageOfBrowser('fr-FR')).toBe('en');
    expect(resolveUiLanguage('auto', 'zh-TW')).toBe('zh-Hant');
    expect(resolveUiLanguage('auto', 'en-GB')).toBe('en');
    expect(resolveUiLanguage('en', 'zh-CN')).toBe('en');
    expect(resolveUiLanguage('zh-Hant', 'en-US')).toBe('zh-Hant');
  });

  it('a card follows a Chinese page, unless the user chose a language', () => {
    expect(resolveCardLanguage('auto', 'zh-Hant', 'en-US')).toBe('zh-Hant');
    expect(resolveCardLanguage('auto', null, 'en-US')).toBe('en');
    expect(resolveCardLanguage('auto', null, 'zh-CN')).toBe('zh-Hans');
    expect(resolveCardLanguage('en', 'zh-Hans', 'zh-CN')).toBe('en');
    expect(resolveCardLanguage('zh-Hans', null, 'en-US')).toBe('zh-Hans');
  });
});

describe('page language', () => {
  const simplified = '报告称，华为今年的人工智能算力只有英伟达的百分之四，这个数字来自论文。';
  const traditional = '報告稱，華為今年的人工智慧算力只有輝達的百分之四，這個數字來自論文。';
  const english = 'Huawei will produce just 4% of NVIDIA’s aggregate compute in 2026, the paper says.';

  it('tells the scripts apart by their script-specific characters', () => {
    expect(chineseScriptOfText(simplified)).toBe('zh-Hans');
    expect(chineseScriptOfText(traditional)).toBe('zh-Hant');
    // Characters common to both scripts say nothing; Simplified is the default.
    expect(chineseScriptOfText('中国人工智能')).toBe('zh-Hans');
  });

  it('counts a text as Chinese when Han characters are at least a third of its letters', () => {
    expect(isMostlyChinese(simplified)).toBe(true);
    expect(isMostlyChinese(`DeepSeek R1-0528 在越狱测试中配合了 94% 的恶意请求`)).toBe(true);
    expect(isMostlyChinese(english)).toBe(false);
    expect(isMostlyChinese(`${english} 华为`)).toBe(false);
  });

  it('decides by the lang attribute when it names a script or region, else by the text', () => {
    expect(chinesePageLanguage('zh-CN', traditional)).toBe('zh-Hans');
    expect(chinesePageLanguage('zh-Hant', simplified)).toBe('zh-Hant');
    expect(chinesePageLanguage('zh', traditional)).toBe('zh-Hant');
    expect(chinesePageLanguage('', traditional)).toBe('zh-Hant');
    // Chinese sites often keep a template's lang="en".
    expect(chinesePageLanguage('en', simplified)).toBe('zh-Hans');
    expect(chinesePageLanguage('en', english)).toBe(null);
    expect(chinesePageLanguage(null, english)).toBe(null);
  });
});
