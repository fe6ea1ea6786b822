/** Settings in extension storage (WXT storage), always read through validation. */
import { storage } from 'wxt/utils/storage';
import { coerceSettings, DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../settings/settings';

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

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(coerceSettings(settings));
}

/** Calls back with validated settings whenever they change; returns the unwatch function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(coerceSettings(value)));
}
