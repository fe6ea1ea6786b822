/**
 * Settings in extension storage (WXT storage), always read through validation and written only
 * as validated data: a write that would not validate is refused (it never turns into defaults).
 */
import { storage } from 'wxt/utils/storage';
import { coerceSettings, DEFAULT_SETTINGS, SETTINGS_VERSION, settingsSchema, type Settings } from '../settings/settings';
import { InvalidSettingsError } from '../settings/settings-errors';

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

/**
 * Saves settings that validate; rejects (storage untouched) with an InvalidSettingsError when they
 * do not, or with the storage's error when it refuses (quota). `saveErrorOf` says which.
 */
export async function saveSettings(settings: Settings): Promise<void> {
  const parsed = settingsSchema.safeParse(settings);
  if (!parsed.success) throw new InvalidSettingsError();
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

/** Calls back with validated settings whenever they change; returns the unwatch function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(coerceSettings(value)));
}
