import { useEffect, useState } from 'react';
import type { Settings } from '@/lib/settings/settings';
import { loadSettings, saveErrorMessage, saveSettings, watchSettings } from '@/lib/extension/settings-store';
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
  const [saveError, setSaveError] = useState<string | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  if (!settings) return null;
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
      setSaveError(saveErrorMessage(error));
      throw error;
    }
  };
  const save = (next: Settings) => void update(next).catch(() => undefined);
  return (
    <main className="options">
      <h1>Countersignal settings</h1>
      <p className="muted">Changes apply at once to open tabs. Everything stays in this browser.</p>
      {saveError && (
        <p className="error" role="alert">
          {saveError}
        </p>
      )}
      <Choice
        legend="Where Countersignal runs"
        name="runMode"
        value={settings.runMode}
        options={[
          ['all', 'On every site, except those I switch off'],
          ['listed', 'Only on sites I list and switch on'],
        ]}
        onChange={(runMode) => save({ ...settings, runMode })}
      />
      <SiteList settings={settings} onChange={save} />
      <h2>Display</h2>
      <Choice
        legend="Highlight style"
        name="highlightStyle"
        value={settings.highlightStyle}
        options={[
          ['underline', 'Underline (calm)'],
          ['background', 'Background colour'],
        ]}
        onChange={(highlightStyle) => save({ ...settings, highlightStyle })}
      />
      <Choice
        legend="Open the card"
        name="openOn"
        value={settings.openOn}
        options={[
          ['hover', 'When I rest the pointer on a highlight (or click it)'],
          ['click', 'Only when I click a highlight'],
        ]}
        onChange={(openOn) => save({ ...settings, openOn })}
      />
      <Choice
        legend="Counter-signals in the card"
        name="counterSignals"
        value={settings.counterSignals}
        options={[
          ['expanded', 'Expanded'],
          ['collapsed', 'Collapsed'],
        ]}
        onChange={(counterSignals) => save({ ...settings, counterSignals })}
      />
      <SettingsTransfer settings={settings} onChange={update} />
      <h2>Keyboard</h2>
      <p>
        On a page: <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>→</kbd> next finding, <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>←</kbd> previous,{' '}
        <kbd>Esc</kbd> closes the card.
      </p>
    </main>
  );
}
