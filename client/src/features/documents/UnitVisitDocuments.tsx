import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../apollo/errors';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { UnitAsOfName } from '../units/UnitAsOfName';
import { NoticeFacts } from './ConclusionNoticePanel';
import { NoticeReceipt } from './NoticeReceipt';
import { acknowledgeNoticeMutation, unitVisitNoticeQuery } from './operations';
import { DocumentLinks } from './VisitDocuments';

/**
 * For the head of the inspected unit: the minutes of the approved visit, and once the office has issued
 * it the conclusion notice (its number, date and the day to report remediation by) and the acknowledgement of receipt (asked once more before it is recorded; it cannot be taken back).
 * Shows nothing for a visit the head may not see (a finding their unit answers for at another unit's visit).
 */
export function UnitVisitDocuments({ visitId }: { visitId: string }) {
  const { t, language } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { data } = useQuery(unitVisitNoticeQuery, { variables: { id: visitId }, fetchPolicy: 'cache-and-network' });
  const [acknowledge, { loading }] = useMutation(acknowledgeNoticeMutation, {
    refetchQueries: [{ query: unitVisitNoticeQuery, variables: { id: visitId } }],
    awaitRefetchQueries: true,
  });
  const visit = data?.visit;
  if (visit?.status !== 'APPROVED') return null;

  async function confirm() {
    try {
      await acknowledge({ variables: { visitId } });
      setProblem(null);
      setConfirming(false);
    } catch (error) {
      setProblem(describeError(error, language).message ?? t('common.networkError'));
    }
  }

  const receipt = visit.noticeAcknowledgement;
  const titleId = `unit-documents-${visitId}`;
  return (
    <section className="card stack" aria-labelledby={titleId} data-testid="unit-visit-documents">
      <h2 id={titleId} className="section-title">
        {t('documents.unitTitle')}
      </h2>
      <p data-testid="unit-visit-of">
        <strong>
          <UnitAsOfName asOf={visit.unitAsOf} unit={visit.unit} />
        </strong>
      </p>
      {visit.visitDate && <p className="muted">{t('documents.visitOn', { date: formatDate(visit.visitDate) })}</p>}
      <DocumentLinks visitId={visitId} minutesOnly={!visit.conclusionNotice} />
      <NoticeFacts notice={visit.conclusionNotice} />
      {visit.conclusionNotice && <NoticeReceipt receipt={receipt} />}
      {visit.conclusionNotice && !receipt && (
        <Button onClick={() => setConfirming(true)} data-testid="acknowledge-notice">
          {t('documents.acknowledge')}
        </Button>
      )}
      <Dialog open={confirming} title={t('documents.acknowledge')} onClose={() => setConfirming(false)}>
        <p>{t('documents.acknowledgeConfirm')}</p>
        {problem && <Banner tone="error">{problem}</Banner>}
        <div className="dialog-actions">
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void confirm()} disabled={loading} data-testid="acknowledge-notice-submit">
            {t('documents.acknowledgeSubmit')}
          </Button>
        </div>
      </Dialog>
    </section>
  );
}
