import type { VisitStatus } from '../../apollo/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';

/** `waitingForSync`: submitted on the phone, not on the server yet. */
export function VisitStatusBadge({
  status,
  waitingForSync = false,
}: {
  status: VisitStatus;
  waitingForSync?: boolean;
}) {
  const { t } = useI18n();
  return (
    <span className={`badge visit-status visit-status-${status.toLowerCase()}`} data-testid="visit-status">
      {waitingForSync ? t('visits.status.SUBMITTED_LOCAL') : t(`visits.status.${status}`)}
    </span>
  );
}

export function ProgressBar({ answered, total, label }: { answered: number; total: number; label: string }) {
  return (
    <div className="visit-progress">
      <progress className="progress-bar" max={Math.max(total, 1)} value={answered} aria-label={label} />
      <span className="progress-label">{label}</span>
    </div>
  );
}
