import { useQuery } from '@apollo/client/react';
import { describeError } from '../../apollo/errors';
import type { VisitStatus } from '../../apollo/generated/graphql';
import { useUrlParams } from '../../app/url-params';
import { myVisitsQuery } from '../../field/operations';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { PageHeader } from '../../ui/PageHeader';
import { Select } from '../../ui/Select';
import { Spinner } from '../../ui/Spinner';
import { YearSelect } from '../../ui/YearSelect';
import { datedVisit, PERIOD_LABELS } from './day-labels';
import { MyVisitRow } from './MyVisitRow';
import { byPlannedDay, DAY_PERIODS, dayPeriod, periodParam, vietnamToday } from './visit-day';
import './visits.css';

const PARAMS = ['nam', 'ky', 'trang-thai'] as const;
const STATUSES: VisitStatus[] = ['PLANNED', 'IN_PROGRESS', 'RETURNED', 'SUBMITTED', 'APPROVED'];
const statusParam = (value: string | null | undefined) => STATUSES.find((status) => status === value) ?? null;

/**
 * "Cuộc kiểm tra của tôi": one year's visits (this year unless `nam` says otherwise), by planned day, the
 * overdue marked; `ky` keeps one group of the inspector's day (hom-nay, tuan-nay, qua-han, sap-toi),
 * `trang-thai` one state (the home's "Cần chú ý" figures link here with it).
 */
export function MyVisitsScreen() {
  const { t, language } = useI18n();
  const [params, setParams] = useUrlParams(PARAMS);
  const today = vietnamToday();
  const thisYear = Number(today.slice(0, 4));
  const year = Number(params.nam) || thisYear;
  const period = periodParam(params.ky);
  const status = statusParam(params['trang-thai']);
  const { data, previousData, loading, error } = useQuery(myVisitsQuery);
  const all = (data ?? previousData)?.myVisits ?? [];
  const visits = all
    .filter((visit) => visit.team.year === year && (status === null || visit.status === status))
    .map((visit) => ({ visit, period: dayPeriod(datedVisit(visit), today) }))
    .filter((row) => period === null || row.period === period)
    .sort((a, b) => byPlannedDay(datedVisit(a.visit), datedVisit(b.visit)));
  return (
    <>
      <PageHeader title={t('visits.title')} />
      <div className="stack">
        <div className="visit-filters">
          <YearSelect
            label={t('visits.year')}
            value={year}
            onChange={(chosen) => setParams({ nam: chosen === thisYear ? null : chosen })}
            data-testid="my-visits-year"
          />
          <Select
            label={t('visits.period')}
            value={period ?? ''}
            onChange={(chosen) => setParams({ ky: chosen || null })}
            placeholder={t('visits.allPeriods')}
            options={DAY_PERIODS.map((value) => ({ value, label: t(PERIOD_LABELS[value]) }))}
            data-testid="my-visits-period"
          />
          <Select
            label={t('visits.statusFilter')}
            value={status ?? ''}
            onChange={(chosen) => setParams({ 'trang-thai': chosen || null })}
            placeholder={t('visits.allStatuses')}
            options={STATUSES.map((value) => ({ value, label: t(`visits.status.${value}`) }))}
            data-testid="my-visits-status"
          />
        </div>
        {error && all.length === 0 && (
          <Banner tone="error">{describeError(error, language).message ?? t('common.networkError')}</Banner>
        )}
        {loading && all.length === 0 && <Spinner label={t('common.loading')} />}
        {!loading && !error && all.length === 0 && <p className="muted">{t('visits.empty')}</p>}
        {all.length > 0 && visits.length === 0 && (
          <p className="muted" data-testid="my-visits-none">
            {t('visits.noneMatching')}
          </p>
        )}
        {visits.length > 0 && (
          <ul className="visit-list" aria-label={t('visits.title')}>
            {visits.map(({ visit, period: visitPeriod }) => (
              <li key={visit.id}>
                <MyVisitRow visit={visit} period={visitPeriod} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
