import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { LANGUAGE_NATIVE_NAME, LANGUAGE_TAG, resolveUiLanguage, UI_LANGUAGES } from '@/lib/i18n/languages';
import { translate } from '@/lib/i18n/messages';
import type { Settings, UiLanguageSetting } from '@/lib/settings/settings';
import { saveErrorOf, type SettingsSaveError } from '@/lib/settings/settings-errors';
import { loadSettings, saveSettings, watchSettings } from '@/lib/extension/settings-store';
import { LanguageProvider, useI18n } from '../shared/i18n';
import { settingsErrorText } from '../shared/settings-error-text';
import '../shared/ui.css';
import './options.css';
import { SettingsTransfer } from './SettingsTransfer';
import { SiteList } from './SiteList';

function Choice<T extends string>({ legend, name, value, options, onChange }: { legend: string; name: string; value: T; options: Array<[T, string]>; onChange(v: T): void }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map(([v, label]) => (
        <label key={v} className="choice">
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} /> {label}
        </label>
      ))}
    </fieldset>
  );
}

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  const lang = settings && resolveUiLanguage(settings.language, browser.i18n.getUILanguage());
  useEffect(() => {
    if (!lang) return;
    document.documentElement.lang = LANGUAGE_TAG[lang];
    document.title = translate(lang, 'optionsTitle');
  }, [lang]);
  if (!settings || !lang) return null;
  return (
    <LanguageProvider lang={lang}>
      <OptionsForm settings={settings} setSettings={setSettings} />
    </LanguageProvider>
  );
}

function OptionsForm({ settings, setSettings }: { settings: Settings; setSettings(s: Settings): void }) {
  const { t, rich } = useI18n();
  const [saveError, setSaveError] = useState<SettingsSaveError | null>(null);
  const update = async (next: Settings): Promise<void> => {
    // Show the change at once; storage follows (and every open tab applies it live). A refused
    // save (invalid, storage full) puts back what is stored and says why.
    const previous = settings;
    setSettings(next);
    try {
      await saveSettings(next);
      setSaveError(null);
    } catch (error) {
      setSettings(previous);
      setSaveError(saveErrorOf(error));
      throw error;
    }
  };
  const save = (next: Settings) => void update(next).catch(() => undefined);
  return (
    <main className="options">
      <h1>{t('optionsTitle')}</h1>
      <p className="muted">{t('optionsIntro')}</p>
      {saveError && (
        <p className="error" role="alert">
          {settingsErrorText(t, saveError)}
        </p>
      )}
      <Choice
        legend={t('runModeLegend')}
        name="runMode"
        value={settings.runMode}
        options={[
          ['all', t('runModeAll')],
          ['listed', t('runModeListed')],
        ]}
        onChange={(runMode) => save({ ...settings, runMode })}
      />
      <SiteList settings={settings} onChange={save} />
      <h2>{t('displayHeading')}</h2>
      <Choice<UiLanguageSetting>
        legend={t('languageLegend')}
        name="language"
        value={settings.language}
        options={[['auto', t('languageAuto')], ...UI_LANGUAGES.map((l): [UiLanguageSetting, string] => [l, LANGUAGE_NATIVE_NAME[l]])]}
        onChange={(language) => save({ ...settings, language })}
      />
      <Choice
        legend={t('highlightLegend')}
        name="highlightStyle"
        value={settings.highlightStyle}
        options={[
          ['underline', t('highlightUnderline')],
          ['background', t('highlightBackground')],
        ]}
        onChange={(highlightStyle) => save({ ...settings, highlightStyle })}
      />
      <Choice
        legend={t('openOnLegend')}
        name="openOn"
        value={settings.openOn}
        options={[
          ['hover', t('openOnHover')],
          ['click', t('openOnClick')],
        ]}
        onChange={(openOn) => save({ ...settings, openOn })}
      />
      <Choice
        legend={t('counterSignalsLegend')}
        name="counterSignals"
        value={settings.counterSignals}
        options={[
          ['expanded', t('expanded')],
          ['collapsed', t('collapsed')],
        ]}
        onChange={(counterSignals) => save({ ...settings, counterSignals })}
      />
      <SettingsTransfer settings={settings} onChange={update} />
      <h2>{t('keyboardHeading')}</h2>
      <p>
        {rich('keyboardHelp', [
          <>
            <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>→</kbd>
          </>,
          <>
            <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>←</kbd>
          </>,
          <kbd>Esc</kbd>,
        ])}
      </p>
    </main>
  );
}
