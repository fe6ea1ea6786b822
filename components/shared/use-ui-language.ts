import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { LANGUAGE_TAG, resolveUiLanguage, type UiLanguage } from '@/lib/i18n/languages';
import { loadSettings, watchSettings } from '@/lib/extension/settings-store';

/**
 * The popup's and options page's language: the user's choice, else the browser's; follows changes
 * to the setting at once, and sets the document's `lang` to match.
 */
export function useUiLanguage(): UiLanguage | null {
  const browserLanguage = browser.i18n.getUILanguage();
  // Null until the setting is read, so a chosen language never flashes the browser's first.
  const [lang, setLang] = useState<UiLanguage | null>(null);
  useEffect(() => {
    const apply = (setting: Parameters<typeof resolveUiLanguage>[0]) => setLang(resolveUiLanguage(setting, browserLanguage));
    void loadSettings().then((s) => apply(s.language));
    return watchSettings((s) => apply(s.language));
  }, [browserLanguage]);
  useEffect(() => {
    if (lang) document.documentElement.lang = LANGUAGE_TAG[lang];
  }, [lang]);
  return lang;
}
