import { useI18n } from '../../i18n/I18nProvider';
import type { OutboxEntry } from '../../offline/field-writes';
import { useOffline } from '../../offline/OfflineProvider';
import { Banner } from '../../ui/Banner';
import { PageHeader } from '../../ui/PageHeader';
import { describeEntry } from './describe-entry';
import { EntryRow } from './EntryRow';
import { StorageSection } from './StorageSection';
import { SyncStatusCard } from './SyncStatusCard';
import { useVisitLabels } from './useVisitLabels';
import './sync.css';

/** "Đồng bộ": what waits on the phone, what the server refused, the button, and the phone's storage. */
export function SyncScreen() {
  const { t } = useI18n();
  const { entries, sync, unavailable } = useOffline();
  const labels = useVisitLabels();

  const byVisit = new Map<string, OutboxEntry[]>();
  for (const entry of entries) {
    const key = entry.visitId ?? '';
    byVisit.set(key, [...(byVisit.get(key) ?? []), entry]);
  }

  return (
    <>
      <PageHeader title={t('sync.title')} />
      <div className="stack sync-screen" data-testid="sync-screen">
        {unavailable && <Banner tone="error">{t('sync.storageUnavailable')}</Banner>}
        <SyncStatusCard />

        {entries.length === 0 ? (
          <p className="muted">{t('sync.nothingWaiting')}</p>
        ) : (
          [...byVisit.entries()].map(([visitId, list]) => (
            <section key={visitId} className="visit-section stack" data-testid="sync-visit">
              <h2>{(visitId && labels.visitName(visitId)) || t('sync.unknownVisit')}</h2>
              <ul className="list-stack">
                {list.map((entry) => (
                  <EntryRow
                    key={entry.operationId}
                    entry={entry}
                    label={(() => {
                      const { key, params } = describeEntry(entry, (itemId) => labels.itemCode(visitId, itemId));
                      return t(key, params);
                    })()}
                    fileError={entry.kind === 'ATTACH_VISIT_FILE' ? sync.fileErrors[entry.input.fileId] : undefined}
                  />
                ))}
              </ul>
            </section>
          ))
        )}
        {/* Measured again whenever the outbox changes (a photo stored or sent). */}
        <StorageSection key={entries.length} />
      </div>
    </>
  );
}
