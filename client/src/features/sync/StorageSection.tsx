import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { type StorageReport, storageReport } from '../../offline/storage';
import { megabytes } from './sync-status';

/** How much the phone holds for the app, and whether the browser keeps it for good. */
export function StorageSection() {
  const { t } = useI18n();
  const [report, setReport] = useState<StorageReport | null>(null);
  useEffect(() => {
    let live = true;
    storageReport().then((next) => live && setReport(next));
    return () => {
      live = false;
    };
  }, []);
  if (!report) return null;
  return (
    <section className="visit-section stack" data-testid="storage-section">
      <h2>{t('sync.storage')}</h2>
      {report.usedBytes != null && (
        <p data-testid="storage-used">{t('sync.storageUsed', { used: megabytes(report.usedBytes) })}</p>
      )}
      <p data-testid="storage-persisted">
        {report.persisted ? t('sync.storagePersisted') : t('sync.storageNotPersisted')}
      </p>
    </section>
  );
}
