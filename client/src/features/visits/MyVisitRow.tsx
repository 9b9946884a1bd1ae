import type { MyVisitsQuery } from '../../apollo/generated/graphql';
import { linkClick } from '../../app/router';
import { recordPath } from '../../app/routes';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useOffline } from '../../offline/OfflineProvider';
import { UnitAsOfName } from '../units/UnitAsOfName';
import { OfflineDownload } from './OfflineDownload';
import { ProgressBar, VisitStatusBadge } from './VisitStatusBadge';
import type { DayPeriod } from './visit-day';

export type ListedVisit = MyVisitsQuery['myVisits'][number];

const FIELD_STATUSES = new Set(['PLANNED', 'IN_PROGRESS', 'RETURNED']);

/** One visit of "my visits": where it stands against its planned day, and whether it is on the phone. */
export function MyVisitRow({ visit, period }: { visit: ListedVisit; period: DayPeriod | null }) {
  const { t } = useI18n();
  const { entries } = useOffline();
  const href = recordPath('myVisits', visit.id);
  const waiting = entries.filter((entry) => entry.visitId === visit.id).length;
  return (
    <div className="card visit-row-card" data-period={period ?? undefined}>
      <VisitLink visit={visit} href={href} period={period} />
      {waiting > 0 && (
        <p className="visit-row-waiting" data-testid="visit-row-waiting">
          {t('sync.markLocal', { count: waiting })}
        </p>
      )}
      {FIELD_STATUSES.has(visit.status) && <OfflineDownload visitId={visit.id} />}
    </div>
  );
}

function VisitLink({ visit, href, period }: { visit: ListedVisit; href: string; period: DayPeriod | null }) {
  const { t } = useI18n();
  return (
    <a className="visit-row" href={href} onClick={linkClick(href)} data-testid={`my-visit-${visit.id}`}>
      <span className="visit-row-unit">
        <UnitAsOfName asOf={visit.unitAsOf} unit={visit.unit} />
      </span>
      <span className="row visit-row-meta">
        <VisitStatusBadge status={visit.status} />
        {period === 'qua-han' && (
          <span className="badge badge-danger" data-testid="visit-overdue">
            {t('visits.overdue')}
          </span>
        )}
        {period === 'hom-nay' && (
          <span className="badge badge-warning" data-testid="visit-today">
            {t('day.today')}
          </span>
        )}
        <span className="visit-row-when">
          {visit.visitDate
            ? t('visits.visitDate', { date: formatDate(visit.visitDate) })
            : visit.plannedDate
              ? t('visits.plannedDay', { date: formatDate(visit.plannedDate) })
              : visit.plannedMonth != null &&
                t('visits.plannedMonth', { month: visit.plannedMonth, year: visit.team.year })}
        </span>
      </span>
      {visit.progress && visit.progress.total > 0 && (
        <ProgressBar
          answered={visit.progress.answered}
          total={visit.progress.total}
          label={t('visits.progress', { answered: visit.progress.answered, total: visit.progress.total })}
        />
      )}
    </a>
  );
}
