import { useState } from 'react';
import { useOnline } from '../../app/useOnline';
import { formatInstant } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useOffline } from '../../offline/OfflineProvider';

/**
 * "Tải về để làm ngoại tuyến": brings the whole visit and its photos onto the phone, and the mark
 * "Đã tải về máy · dd/MM/yyyy HH:mm" once it is there, "Chưa tải về máy" until then.
 */
export function OfflineDownload({ visitId }: { visitId: string }) {
  const { t } = useI18n();
  const online = useOnline();
  const { downloads, takeOffline } = useOffline();
  const [state, setState] = useState<'idle' | 'busy' | 'error' | 'noChecklist'>('idle');
  const record = downloads[visitId];

  async function download() {
    setState('busy');
    try {
      const result = await takeOffline(visitId);
      setState(result.checklistMissing ? 'noChecklist' : 'idle');
    } catch (error) {
      console.warn('Could not take the visit offline', error);
      setState('error');
    }
  }

  return (
    <div className="offline-download">
      {record ? (
        <p className="offline-ready" data-testid="offline-ready">
          ✓ {t('offline.ready', { at: formatInstant(record.downloadedAt, { withTime: true }) })}
        </p>
      ) : (
        <p className="offline-missing" data-testid="offline-missing">
          ○ {t('offline.notOnPhone')}
        </p>
      )}
      {online && (
        <button
          type="button"
          className="btn btn-secondary offline-download-button"
          data-testid="offline-download"
          disabled={state === 'busy'}
          onClick={download}
        >
          {state === 'busy' ? t('offline.downloading') : record ? t('offline.downloadAgain') : t('offline.download')}
        </button>
      )}
      {state === 'error' && (
        <p className="save-status save-error" role="alert">
          {t('offline.downloadFailed')}
        </p>
      )}
      {state === 'noChecklist' && <p className="muted">{t('offline.noChecklist')}</p>}
    </div>
  );
}
