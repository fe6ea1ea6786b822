import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, MAX_SETTINGS_FILE_BYTES, checkSettingsFileSize, coerceSettings, isEnabledFor, parseSettingsFile, withSite, type Settings } from '@/lib/settings/settings';
import { loadSettings, saveSettings, settingsItem, updateSettings } from '@/lib/extension/settings-store';
import { InvalidSettingsError, saveErrorOf } from '@/lib/settings/settings-errors';

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
    await expect(saveSettings(bad)).rejects.toBeInstanceOf(InvalidSettingsError);
    await expect(updateSettings(() => ({ ...mine, runMode: 'nonsense' as 'all' }))).rejects.toThrow();
    expect(await loadSettings()).toEqual(mine);
  });

  it('reads a stored value field by field: one corrupted field does not reset the others', () => {
    expect(coerceSettings({ ...mine, runMode: 42 })).toEqual({ ...mine, runMode: 'all' });
    expect(coerceSettings({ ...mine, sites: [mine.sites[0], { host: 7 }, null] })).toEqual({ ...mine, sites: [mine.sites[0]] });
    expect(coerceSettings({ disabledSites: ['Example.com', 3, null] })).toEqual({ ...DEFAULT_SETTINGS, sites: [{ host: 'example.com', enabled: false }] });
  });

  it.each([
    ['an old-format file with wrong types', '{"disabledSites":[1,{},null,true]}', 'disabledSites.0'],
    ['an old-format file with junk', '{"disabledSites":["a.example"],"runMode":"nonsense"}', 'runMode'],
    ['a current file with a junk value', JSON.stringify({ ...mine, runMode: 'nonsense' }), 'runMode'],
    ['a current file with an unknown field', JSON.stringify({ ...mine, extra: true }), 'extra'],
    ['a current file with a bad site', JSON.stringify({ ...mine, sites: [mine.sites[0], { host: 'a b', enabled: true }] }), 'sites.1.host'],
    ['a current file with an unknown field in a site', JSON.stringify({ ...mine, sites: [mine.sites[0], { host: 'a.b', enabled: true, x: 1 }] }), 'sites.1.x'],
    ['an array', '[1,2,3]', null],
    ['deeply nested JSON', `{"version":1,"sites":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, expect.anything()],
  ])('rejects %s with the wrong field, never defaults', (_name, text, path) => {
    expect(parseSettingsFile(text)).toEqual({ ok: false, error: { code: 'not-settings', path } });
  });

  it('says a file is not JSON', () => {
    expect(parseSettingsFile('{"version":1,')).toEqual({ ok: false, error: { code: 'not-json' } });
  });

  it('imports the old format when it is valid, and the current one', () => {
    expect(parseSettingsFile('{"disabledSites":["Example.com","my_site.test"]}')).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, sites: [{ host: 'example.com', enabled: false }, { host: 'my_site.test', enabled: false }] },
    });
    expect(parseSettingsFile(JSON.stringify(mine))).toEqual({ ok: true, settings: mine });
  });

  it('refuses an oversized file by its size, before reading it', () => {
    expect(checkSettingsFileSize(20_000_000)).toEqual({ ok: false, error: { code: 'too-large', sizeMb: 20, limitMb: 1 } });
    expect(checkSettingsFileSize(3_049_999)).toEqual({ ok: false, error: { code: 'too-large', sizeMb: 3, limitMb: 1 } });
    expect(checkSettingsFileSize(MAX_SETTINGS_FILE_BYTES + 60_000)).toEqual({ ok: false, error: { code: 'too-large', sizeMb: 1.1, limitMb: 1 } });
    expect(checkSettingsFileSize(MAX_SETTINGS_FILE_BYTES)).toBeNull();
    expect(parseSettingsFile(`{"x":"${'a'.repeat(MAX_SETTINGS_FILE_BYTES)}"}`)).toEqual({ ok: false, error: { code: 'too-large', sizeMb: 1, limitMb: 1 } });
  });

  it('says why a save failed: storage full, invalid settings, or what the storage said', () => {
    expect(saveErrorOf(new Error('QUOTA_BYTES quota exceeded'))).toEqual({ code: 'storage-full' });
    expect(saveErrorOf(new InvalidSettingsError())).toEqual({ code: 'invalid' });
    expect(saveErrorOf(new Error(`Storage went away ${'x'.repeat(500)}`))).toEqual({ code: 'failed', detail: expect.stringMatching(/^Storage went away x+$/) });
    expect((saveErrorOf('odd') as { detail: string }).detail).toBe('odd');
    expect((saveErrorOf(new Error('y'.repeat(500))) as { detail: string }).detail).toHaveLength(120);
  });
});
