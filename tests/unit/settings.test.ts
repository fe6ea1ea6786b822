import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  coerceSettings,
  isEnabledFor,
  normalizeHost,
  parseSettingsFile,
  withSite,
  withoutSite,
} from '@/lib/settings/settings';

describe('settings', () => {
  it('falls back to defaults for corrupted or foreign values', () => {
    for (const bad of [null, undefined, 42, 'x', [], { version: 99 }, { version: 1, runMode: 'sometimes' }, { version: 1, runMode: 'all', sites: 'all' }]) {
      expect(coerceSettings(bad)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('migrates version 0 (a list of disabled sites)', () => {
    expect(coerceSettings({ disabledSites: ['Example.com', 3] })).toEqual({ ...DEFAULT_SETTINGS, sites: [{ host: 'example.com', enabled: false }] });
  });

  it('reads settings saved before the language choice existed as "auto", and keeps a chosen language', () => {
    const older: Partial<typeof DEFAULT_SETTINGS> = { ...DEFAULT_SETTINGS };
    delete older.language;
    expect(coerceSettings(older).language).toBe('auto');
    expect(coerceSettings({ ...DEFAULT_SETTINGS, language: 'zh-Hant' }).language).toBe('zh-Hant');
    expect(coerceSettings({ ...DEFAULT_SETTINGS, language: 'fr' })).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid settings', () => {
    const s = { ...DEFAULT_SETTINGS, runMode: 'listed' as const, sites: [{ host: 'news.example', enabled: true }] };
    expect(coerceSettings(s)).toEqual(s);
  });

  it.each([
    ['example.com', 'example.com'],
    ['  WWW.Example.COM ', 'example.com'],
    ['https://www.reuters.com/technology/some-article', 'reuters.com'],
    ['sub.news.co.uk', 'sub.news.co.uk'],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example'],
    // "_" is valid in the hostnames browsers load (my_site.test): such a site can be switched off.
    ['http://my_site.test/page', 'my_site.test'],
  ])('normalizes the host %s', (input, host) => expect(normalizeHost(input)).toBe(host));

  it.each(['', 'localhost', 'not a host', '-bad.com', 'javascript:alert(1)', 'http://', 'a..b'])('rejects %s', (input) =>
    expect(normalizeHost(input)).toBeNull(),
  );

  it('runs everywhere by default except switched-off sites, subdomains included', () => {
    const s = withSite(DEFAULT_SETTINGS, 'example.com', false);
    expect(isEnabledFor('other.org', s)).toBe(true);
    expect(isEnabledFor('example.com', s)).toBe(false);
    expect(isEnabledFor('www.example.com', s)).toBe(false);
    expect(isEnabledFor('news.example.com', s)).toBe(false);
    expect(isEnabledFor('notexample.com', s)).toBe(true);
    expect(isEnabledFor('news.example.com', withSite(s, 'news.example.com', true))).toBe(true);
    expect(isEnabledFor('example.com', withoutSite(s, 'example.com'))).toBe(true);
  });

  it('runs only on listed sites in listed mode', () => {
    const s = withSite({ ...DEFAULT_SETTINGS, runMode: 'listed' }, 'example.com', true);
    expect(isEnabledFor('example.com', s)).toBe(true);
    expect(isEnabledFor('other.org', s)).toBe(false);
    expect(isEnabledFor('example.com', withSite(s, 'example.com', false))).toBe(false);
  });

  it('reports clear errors for bad import files and accepts a good one', () => {
    expect(parseSettingsFile('{nope')).toEqual({ ok: false, error: { code: 'not-json' } });
    expect(parseSettingsFile('{"version":1,"runMode":"all"}')).toEqual({ ok: false, error: { code: 'not-settings', path: 'sites' } });
    expect(parseSettingsFile(JSON.stringify(DEFAULT_SETTINGS))).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });
});
