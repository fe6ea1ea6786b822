/**
 * User settings: their shape (validated with zod's small build, as the content script reads them),
 * defaults, migrations from older versions, and which sites the extension runs on.
 */
import * as z from 'zod/mini';

export const SETTINGS_VERSION = 1;

/** `auto` follows the browser's language; the others fix it (Simplified or Traditional Chinese). */
export const UI_LANGUAGE_SETTINGS = ['auto', 'en', 'zh-Hans', 'zh-Hant'] as const;
export type UiLanguageSetting = (typeof UI_LANGUAGE_SETTINGS)[number];

/** A hostname as people type it: letters, digits, hyphens and dots; IDN in punycode; or an IPv4 address. */
const HOSTNAME = /^(?=.{1,253}$)(?:(?!-)[a-z0-9-]{1,63}(?<!-)\.)*(?!-)[a-z0-9-]{1,63}(?<!-)$/;

export const siteRuleSchema = z.object({
  host: z.string().check(z.regex(HOSTNAME)),
  enabled: z.boolean(),
});
export type SiteRule = z.infer<typeof siteRuleSchema>;

export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  /** Run on every site (except those switched off), or only on the sites listed and switched on. */
  runMode: z.enum(['all', 'listed']),
  sites: z.array(siteRuleSchema),
  highlightStyle: z.enum(['underline', 'background']),
  openOn: z.enum(['hover', 'click']),
  counterSignals: z.enum(['expanded', 'collapsed']),
  /** Language of the popup, options and cards: follow the browser (and a Chinese page's own script), or one fixed. */
  language: z._default(z.enum(UI_LANGUAGE_SETTINGS), 'auto'),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  runMode: 'all',
  sites: [],
  highlightStyle: 'underline',
  openOn: 'hover',
  counterSignals: 'expanded',
  language: 'auto',
};

/**
 * Turns whatever is stored (or imported) into valid settings: known older versions are migrated,
 * anything corrupted or foreign falls back to the defaults. Never throws.
 */
export function coerceSettings(value: unknown): Settings {
  const migrated = migrate(value);
  const parsed = settingsSchema.safeParse(migrated);
  return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS, sites: [] };
}

/** Version 0 (before versioning) kept only a list of disabled hosts. */
function migrate(value: unknown): unknown {
  if (value && typeof value === 'object' && !('version' in value) && Array.isArray((value as { disabledSites?: unknown }).disabledSites)) {
    const hosts = (value as { disabledSites: unknown[] }).disabledSites.filter((h): h is string => typeof h === 'string');
    return { ...DEFAULT_SETTINGS, sites: hosts.map((host) => ({ host: host.toLowerCase(), enabled: false })) };
  }
  return value;
}

/** Parses settings from an export file; returns an error message instead of throwing. */
export function parseSettingsFile(text: string): { ok: true; settings: Settings } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not JSON. Choose a file exported from Countersignal.' };
  }
  const migrated = migrate(json);
  const parsed = settingsSchema.safeParse(migrated);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (at ${issue.path.join('.')})` : '';
    return { ok: false, error: `This is not a Countersignal settings file${where}. Nothing was changed.` };
  }
  return { ok: true, settings: parsed.data };
}

/**
 * Normalises what a person typed into a hostname: accepts a bare host or a URL, lower-cases it and
 * drops "www."; returns null when it is not a valid hostname.
 */
export function normalizeHost(input: string): string | null {
  let host = input.trim().toLowerCase();
  if (!host) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) {
    try {
      host = new URL(host).hostname;
    } catch {
      return null;
    }
  }
  host = host.replace(/\.$/, '').replace(/^www\./, '');
  return HOSTNAME.test(host) && host.includes('.') ? host : null;
}

/** The rule that applies to a page's host: the most specific listed host it equals or is under. */
export function ruleFor(host: string, sites: readonly SiteRule[]): SiteRule | undefined {
  const h = host.toLowerCase().replace(/^www\./, '');
  let best: SiteRule | undefined;
  for (const rule of sites) {
    if (h === rule.host || h.endsWith(`.${rule.host}`)) {
      if (!best || rule.host.length > best.host.length) best = rule;
    }
  }
  return best;
}

/** Whether Countersignal runs on a page with this host. */
export function isEnabledFor(host: string, settings: Settings): boolean {
  const rule = ruleFor(host, settings.sites);
  if (settings.runMode === 'listed') return rule?.enabled === true;
  return rule?.enabled !== false;
}

/** Settings with the site switched on or off (adding or updating its rule). */
export function withSite(settings: Settings, host: string, enabled: boolean): Settings {
  const h = host.toLowerCase().replace(/^www\./, '');
  const exists = settings.sites.some((s) => s.host === h);
  const sites = exists ? settings.sites.map((s) => (s.host === h ? { host: h, enabled } : s)) : [...settings.sites, { host: h, enabled }];
  return { ...settings, sites };
}

export function withoutSite(settings: Settings, host: string): Settings {
  return { ...settings, sites: settings.sites.filter((s) => s.host !== host) };
}
