import { describe, expect, it } from 'vitest';
import { settingsErrorText } from '@/components/shared/settings-error-text';
import { UI_LANGUAGES, type UiLanguage } from '@/lib/i18n/languages';
import { translate } from '@/lib/i18n/messages';
import type { SettingsFileError, SettingsSaveError } from '@/lib/settings/settings-errors';

const say = (lang: UiLanguage, error: SettingsFileError | SettingsSaveError) => settingsErrorText((key, ...subs) => translate(lang, key, ...subs), error);

const ERRORS: Array<[SettingsFileError | SettingsSaveError, string[]]> = [
  [{ code: 'too-large', sizeMb: 20, limitMb: 1 }, ['20.0 MB', '1 MB']],
  [{ code: 'too-large', sizeMb: 3.1, limitMb: 1 }, ['3.1 MB']],
  [{ code: 'not-json' }, ['JSON']],
  [{ code: 'not-settings', path: 'sites.0.host' }, ['sites.0.host']],
  [{ code: 'not-settings', path: null }, []],
  [{ code: 'storage-full' }, []],
  [{ code: 'invalid' }, []],
  [{ code: 'failed', detail: 'IO error 7' }, ['IO error 7']],
];

describe('settings errors in the UI language', () => {
  it('says each refusal in English, with its data', () => {
    expect(say('en', { code: 'too-large', sizeMb: 20, limitMb: 1 })).toBe(
      'This file is too large (20.0 MB) to be a Countersignal settings file (at most 1 MB). Nothing was changed.',
    );
    expect(say('en', { code: 'not-settings', path: 'runMode' })).toBe('This is not a Countersignal settings file (at runMode). Nothing was changed.');
    expect(say('en', { code: 'not-settings', path: null })).toBe('This is not a Countersignal settings file. Nothing was changed.');
    expect(say('en', { code: 'storage-full' })).toMatch(/storage .* is full: nothing was saved/);
  });

  it.each(UI_LANGUAGES)('%s: every error has its own message, with the data in it', (lang) => {
    const texts = ERRORS.map(([error, data]) => {
      const text = say(lang, error);
      for (const d of data) expect(text, `${lang} ${error.code}`).toContain(d);
      expect(text, `${lang} ${error.code}`).not.toMatch(/\$\d/);
      if (lang !== 'en') expect(text, `${lang} ${error.code}`).toMatch(/\p{Script=Han}/u);
      return text;
    });
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('speaks Chinese in each script', () => {
    expect(say('zh-Hans', { code: 'too-large', sizeMb: 3, limitMb: 1 })).toBe('此文件太大（3.0 MB），不会是 Countersignal 设置文件（最大 1 MB）。未做任何更改。');
    expect(say('zh-Hant', { code: 'not-settings', path: 'runMode' })).toBe('這不是 Countersignal 設定檔案（出錯位置：runMode）。未做任何更改。');
  });
});
