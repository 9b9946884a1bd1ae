import type { FieldVisit } from '../../field/types';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import type { LocalChanges } from '../../offline/overlay';
import { UnitAsOfName } from '../units/UnitAsOfName';
import { SyncMark } from './SyncMark';
import { ProgressBar, VisitStatusBadge } from './VisitStatusBadge';

interface VisitHeaderProps {
  visit: FieldVisit;
  local: LocalChanges;
  ready: boolean;
  pending: number;
  refused: number;
}

/**
 * The unit, the visit's state and date, the team, the progress, and where the visit's data is. The
 * download for offline work comes after the reviewer's comments of a returned visit (VisitScreen).
 */
export function VisitHeader({ visit, local, ready, pending, refused }: VisitHeaderProps) {
  const { t } = useI18n();
  const progress = visit.progress;
  return (
    <header className="visit-header">
      <h1 className="visit-unit">
        <UnitAsOfName asOf={visit.unitAsOf} unit={visit.unit} />
      </h1>
      <p className="row">
        <VisitStatusBadge status={visit.status} waitingForSync={local.submit?.state === 'PENDING'} />
        <span className="muted">
          {visit.visitDate
            ? t('visits.visitDate', { date: formatDate(visit.visitDate) })
            : visit.plannedMonth != null &&
              t('visits.plannedMonth', { month: visit.plannedMonth, year: visit.team.year })}
        </span>
      </p>
      <p className="muted">{t('visits.team', { team: visit.team.name })}</p>
      {progress && progress.total > 0 && (
        <ProgressBar
          answered={progress.answered}
          total={progress.total}
          label={t('visits.progress', { answered: progress.answered, total: progress.total })}
        />
      )}
      <SyncMark ready={ready} pending={pending} refused={refused} />
    </header>
  );
}
