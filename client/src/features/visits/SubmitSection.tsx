import { useEffect, useRef, useState } from 'react';
import { useOnline } from '../../app/useOnline';
import type { FieldVisit, VisitGroup } from '../../field/types';
import { errorText } from '../../i18n/error-messages';
import { useI18n } from '../../i18n/I18nProvider';
import { isClosedVisitRefusal } from '../../offline/outbox-rules';
import type { LocalChanges } from '../../offline/overlay';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { ProblemList } from './ProblemList';
import { SaveStatus } from './SaveStatus';
import { submitProblems } from './submit-check';
import { useSave } from './useSave';
import type { Problem } from './visit-problems';
import { useVisitWrites } from './visit-writes';

export interface SubmitSectionProps {
  visit: FieldVisit;
  groups: VisitGroup[];
  editable: boolean;
  local: LocalChanges;
  /** Writes of this visit still waiting on the phone. */
  pending: number;
  onJump: (itemId: string) => void;
}

/**
 * Submission is queued like any write, but only once the phone finds nothing missing by the server's own
 * rule (submit-check.ts), checked on the visit as the phone shows it (unsent writes included): offline, a
 * refusal from the server would come after the team has left the unit. A refused submission shows the
 * server's reason and what is still missing. "Gửi duyệt" asks first (the answers can no longer be changed
 * unless the office returns the visit); the result then shows where the button was, and takes the focus:
 * kept on the phone until there is a network, or received by the server.
 */
export function SubmitSection({ visit, groups, editable, local, pending, onJump }: SubmitSectionProps) {
  const { t, language } = useI18n();
  const writes = useVisitWrites();
  const { state, run } = useSave();
  const [blocked, setBlocked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const online = useOnline();
  const refusal = local.submit?.state === 'REFUSED' ? local.submit.refusal : null;
  const onPhone = submitProblems(visit);
  // Without the checklist on the phone only the server can tell, once the writes waiting here are sent.
  const problems: readonly Problem[] = onPhone ?? (pending === 0 ? visit.problems : []);

  if (visit.status === 'SUBMITTED' || visit.status === 'APPROVED') {
    return <SubmitResult queued={local.submit?.state === 'PENDING'} justSubmitted={submitted} />;
  }
  if (!visit.canEdit) return null;
  const submit = () => {
    if (onPhone === null || onPhone.length > 0) {
      setBlocked(true);
      return;
    }
    setBlocked(false);
    setConfirming(true);
  };
  const confirm = () => {
    setConfirming(false);
    setSubmitted(true);
    void run(() => writes.write('SUBMIT_VISIT', {}), t('visits.submitting'));
  };
  return (
    <section className="visit-section" aria-labelledby="submit-title">
      <h2 id="submit-title" className="visually-hidden">
        {t('visits.submit')}
      </h2>
      {refusal && (
        <div className="banner banner-error problems" role="alert" data-testid="submit-refused">
          <p>
            <strong>{isClosedVisitRefusal(refusal) ? t('sync.closedVisit') : t('visits.incomplete')}</strong>
          </p>
          {problems.length === 0 && <p>{errorText(language, refusal.code, refusal.message)}</p>}
        </div>
      )}
      {blocked && (onPhone === null || onPhone.length > 0) ? (
        <div className="banner banner-error problems" role="alert" data-testid="submit-blocked">
          <p>
            <strong>
              {onPhone === null
                ? t('visits.submitNeedsChecklist')
                : t('visits.submitBlocked', { count: onPhone.length })}
            </strong>
          </p>
          {onPhone && <ProblemList problems={onPhone} groups={groups} onJump={onJump} />}
        </div>
      ) : (
        problems.length > 0 && (
          <div className="banner banner-info problems" data-testid="submit-remaining">
            <p>{t('visits.remaining', { count: problems.length })}</p>
            <ProblemList problems={problems} groups={groups} onJump={onJump} />
          </div>
        )
      )}
      {state.status === 'error' && <SaveStatus state={state} />}
      <Button block className="btn-big" disabled={!editable || state.status === 'saving'} onClick={submit}>
        {state.status === 'saving' ? t('visits.submitting') : t('visits.submit')}
      </Button>
      <Dialog open={confirming} title={t('visits.submitConfirmTitle')} onClose={() => setConfirming(false)}>
        <p>{t('visits.submitConfirmText')}</p>
        {!online && <p>{t('visits.submitConfirmOffline')}</p>}
        <DialogActions
          confirmLabel={t('visits.submitConfirm')}
          onConfirm={confirm}
          onCancel={() => setConfirming(false)}
          confirmTestId="submit-confirm"
        />
      </Dialog>
    </section>
  );
}

/**
 * What became of "Gửi duyệt", in its place: kept on the phone (sent once there is a network) or received
 * by the server. It takes the focus when the inspector has just submitted, so a screen reader reads it.
 */
function SubmitResult({ queued, justSubmitted }: { queued: boolean; justSubmitted: boolean }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (justSubmitted) ref.current?.focus();
  }, [justSubmitted]);
  if (!queued && !justSubmitted) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      className={`banner ${queued ? 'banner-info' : 'banner-success'}`}
      data-testid="submit-result"
      data-state={queued ? 'queued' : 'received'}
    >
      {queued ? <span data-testid="submit-waiting">{t('visits.submitWaiting')}</span> : t('visits.submitReceived')}
    </div>
  );
}
