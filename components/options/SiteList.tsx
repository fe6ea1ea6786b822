import { useId, useState } from 'react';
import { normalizeHost, withSite, withoutSite, type Settings } from '@/lib/settings/settings';
import { useI18n } from '../shared/i18n';

export function SiteList({ settings, onChange }: { settings: Settings; onChange(next: Settings): void }) {
  const { t } = useI18n();
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const add = () => {
    const host = normalizeHost(input);
    if (!host) {
      setError(t('siteInvalid', input.trim() || ' '));
      return;
    }
    if (settings.sites.some((s) => s.host === host)) {
      setError(t('siteDuplicate', host));
      return;
    }
    setError(null);
    setInput('');
    onChange(withSite(settings, host, true));
  };
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('sitesHeading')}</h2>
      <form
        className="add-site"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label htmlFor={`${id}-in`}>{t('siteAddLabel')}</label>
        <input
          id={`${id}-in`}
          value={input}
          placeholder="example.com"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-err` : undefined}
          onChange={(e) => setInput(e.target.value)}
        />
        <button type="submit" className="btn primary">
          {t('siteAdd')}
        </button>
      </form>
      {error && (
        <p id={`${id}-err`} className="error" role="alert">
          {error}
        </p>
      )}
      {settings.sites.length === 0 ? (
        <p className="muted">{t('sitesNone')}</p>
      ) : (
        <ul className="plain site-list" aria-label={t('sitesLabel')}>
          {settings.sites.map((site) => (
            <li key={site.host} data-host={site.host}>
              <label className="switch">
                <input
                  type="checkbox"
                  role="switch"
                  checked={site.enabled}
                  onChange={(e) => onChange(withSite(settings, site.host, e.target.checked))}
                />
                <span>{t('siteRunOn', site.host)}</span>
              </label>
              <button type="button" className="btn" aria-label={t('siteRemoveLabel', site.host)} onClick={() => onChange(withoutSite(settings, site.host))}>
                {t('siteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
