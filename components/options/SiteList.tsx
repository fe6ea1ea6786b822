import { useId, useState } from 'react';
import { normalizeHost, withSite, withoutSite, type Settings } from '@/lib/settings/settings';

export function SiteList({ settings, onChange }: { settings: Settings; onChange(next: Settings): void }) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const add = () => {
    const host = normalizeHost(input);
    if (!host) {
      setError(`“${input.trim() || ' '}” is not a website address. Type a hostname such as example.com.`);
      return;
    }
    if (settings.sites.some((s) => s.host === host)) {
      setError(`${host} is already in the list.`);
      return;
    }
    setError(null);
    setInput('');
    onChange(withSite(settings, host, true));
  };
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Sites</h2>
      <form
        className="add-site"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label htmlFor={`${id}-in`}>Add a site</label>
        <input
          id={`${id}-in`}
          value={input}
          placeholder="example.com"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-err` : undefined}
          onChange={(e) => setInput(e.target.value)}
        />
        <button type="submit" className="btn primary">
          Add
        </button>
      </form>
      {error && (
        <p id={`${id}-err`} className="error" role="alert">
          {error}
        </p>
      )}
      {settings.sites.length === 0 ? (
        <p className="muted">No sites listed yet.</p>
      ) : (
        <ul className="plain site-list" aria-label="Listed sites">
          {settings.sites.map((site) => (
            <li key={site.host} data-host={site.host}>
              <label className="switch">
                <input
                  type="checkbox"
                  role="switch"
                  checked={site.enabled}
                  onChange={(e) => onChange(withSite(settings, site.host, e.target.checked))}
                />
                <span>Run on {site.host}</span>
              </label>
              <button type="button" className="btn" aria-label={`Remove ${site.host}`} onClick={() => onChange(withoutSite(settings, site.host))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
