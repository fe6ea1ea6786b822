import { useId, useRef, useState } from 'react';
import { DEFAULT_SETTINGS, parseSettingsFile, type Settings } from '@/lib/settings/settings';
import { useI18n } from '../shared/i18n';

/** Export, import (validated: a bad file changes nothing) and reset. */
export function SettingsTransfer({ settings, onChange }: { settings: Settings; onChange(next: Settings): void }) {
  const { t } = useI18n();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const id = useId();
  const exportFile = () => {
    const blob = new Blob([JSON.stringify(settings, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'countersignal-settings.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('backupHeading')}</h2>
      <div className="row">
        <button type="button" className="btn" onClick={exportFile}>
          {t('exportSettings')}
        </button>
        <label className="btn file-btn">
          {t('importSettings')}
          <input
            ref={file}
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            onChange={async (e) => {
              const f = e.target.files?.[0];
              if (!f) return;
              const result = parseSettingsFile(await f.text());
              if (result.ok) {
                onChange(result.settings);
                setMessage({ kind: 'ok', text: t('importDone') });
              } else {
                setMessage({ kind: 'error', text: result.error });
              }
              if (file.current) file.current.value = '';
            }}
          />
        </label>
        <button
          type="button"
          className="btn"
          onClick={() => {
            onChange({ ...DEFAULT_SETTINGS, sites: [] });
            setMessage({ kind: 'ok', text: t('resetDone') });
          }}
        >
          {t('resetSettings')}
        </button>
      </div>
      {message && (
        <p className={message.kind === 'error' ? 'error' : 'ok'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
