import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../apollo/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { PageHeader } from '../../ui/PageHeader';
import { Spinner } from '../../ui/Spinner';
import { VisitStatusBadge } from '../../ui/StatusBadges';
import '../../ui/data.css';
import { AuditHistory } from '../audit/AuditHistory';
import { can } from '../auth/permissions';
import { useCurrentUser } from '../auth/session';
import { ConclusionNoticePanel } from '../documents/ConclusionNoticePanel';
import { NoticeReceipt } from '../documents/NoticeReceipt';
import { VisitDocuments } from '../documents/VisitDocuments';
import { ChangesSinceReturn } from '../review-loop/ChangesSinceReturn';
import { reviewVisitQuery } from './operations';
import { ReviewActions } from './ReviewActions';
import { ReviewAnswers } from './ReviewAnswers';
import { ReviewAttendees } from './ReviewAttendees';
import { ReviewerComments } from './ReviewerComments';
import { ReviewFindings } from './ReviewFindings';
import { ReviewSignatures } from './ReviewSignatures';
import { ReviseForm } from './ReviseForm';
import { VisitConflicts } from './VisitConflicts';
import { VisitFacts } from './VisitFacts';

/** One visit as the office reviews it: the minutes, the answers, and the return, approve and revise actions. */
export function VisitReviewScreen({ visitId }: { visitId: string }) {
  const { t, language } = useI18n();
  const user = useCurrentUser();
  const canManage = can(user, 'VISIT_REVIEW');
  const { data, loading, error, refetch } = useQuery(reviewVisitQuery, {
    variables: { id: visitId },
    fetchPolicy: 'cache-and-network',
  });
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const visit = data?.visit;
  if (!visit) {
    if (loading) return <Spinner label={t('common.loading')} />;
    return (
      <Banner tone="error">
        {error ? (describeError(error, language).message ?? t('review.notFound')) : t('review.notFound')}
      </Banner>
    );
  }
  return (
    <>
      <PageHeader title={t('review.visitTitle', { unit: (visit.unitAsOf ?? visit.unit).name })}>
        <VisitStatusBadge status={visit.status} />
      </PageHeader>
      <div className="stack">
        {message && <Banner tone={message.tone}>{message.text}</Banner>}
        <VisitFacts visit={visit} />
        <VisitConflicts visit={visit} />
        <VisitDocuments visitId={visit.id} status={visit.status}>
          {visit.status === 'APPROVED' && (
            <>
              <ConclusionNoticePanel
                visitId={visit.id}
                hasFindings={visit.findings.length > 0}
                notice={visit.conclusionNotice}
                acknowledged={Boolean(visit.noticeAcknowledgement)}
                canIssue={can(user, 'NOTICE_ISSUE')}
                onIssued={() => void refetch()}
              />
              <NoticeReceipt receipt={visit.noticeAcknowledgement} />
            </>
          )}
        </VisitDocuments>
        {canManage && visit.status === 'SUBMITTED' && <ReviewActions visit={visit} onDone={setMessage} />}
        <ReviewerComments visit={visit} />
        <ChangesSinceReturn changes={visit.changesSinceReturn} />
        <ReviewAttendees visit={visit} />
        <section className="card stack" aria-labelledby="unit-comments-title">
          <h2 id="unit-comments-title" className="section-title">
            {t('review.unitComments')}
          </h2>
          <p className="pre-line">
            {visit.unitComments || <span className="muted">{t('review.noUnitComments')}</span>}
          </p>
        </section>
        <section className="card stack" aria-labelledby="conclusion-title">
          <h2 id="conclusion-title" className="section-title">
            {t('review.conclusion')}
          </h2>
          <p className="pre-line">{visit.conclusion || <span className="muted">{t('review.noConclusion')}</span>}</p>
        </section>
        <ReviewAnswers visit={visit} />
        <ReviewSignatures visit={visit} />
        <ReviewFindings visit={visit} />
        {canManage && visit.status === 'APPROVED' && <ReviseForm visit={visit} onDone={setMessage} />}
        <AuditHistory entityId={visit.id} />
      </div>
    </>
  );
}
