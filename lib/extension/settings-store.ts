/**
 * Settings in extension storage (WXT storage), always read through validation and written only
 * as validated data: a write that would not validate is refused (it never turns into defaults).
 */
import { storage } from 'wxt/utils/storage';
import { coerceSettings, DEFAULT_SETTINGS, SETTINGS_VERSION, settingsSchema, type Settings } from '../settings/settings';

export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
});

export async function loadSettings(): Promise<Settings> {
  try {
    return coerceSettings(await settingsItem.getValue());
  } catch {
    return coerceSettings(null);
  }
}

/** Saves settings that validate; rejects (storage untouched) when they do not, or when storage refuses (quota). */
export async function saveSettings(settings: Settings): Promise<void> {
  const parsed = settingsSchema.safeParse(settings);
  if (!parsed.success) throw new Error('These settings are not valid; nothing was saved.');
  await settingsItem.setValue(parsed.data);
}

/**
 * Read-modify-write: applies a change to the settings as stored now (not to a copy read earlier,
 * which another page may have changed since) and saves the result if it validates.
 */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings());
  await saveSettings(next);
  return next;
}

/** Why a save failed, in words for the options page and the popup. */
export function saveErrorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/quota/i.test(text)) return 'The browser’s storage for this extension is full: nothing was saved.';
  return text.includes('nothing was saved') ? text : `The settings could not be saved (${text.slice(0, 120)}).`;
}

/** Calls back with validated settings whenever they change; returns the unwatch function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(coerceSettings(value)));
}
