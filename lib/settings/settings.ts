/**
 * User settings: their shape (validated with zod's small build, as the content script reads them),
 * defaults, migrations from older versions, and which sites the extension runs on.
 */
import * as z from 'zod/mini';
import type { SettingsFileError } from './settings-errors';

export const SETTINGS_VERSION = 1;

/** `auto` follows the browser's language; the others fix it (Simplified or Traditional Chinese). */
export const UI_LANGUAGE_SETTINGS = ['auto', 'en', 'zh-Hans', 'zh-Hant'] as const;
export type UiLanguageSetting = (typeof UI_LANGUAGE_SETTINGS)[number];

/**
 * A hostname as browsers accept it in URLs: letters, digits, hyphens, underscores ("my_site.test")
 * and dots; IDN in punycode; or an IPv4 address.
 */
const HOSTNAME = /^(?=.{1,253}$)(?:(?!-)[a-z0-9_-]{1,63}(?<!-)\.)*(?!-)[a-z0-9_-]{1,63}(?<!-)$/;
/** More sites than anyone lists by hand; keeps a settings file far below the storage quota. */
export const MAX_SITES = 10_000;
/** Settings files larger than this are refused before they are read (an export is a few KB). */
export const MAX_SETTINGS_FILE_BYTES = 1_000_000;

export const siteRuleSchema = z.object({
  host: z.string().check(z.regex(HOSTNAME)),
  enabled: z.boolean(),
});
export type SiteRule = z.infer<typeof siteRuleSchema>;

export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  /** Run on every site (except those switched off), or only on the sites listed and switched on. */
  runMode: z.enum(['all', 'listed']),
  sites: z.array(siteRuleSchema).check(z.maxLength(MAX_SITES)),
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

/** Version 0 (before versioning) kept only a list of disabled hosts; a file of it holds nothing else. */
const v0HostSchema = z.string().check(z.toLowerCase(), z.regex(HOSTNAME));
const settingsV0Schema = z.strictObject({
  disabledSites: z.array(v0HostSchema).check(z.maxLength(MAX_SITES)),
});
/** An export file: exactly the settings, nothing unknown (in a site rule either). */
const settingsFileSchema = z.strictObject({
  ...settingsSchema.shape,
  sites: z.array(z.strictObject(siteRuleSchema.shape)).check(z.maxLength(MAX_SITES)),
});

function fromV0(v0: z.infer<typeof settingsV0Schema>): Settings {
  return { ...DEFAULT_SETTINGS, sites: v0.disabledSites.map((host) => ({ host, enabled: false })) };
}

/**
 * Reads whatever is stored into usable settings, field by field: a corrupted field falls back to
 * its default (a corrupted site rule is dropped), every valid field is kept. Never throws.
 */
export function coerceSettings(value: unknown): Settings {
  if (value && typeof value === 'object' && !('version' in value) && Array.isArray((value as { disabledSites?: unknown }).disabledSites)) {
    const hosts = (value as { disabledSites: unknown[] }).disabledSites.slice(0, MAX_SITES).flatMap((h) => {
      const parsed = v0HostSchema.safeParse(h);
      return parsed.success ? [parsed.data] : [];
    });
    return fromV0({ disabledSites: hosts });
  }
  const whole = settingsSchema.safeParse(value);
  if (whole.success) return whole.data;
  const stored: Record<string, unknown> = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const field = <K extends keyof Settings>(key: K): Settings[K] => {
    const parsed = settingsSchema.shape[key].safeParse(stored[key]);
    return parsed.success ? (parsed.data as Settings[K]) : DEFAULT_SETTINGS[key];
  };
  const sites = Array.isArray(stored.sites)
    ? stored.sites.slice(0, MAX_SITES).flatMap((rule) => {
        const parsed = siteRuleSchema.safeParse(rule);
        return parsed.success ? [parsed.data] : [];
      })
    : [];
  return {
    ...DEFAULT_SETTINGS,
    version: SETTINGS_VERSION,
    runMode: field('runMode'),
    sites,
    highlightStyle: field('highlightStyle'),
    openOn: field('openOn'),
    counterSignals: field('counterSignals'),
    language: field('language'),
  };
}

export type SettingsFileResult = { ok: true; settings: Settings } | { ok: false; error: SettingsFileError };

/** How much of a wrong field's path an error carries (segments, then characters). */
const MAX_PATH_SEGMENTS = 4;
const MAX_PATH_CHARS = 80;

/** Refuses a file by its size, before reading it. */
export function checkSettingsFileSize(bytes: number): SettingsFileResult | null {
  if (bytes <= MAX_SETTINGS_FILE_BYTES) return null;
  return { ok: false, error: { code: 'too-large', sizeMb: Math.round(bytes / 100_000) / 10, limitMb: MAX_SETTINGS_FILE_BYTES / 1_000_000 } };
}

/** The first wrong field of a failed parse ("sites.0.host"; an unknown key by its name), if any. */
function wrongFieldOf(issue: z.core.$ZodIssue | undefined): string | null {
  if (!issue) return null;
  const path = issue.path.slice(0, MAX_PATH_SEGMENTS).map(String);
  // An unknown field is reported at its parent, with its name in `keys`.
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined && path.length < MAX_PATH_SEGMENTS) path.push(String(issue.keys[0]));
  return path.length ? path.join('.').slice(0, MAX_PATH_CHARS) : null;
}

/**
 * Parses settings from an export file, strictly: the current format or version 0, every field
 * valid and nothing unknown; anything else is an error (never thrown), never defaults.
 */
export function parseSettingsFile(text: string): SettingsFileResult {
  const tooLarge = checkSettingsFileSize(text.length);
  if (tooLarge) return tooLarge;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  try {
    const isV0 = !!json && typeof json === 'object' && !Array.isArray(json) && !('version' in json) && 'disabledSites' in json;
    const parsed = isV0 ? settingsV0Schema.safeParse(json) : settingsFileSchema.safeParse(json);
    if (!parsed.success) return { ok: false, error: { code: 'not-settings', path: wrongFieldOf(parsed.error.issues[0]) } };
    return { ok: true, settings: isV0 ? fromV0(parsed.data as z.infer<typeof settingsV0Schema>) : (parsed.data as Settings) };
  } catch {
    // Nesting too deep for the validator: not settings either.
    return { ok: false, error: { code: 'not-settings', path: null } };
  }
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
