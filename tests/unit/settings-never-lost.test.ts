import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, MAX_SETTINGS_FILE_BYTES, checkSettingsFileSize, coerceSettings, isEnabledFor, parseSettingsFile, withSite, type Settings } from '@/lib/settings/settings';
import { loadSettings, saveErrorMessage, saveSettings, settingsItem, updateSettings } from '@/lib/extension/settings-store';

const mine: Settings = {
  version: 1,
  runMode: 'listed',
  sites: [
    { host: 'news.example', enabled: true },
    { host: 'blog.example', enabled: false },
  ],
  highlightStyle: 'background',
  openOn: 'click',
  counterSignals: 'collapsed',
  language: 'zh-Hant',
};

describe('settings are never lost', () => {
  beforeEach(() => fakeBrowser.reset());

  it('switching off a host with "_" keeps every other setting (read-modify-write)', async () => {
    await saveSettings(mine);
    const saved = await updateSettings((s) => withSite(s, 'my_site.test', false));
    expect(saved).toEqual({ ...mine, sites: [...mine.sites, { host: 'my_site.test', enabled: false }] });
    expect(await settingsItem.getValue()).toEqual(saved);
    expect(isEnabledFor('my_site.test', saved)).toBe(false);
  });

  it('applies a change to the settings as stored now, not to a stale copy', async () => {
    const stale = { ...mine };
    await saveSettings(mine);
    await saveSettings({ ...mine, highlightStyle: 'underline' }); // another page changed it meanwhile
    const saved = await updateSettings((s) => withSite(s, 'other.example', false));
    expect(saved.highlightStyle).toBe('underline');
    expect(stale.highlightStyle).toBe('background');
  });

  it('refuses to write settings that do not validate, leaving the stored ones as they are', async () => {
    await saveSettings(mine);
    const bad = { ...mine, sites: [{ host: 'not a host', enabled: true }] };
    await expect(saveSettings(bad)).rejects.toThrow(/nothing was saved/);
    await expect(updateSettings(() => ({ ...mine, runMode: 'nonsense' as 'all' }))).rejects.toThrow();
    expect(await loadSettings()).toEqual(mine);
  });

  it('reads a stored value field by field: one corrupted field does not reset the others', () => {
    expect(coerceSettings({ ...mine, runMode: 42 })).toEqual({ ...mine, runMode: 'all' });
    expect(coerceSettings({ ...mine, sites: [mine.sites[0], { host: 7 }, null] })).toEqual({ ...mine, sites: [mine.sites[0]] });
    expect(coerceSettings({ disabledSites: ['Example.com', 3, null] })).toEqual({ ...DEFAULT_SETTINGS, sites: [{ host: 'example.com', enabled: false }] });
  });

  it.each([
    ['an old-format file with wrong types', '{"disabledSites":[1,{},null,true]}', /disabledSites/],
    ['an old-format file with junk', '{"disabledSites":["a.example"],"runMode":"nonsense"}', /runMode/],
    ['a current file with a junk value', JSON.stringify({ ...mine, runMode: 'nonsense' }), /runMode/],
    ['a current file with an unknown field', JSON.stringify({ ...mine, extra: true }), /extra/],
    ['a current file with a bad site', JSON.stringify({ ...mine, sites: [{ host: 'a b', enabled: true }] }), /sites/],
    ['an array', '[1,2,3]', /not a Countersignal settings file/],
    ['deeply nested JSON', `{"version":1,"sites":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, /not a Countersignal settings file/],
  ])('rejects %s with a message, never defaults', (_name, text, message) => {
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(message);
      expect(result.error).toMatch(/Nothing was changed/);
    }
  });

  it('imports the old format when it is valid, and the current one', () => {
    expect(parseSettingsFile('{"disabledSites":["Example.com","my_site.test"]}')).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, sites: [{ host: 'example.com', enabled: false }, { host: 'my_site.test', enabled: false }] },
    });
    expect(parseSettingsFile(JSON.stringify(mine))).toEqual({ ok: true, settings: mine });
  });

  it('refuses an oversized file by its size, before reading it', () => {
    expect(checkSettingsFileSize(20_000_000)).toEqual({ ok: false, error: expect.stringMatching(/too large \(20\.0 MB\).*Nothing was changed/) });
    expect(checkSettingsFileSize(MAX_SETTINGS_FILE_BYTES)).toBeNull();
    expect(parseSettingsFile(`{"x":"${'a'.repeat(MAX_SETTINGS_FILE_BYTES)}"}`)).toEqual({ ok: false, error: expect.stringMatching(/too large/) });
  });

  it('says so when storage is full', () => {
    expect(saveErrorMessage(new Error('QUOTA_BYTES quota exceeded'))).toMatch(/storage .* is full: nothing was saved/);
  });
});
