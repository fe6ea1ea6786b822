/** A refused import or save, in words of the UI language (the pure layer gives only a code and data). */
import type { SettingsFileError, SettingsSaveError } from '@/lib/settings/settings-errors';
import type { I18n } from './i18n';

export function settingsErrorText(t: I18n['t'], error: SettingsFileError | SettingsSaveError): string {
  switch (error.code) {
    case 'too-large':
      return t('importTooLarge', error.sizeMb.toFixed(1), String(error.limitMb));
    case 'not-json':
      return t('importNotJson');
    case 'not-settings':
      return error.path ? t('importNotSettingsAt', error.path) : t('importNotSettings');
    case 'storage-full':
      return t('saveStorageFull');
    case 'invalid':
      return t('saveInvalid');
    case 'failed':
      return t('saveFailed', error.detail);
  }
}
