import { useI18n } from '../../i18n/I18nProvider';
import type { SaveState } from './useSave';

/** The small "Đang lưu… / Đã lưu / error" line under a part of the visit. */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useI18n();
  if (state.status === 'idle') return null;
  if (state.status === 'error') {
    return (
      <p className="save-status save-error" role="alert">
        {state.message}
      </p>
    );
  }
  return (
    <p className={`save-status ${state.status === 'saved' ? 'save-done' : ''}`} role="status">
      {state.status === 'saving' ? (state.label ?? t('visits.saving')) : `✓ ${t('visits.saved')}`}
    </p>
  );
}
