import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../apollo/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { PageHeader } from '../../ui/PageHeader';
import { Spinner } from '../../ui/Spinner';
import '../../ui/data.css';
import { FindingStatusBadge } from '../../ui/StatusBadges';
import { AuditHistory } from '../audit/AuditHistory';
import { can } from '../auth/permissions';
import { useCurrentUser } from '../auth/session';
import { UnitVisitDocuments } from '../documents/UnitVisitDocuments';
import { DeadlineHistory } from './DeadlineHistory';
import { FindingFacts } from './FindingFacts';
import { FindingOfficeActions } from './FindingOfficeActions';
import { findingQuery } from './operations';
import { RemediationRecord } from './RemediationRecord';
import { ReportRemediationForm } from './ReportRemediationForm';

/**
 * One finding: its facts, its remediation and the office's review of it, its deadline history; the unit
 * head's report (again, after a rejection) or the office's actions.
 */
export function FindingScreen({ findingId }: { findingId: string }) {
  const { t, language } = useI18n();
  const user = useCurrentUser();
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const { data, loading, error } = useQuery(findingQuery, {
    variables: { id: findingId },
    fetchPolicy: 'cache-and-network',
  });
  const finding = data?.finding;
  if (!finding) {
    if (loading) return <Spinner label={t('common.loading')} />;
    return (
      <Banner tone="error">
        {error ? (describeError(error, language).message ?? t('findings.notFound')) : t('findings.notFound')}
      </Banner>
    );
  }
  const canManage = can(user, 'FINDING_REVIEW');
  return (
    <>
      <PageHeader title={t('findings.detail')}>
        <FindingStatusBadge status={finding.status} />
      </PageHeader>
      <div className="stack">
        {message && <Banner tone={message.tone}>{message.text}</Banner>}
        <FindingFacts finding={finding} />
        <RemediationRecord finding={finding} />
        <DeadlineHistory finding={finding} />
        {can(user, 'NOTICE_ACKNOWLEDGE') && <UnitVisitDocuments visitId={finding.visitId} />}
        {can(user, 'FINDING_REMEDIATE') && finding.status === 'OPEN' && (
          <ReportRemediationForm finding={finding} onDone={setMessage} />
        )}
        {canManage && <FindingOfficeActions finding={finding} onDone={setMessage} />}
        {/* The server keeps the audit trail from unit heads. */}
        <AuditHistory entityId={finding.id} />
      </div>
    </>
  );
}
