import { useQuery } from '@apollo/client/react';
import { describeError } from '../../apollo/errors';
import type { MyVisitsQuery } from '../../apollo/generated/graphql';
import { linkClick } from '../../app/router';
import { recordPath } from '../../app/routes';
import { myVisitsQuery } from '../../field/operations';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useOffline } from '../../offline/OfflineProvider';
import { Banner } from '../../ui/Banner';
import { PageHeader } from '../../ui/PageHeader';
import { Spinner } from '../../ui/Spinner';
import { UnitAsOfName } from '../units/UnitAsOfName';
import { OfflineDownload } from './OfflineDownload';
import { ProgressBar, VisitStatusBadge } from './VisitStatusBadge';
import './visits.css';

type ListedVisit = MyVisitsQuery['myVisits'][number];

const statusOrder = { IN_PROGRESS: 0, RETURNED: 1, PLANNED: 2, SUBMITTED: 3, APPROVED: 4 } as const;

/** Work still to do first, then by planned month. */
function byUrgency(a: ListedVisit, b: ListedVisit): number {
  return (
    statusOrder[a.status] - statusOrder[b.status] ||
    a.team.year - b.team.year ||
    (a.plannedMonth ?? 13) - (b.plannedMonth ?? 13)
  );
}

export function MyVisitsScreen() {
  const { t, language } = useI18n();
  const { data, previousData, loading, error } = useQuery(myVisitsQuery);
  const visits = [...((data ?? previousData)?.myVisits ?? [])].sort(byUrgency);
  return (
    <>
      <PageHeader title={t('visits.title')} />
      <div className="stack">
        {error && visits.length === 0 && (
          <Banner tone="error">{describeError(error, language).message ?? t('common.networkError')}</Banner>
        )}
        {loading && visits.length === 0 && <Spinner label={t('common.loading')} />}
        {!loading && !error && visits.length === 0 && <p className="muted">{t('visits.empty')}</p>}
        {visits.length > 0 && (
          <ul className="visit-list" aria-label={t('visits.title')}>
            {visits.map((visit) => (
              <li key={visit.id}>
                <VisitRow visit={visit} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}

const FIELD_STATUSES = new Set(['PLANNED', 'IN_PROGRESS', 'RETURNED']);

function VisitRow({ visit }: { visit: ListedVisit }) {
  const { t } = useI18n();
  const { entries } = useOffline();
  const href = recordPath('myVisits', visit.id);
  const waiting = entries.filter((entry) => entry.visitId === visit.id).length;
  return (
    <div className="card visit-row-card">
      <VisitLink visit={visit} href={href} />
      {waiting > 0 && (
        <p className="visit-row-waiting" data-testid="visit-row-waiting">
          {t('sync.markLocal', { count: waiting })}
        </p>
      )}
      {FIELD_STATUSES.has(visit.status) && <OfflineDownload visitId={visit.id} />}
    </div>
  );
}

function VisitLink({ visit, href }: { visit: ListedVisit; href: string }) {
  const { t } = useI18n();
  return (
    <a className="visit-row" href={href} onClick={linkClick(href)} data-testid={`my-visit-${visit.id}`}>
      <span className="visit-row-unit">
        <UnitAsOfName asOf={visit.unitAsOf} unit={visit.unit} />
      </span>
      <span className="row visit-row-meta">
        <VisitStatusBadge status={visit.status} />
        <span>
          {visit.visitDate
            ? t('visits.visitDate', { date: formatDate(visit.visitDate) })
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
