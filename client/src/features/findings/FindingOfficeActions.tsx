import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { ExtendDeadlineDialog } from './ExtendDeadlineDialog';
import { type Finding, type Notify, refetchAfterChange } from './finding-detail';
import {
  closeFindingMutation,
  closeWithoutReportMutation,
  rejectRemediationMutation,
  reopenFindingMutation,
} from './operations';
import { ReasonDialog } from './ReasonDialog';

type Action = 'accept' | 'reject' | 'closeWithoutReport' | 'reopen' | 'extend';

/**
 * The office's review of a finding: accept or reject the unit's report (a rejection needs a reason, and
 * the finding goes back to the unit), close one the unit has not reported on (with a reason), extend its
 * deadline (gia hạn), or reopen a closed one. Each asks for confirmation.
 */
export function FindingOfficeActions({ finding, onDone }: { finding: Finding; onDone: Notify }) {
  const { t } = useI18n();
  const [dialog, setDialog] = useState<Action | null>(null);
  const refetchQueries = refetchAfterChange(finding.id);
  const [close, closeState] = useMutation(closeFindingMutation, { refetchQueries });
  const [reject, rejectState] = useMutation(rejectRemediationMutation, { refetchQueries });
  const [closeWithout, closeWithoutState] = useMutation(closeWithoutReportMutation, { refetchQueries });
  const [reopen, reopenState] = useMutation(reopenFindingMutation, { refetchQueries });
  const busy = closeState.loading || rejectState.loading || closeWithoutState.loading || reopenState.loading;
  const findingId = finding.id;

  // A refusal is thrown back to the dialog, which shows it; only success gets here.
  const done = (message: string) => {
    setDialog(null);
    onDone({ tone: 'success', text: message });
  };
  const common = { busy, onClose: () => setDialog(null) };

  return (
    <section className="card stack" data-testid="finding-office-actions">
      <div className="row">
        {finding.status === 'REMEDIATION_REPORTED' && (
          <>
            <Button onClick={() => setDialog('accept')} disabled={busy} data-testid="finding-accept">
              {t('findings.accept')}
            </Button>
            <Button variant="danger" onClick={() => setDialog('reject')} disabled={busy} data-testid="finding-reject">
              {t('findings.reject')}
            </Button>
          </>
        )}
        {finding.status === 'OPEN' && (
          <Button
            variant="secondary"
            onClick={() => setDialog('closeWithoutReport')}
            disabled={busy}
            data-testid="finding-close-without-report"
          >
            {t('findings.closeWithoutReport')}
          </Button>
        )}
        {finding.status !== 'CLOSED' && (
          <Button variant="secondary" onClick={() => setDialog('extend')} disabled={busy} data-testid="finding-extend">
            {t('findings.extend')}
          </Button>
        )}
        {finding.status === 'CLOSED' && (
          <Button variant="danger" onClick={() => setDialog('reopen')} disabled={busy} data-testid="finding-reopen">
            {t('findings.reopen')}
          </Button>
        )}
      </div>
      <ReasonDialog
        {...common}
        open={dialog === 'accept'}
        title={t('findings.acceptTitle')}
        explanation={t('findings.acceptConfirm')}
        reasonLabel={t('findings.closeNote')}
        reasonRequired={false}
        submitLabel={t('findings.acceptSubmit')}
        testId="accept"
        onSubmit={async (note) => {
          await close({ variables: { input: { findingId, note } } });
          done(t('findings.accepted'));
        }}
      />
      <ReasonDialog
        {...common}
        open={dialog === 'reject'}
        title={t('findings.rejectTitle')}
        explanation={t('findings.rejectConfirm')}
        reasonLabel={t('findings.rejectReason')}
        reasonRequired
        danger
        submitLabel={t('findings.rejectSubmit')}
        testId="reject"
        onSubmit={async (reason) => {
          await reject({ variables: { input: { findingId, reason: reason ?? '' } } });
          done(t('findings.rejected'));
        }}
      />
      <ReasonDialog
        {...common}
        open={dialog === 'closeWithoutReport'}
        title={t('findings.closeWithoutReport')}
        explanation={t('findings.closeWithoutReportConfirm')}
        reasonLabel={t('findings.closeReason')}
        reasonRequired
        submitLabel={t('findings.closeWithoutReportSubmit')}
        testId="close-without-report"
        onSubmit={async (reason) => {
          await closeWithout({ variables: { input: { findingId, reason: reason ?? '' } } });
          done(t('findings.closedWithoutReport'));
        }}
      />
      <ReasonDialog
        {...common}
        open={dialog === 'reopen'}
        title={t('findings.reopen')}
        explanation={t('findings.reopenConfirm')}
        reasonLabel={t('findings.reason')}
        reasonRequired
        danger
        submitLabel={t('findings.reopenSubmit')}
        testId="reopen"
        onSubmit={async (reason) => {
          await reopen({ variables: { input: { findingId, reason: reason ?? '' } } });
          done(t('findings.reopened'));
        }}
      />
      <ExtendDeadlineDialog
        finding={finding}
        open={dialog === 'extend'}
        onClose={() => setDialog(null)}
        onDone={() => done(t('findings.extended'))}
      />
    </section>
  );
}
