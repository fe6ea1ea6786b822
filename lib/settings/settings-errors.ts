/**
 * Why settings were refused, as data rather than sentences: a code and what the message needs (a
 * size, the path of the wrong field). The options page and the popup word it in the UI language.
 */

/** Why a settings file was not imported (nothing was changed). */
export type SettingsFileError =
  /** Refused by its size before it was read: `sizeMb` rounded to a tenth, `limitMb` the most accepted. */
  | { readonly code: 'too-large'; readonly sizeMb: number; readonly limitMb: number }
  | { readonly code: 'not-json' }
  /** JSON, but not settings: `path` is the first wrong or unknown field ("sites.0.host"), when known. */
  | { readonly code: 'not-settings'; readonly path: string | null };

/** Why settings were not saved (storage was left as it was). */
export type SettingsSaveError =
  | { readonly code: 'storage-full' }
  | { readonly code: 'invalid' }
  /** Anything else the storage said, cut short. */
  | { readonly code: 'failed'; readonly detail: string };

/** Thrown by a save of settings that do not validate. */
export class InvalidSettingsError extends Error {
  constructor() {
    super('These settings are not valid; nothing was saved.');
    this.name = 'InvalidSettingsError';
  }
}

/** Longest storage error text passed on to the UI. */
const MAX_DETAIL = 120;

/** What a failed save means, from the error it threw. */
export function saveErrorOf(error: unknown): SettingsSaveError {
  if (error instanceof InvalidSettingsError) return { code: 'invalid' };
  const text = error instanceof Error ? error.message : String(error);
  if (/quota/i.test(text)) return { code: 'storage-full' };
  return { code: 'failed', detail: text.slice(0, MAX_DETAIL) };
}
