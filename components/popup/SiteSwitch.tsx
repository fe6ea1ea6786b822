import { useEffect, useState } from 'react';
import { isEnabledFor, withSite, type Settings } from '@/lib/settings/settings';
import { loadSettings, saveSettings } from '@/lib/extension/settings-store';
import { useI18n } from '../shared/i18n';

/** On/off for the page's site; the content script applies it live. */
export function SiteSwitch({ host }: { host: string }) {
  const { t } = useI18n();
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);
  if (!settings) return null;
  const enabled = isEnabledFor(host, settings);
  return (
    <label className="switch site-switch">
      <input
        type="checkbox"
        role="switch"
        checked={enabled}
        onChange={(e) => {
          // Update at once, save afterwards: the switch must not lag behind the click.
          const next = withSite(settings, host, e.target.checked);
          setSettings(next);
          void saveSettings(next);
        }}
      />
      <span>{t('siteRunOn', host)}</span>
    </label>
  );
}
