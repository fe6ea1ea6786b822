import { useEffect, useState } from 'react';
import { isEnabledFor, withSite, type Settings } from '@/lib/settings/settings';
import { saveErrorOf, type SettingsSaveError } from '@/lib/settings/settings-errors';
import { loadSettings, updateSettings } from '@/lib/extension/settings-store';
import { useI18n } from '../shared/i18n';
import { settingsErrorText } from '../shared/settings-error-text';

/** On/off for the page's site; the content script applies it live. */
export function SiteSwitch({ host }: { host: string }) {
  const { t } = useI18n();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<SettingsSaveError | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);
  if (!settings) return null;
  const enabled = isEnabledFor(host, settings);
  return (
    <>
      <label className="switch site-switch">
        <input
          type="checkbox"
          role="switch"
          checked={enabled}
          onChange={(e) => {
            // Update at once, save afterwards (the switch must not lag behind the click), applied
            // to the settings as stored now, so nothing else the user set is lost.
            const on = e.target.checked;
            setSettings(withSite(settings, host, on));
            updateSettings((current) => withSite(current, host, on)).then(
              (saved) => {
                setSettings(saved);
                setError(null);
              },
              (err: unknown) => {
                setSettings(settings);
                setError(saveErrorOf(err));
              },
            );
          }}
        />
        <span>{t('siteRunOn', host)}</span>
      </label>
      {error && (
        <p className="error" role="alert">
          {settingsErrorText(t, error)}
        </p>
      )}
    </>
  );
}
