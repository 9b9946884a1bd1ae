import { useQuery } from '@apollo/client/react';
import { describeError } from '../../apollo/errors';
import type { VisitStatus } from '../../apollo/generated/graphql';
import { enumParam, listPage, pageWindow, yearFilter } from '../../app/list-page';
import { recordPath } from '../../app/routes';
import { useUrlParams } from '../../app/url-params';
import { formatDate, formatInstant } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { PageHeader } from '../../ui/PageHeader';
import { Pager } from '../../ui/Pager';
import { SearchBox } from '../../ui/SearchBox';
import { Select } from '../../ui/Select';
import { YearSelect } from '../../ui/YearSelect';
import '../../ui/data.css';
import { RecordLinks } from '../../ui/RecordLinks';
import { VisitStatusBadge } from '../../ui/StatusBadges';
import { UnitAsOfName } from '../units/UnitAsOfName';
import { reviewVisitsQuery } from './operations';

const STATUSES: VisitStatus[] = ['SUBMITTED', 'RETURNED', 'IN_PROGRESS', 'PLANNED', 'APPROVED'];

/** The address parameters of the list: year, search, page, status and unit (`/duyet?trang-thai=SUBMITTED`). */
const PARAMS = ['nam', 'q', 'trang', 'trang-thai', 'don-vi'] as const;

export function ReviewListScreen() {
  const { t, language } = useI18n();
  const [params, setParams] = useUrlParams(PARAMS);
  const year = yearFilter(params.nam);
  const status = enumParam(params['trang-thai'], STATUSES);
  const page = listPage(params.trang);
  const filter = { year, status, search: params.q || null, unitId: params['don-vi'] || null };
  const { data, previousData, loading, error } = useQuery(reviewVisitsQuery, {
    variables: { filter, ...pageWindow(page) },
    fetchPolicy: 'cache-and-network',
  });
  // The page before keeps showing while the next one loads, so the list does not jump.
  const result = (data ?? previousData)?.visitPage;
  const visits = result?.items ?? [];
  return (
    <>
      <PageHeader title={t('review.title')}>
        {result && <span className="muted">{t('review.count', { count: result.total })}</span>}
      </PageHeader>
      <div className="stack">
        <div className="filters">
          <SearchBox
            label={t('review.search')}
            placeholder={t('review.searchHint')}
            value={params.q}
            onSearch={(q) => setParams({ q })}
          />
          <Select
            label={t('review.filterStatus')}
            value={status ?? ''}
            onChange={(value) => setParams({ 'trang-thai': value })}
            placeholder={t('review.allStatuses')}
            options={STATUSES.map((value) => ({ value, label: t(`review.status.${value}`) }))}
          />
          <YearSelect
            label={t('review.year')}
            value={year}
            onChange={(value: number | null) => setParams({ nam: value })}
            allLabel={t('review.allYears')}
          />
        </div>
        {error && <Banner tone="error">{describeError(error, language).message ?? t('common.networkError')}</Banner>}
        <RecordLinks
          records={visits}
          loading={loading && !result}
          failed={Boolean(error)}
          emptyText={
            filter.year || filter.status || filter.search || filter.unitId
              ? t('review.emptyFiltered')
              : t('review.empty')
          }
          href={(visit) => recordPath('review', visit.id)}
          testId="review-row"
        >
          {(visit) => (
            <>
              <p className="record-title">
                <UnitAsOfName asOf={visit.unitAsOf} unit={visit.unit} />
              </p>
              <div className="record-meta">
                <VisitStatusBadge status={visit.status} />
                <span>{visit.team.name}</span>
                {visit.visitDate && (
                  <span>
                    {t('review.visitDate')}: {formatDate(visit.visitDate)}
                  </span>
                )}
                {visit.submittedAt ? (
                  <span>
                    {t('review.submittedAt')}: {formatInstant(visit.submittedAt)}
                  </span>
                ) : null}
              </div>
            </>
          )}
        </RecordLinks>
        {result && result.total > 0 && (
          <Pager
            page={page}
            shown={visits.length}
            total={result.total}
            summary={(position) => t('review.range', position)}
            onPage={(next) => setParams({ trang: next })}
          />
        )}
      </div>
    </>
  );
}
