import { useId, useRef, useState } from 'react';
import { checkSettingsFileSize, DEFAULT_SETTINGS, parseSettingsFile, type Settings, type SettingsFileResult } from '@/lib/settings/settings';
import { saveErrorOf } from '@/lib/settings/settings-errors';
import { useI18n } from '../shared/i18n';
import { settingsErrorText } from '../shared/settings-error-text';

/** Reads and validates a chosen file; a file too large is refused by its size, before it is read. */
async function readSettingsFile(f: File): Promise<SettingsFileResult> {
  return checkSettingsFileSize(f.size) ?? parseSettingsFile(await f.text());
}

/** Export, import (validated: a bad file changes nothing) and reset. */
export function SettingsTransfer({ settings, onChange }: { settings: Settings; onChange(next: Settings): Promise<void> }) {
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
              if (file.current) file.current.value = '';
              const result = await readSettingsFile(f);
              if (!result.ok) {
                setMessage({ kind: 'error', text: settingsErrorText(t, result.error) });
                return;
              }
              try {
                // "Imported" only once storage has taken it.
                await onChange(result.settings);
                setMessage({ kind: 'ok', text: t('importDone') });
              } catch (error) {
                setMessage({ kind: 'error', text: settingsErrorText(t, saveErrorOf(error)) });
              }
            }}
          />
        </label>
        <button
          type="button"
          className="btn"
          onClick={() => {
            onChange({ ...DEFAULT_SETTINGS, sites: [] }).then(
              () => setMessage({ kind: 'ok', text: t('resetDone') }),
              (error: unknown) => setMessage({ kind: 'error', text: settingsErrorText(t, saveErrorOf(error)) }),
            );
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
