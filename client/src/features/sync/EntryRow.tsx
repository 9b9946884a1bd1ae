import { useState } from 'react';
import { errorText } from '../../i18n/error-messages';
import { formatInstant } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import type { OutboxEntry } from '../../offline/field-writes';
import { useOffline } from '../../offline/OfflineProvider';
import { isClosedVisitRefusal } from '../../offline/outbox-rules';
import type { SyncError } from '../../offline/sync-errors';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

/** One write on the phone: waiting, or refused with the server's reason, to retry or discard. */
export function EntryRow({ entry, label, fileError }: { entry: OutboxEntry; label: string; fileError?: SyncError }) {
  const { t, language } = useI18n();
  const { retry, discard } = useOffline();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const when = formatInstant(entry.createdAt, { withTime: true });
  if (entry.state === 'PENDING') {
    return (
      <li className="sync-entry" data-testid="pending-entry">
        <span className="sync-entry-what">{label}</span>
        <span className="muted">
          {when} · {t('sync.waiting')}
        </span>
        {fileError && (
          <span className="save-error">
            {errorText(language, fileError.code, fileError.serverMessage) ?? t('sync.photoRefused')}
          </span>
        )}
      </li>
    );
  }
  const closed = isClosedVisitRefusal(entry.refusal);
  return (
    <li className="sync-entry sync-entry-refused" data-testid="refused-entry">
      <span className="sync-entry-what">{label}</span>
      <span className="muted">
        {when} · {t('sync.refused')}
      </span>
      {closed && <strong>{t('sync.closedVisit')}</strong>}
      <span data-testid="refused-reason">
        {entry.refusal && errorText(language, entry.refusal.code, entry.refusal.message)}
      </span>
      {problem && (
        <span className="save-error" role="alert">
          {problem}
        </span>
      )}
      <div className="row">
        <Button
          variant="secondary"
          data-testid="refused-retry"
          onClick={() => retry(entry.operationId).catch(() => setProblem(t('visits.notSavedOnPhone')))}
        >
          {t('sync.retry')}
        </Button>
        <Button variant="danger" data-testid="refused-discard" onClick={() => setConfirming(true)}>
          {t('sync.discard')}
        </Button>
      </div>
      <Dialog open={confirming} title={t('sync.discardTitle')} onClose={() => setConfirming(false)}>
        <p>{t('sync.discardConfirm', { what: label })}</p>
        <div className="row">
          <Button
            variant="danger"
            data-testid="discard-confirm"
            onClick={() => {
              setConfirming(false);
              discard(entry.operationId).catch(() => setProblem(t('visits.notSavedOnPhone')));
            }}
          >
            {t('sync.discard')}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </Button>
        </div>
      </Dialog>
    </li>
  );
}
