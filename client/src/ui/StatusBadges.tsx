import type { FindingSeverity, FindingStatus, VisitStatus } from '../apollo/generated/graphql';
import { useI18n } from '../i18n/I18nProvider';

/** Status badges of the office screens (plans, review, findings); the field screen has its own visit badge. */
const visitTone: Record<VisitStatus, string> = {
  PLANNED: 'badge badge-muted',
  IN_PROGRESS: 'badge',
  SUBMITTED: 'badge badge-warning',
  RETURNED: 'badge badge-danger',
  APPROVED: 'badge badge-success',
};

export function VisitStatusBadge({ status }: { status: VisitStatus }) {
  const { t } = useI18n();
  return <span className={visitTone[status]}>{t(`review.status.${status}`)}</span>;
}

const findingTone: Record<FindingStatus, string> = {
  OPEN: 'badge badge-danger',
  REMEDIATION_REPORTED: 'badge badge-warning',
  CLOSED: 'badge badge-success',
};

export function FindingStatusBadge({ status }: { status: FindingStatus }) {
  const { t } = useI18n();
  return (
    <span className={findingTone[status]} data-testid="finding-status">
      {t(`findings.status.${status}`)}
    </span>
  );
}

const severityTone: Record<FindingSeverity, string> = {
  LOW: 'badge badge-muted',
  MEDIUM: 'badge badge-warning',
  HIGH: 'badge badge-danger',
};

export function SeverityBadge({ severity }: { severity: FindingSeverity }) {
  const { t } = useI18n();
  return <span className={severityTone[severity]}>{t(`findings.severity.${severity}`)}</span>;
}
