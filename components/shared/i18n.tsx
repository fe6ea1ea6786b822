/**
 * The UI language for React: a context holding the language, and `useI18n()`, the one lookup
 * every component uses (`t` for text, `rich` for a message with elements in its `$n` slots).
 */
import { createContext, Fragment, useContext, useMemo, type ReactNode } from 'react';
import type { UiLanguage } from '@/lib/i18n/languages';
import { messageParts, translate, type MessageKey } from '@/lib/i18n/messages';

const LanguageContext = createContext<UiLanguage>('en');

export function LanguageProvider({ lang, children }: { lang: UiLanguage; children: ReactNode }) {
  return <LanguageContext.Provider value={lang}>{children}</LanguageContext.Provider>;
}

export interface I18n {
  lang: UiLanguage;
  t(key: MessageKey, ...subs: Array<string | number>): string;
  /** The message with React nodes in its slots; `count` picks the plural form. */
  rich(key: MessageKey, slots: ReactNode[], count?: number): ReactNode;
}

export function useI18n(): I18n {
  const lang = useContext(LanguageContext);
  return useMemo(
    () => ({
      lang,
      t: (key, ...subs) => translate(lang, key, ...subs),
      rich: (key, slots, count) =>
        messageParts(lang, key, count).map((part, i) => <Fragment key={i}>{typeof part === 'number' ? slots[part] : part}</Fragment>),
    }),
    [lang],
  );
}
