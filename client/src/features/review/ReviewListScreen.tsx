import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../apollo/errors';
import type { VisitStatus } from '../../apollo/generated/graphql';
import { recordPath } from '../../app/routes';
import { useYearFilterParam } from '../../app/year-param';
import { formatDate, formatInstant } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { PageHeader } from '../../ui/PageHeader';
import { Select } from '../../ui/Select';
import { YearSelect } from '../../ui/YearSelect';
import '../../ui/data.css';
import { RecordLinks } from '../../ui/RecordLinks';
import { VisitStatusBadge } from '../../ui/StatusBadges';
import { UnitAsOfName } from '../units/UnitAsOfName';
import { reviewVisitsQuery } from './operations';

const STATUSES: VisitStatus[] = ['SUBMITTED', 'RETURNED', 'IN_PROGRESS', 'PLANNED', 'APPROVED'];

export function ReviewListScreen() {
  const { t, language } = useI18n();
  const [status, setStatus] = useState<string>('SUBMITTED');
  const [year, setYear] = useYearFilterParam();
  const { data, loading, error } = useQuery(reviewVisitsQuery, {
    variables: { status: (status || null) as VisitStatus | null, year },
    fetchPolicy: 'cache-and-network',
  });
  const visits = data?.visits ?? [];
  return (
    <>
      <PageHeader title={t('review.title')}>
        {data && <span className="muted">{t('review.count', { count: visits.length })}</span>}
      </PageHeader>
      <div className="stack">
        <div className="filters">
          <Select
            label={t('review.filterStatus')}
            value={status}
            onChange={setStatus}
            placeholder={t('review.allStatuses')}
            options={STATUSES.map((value) => ({ value, label: t(`review.status.${value}`) }))}
          />
          <YearSelect label={t('review.year')} value={year} onChange={setYear} allLabel={t('review.allYears')} />
        </div>
        {error && <Banner tone="error">{describeError(error, language).message ?? t('common.networkError')}</Banner>}
        <RecordLinks
          records={visits}
          loading={loading}
          failed={Boolean(error)}
          emptyText={t('review.empty')}
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
      </div>
    </>
  );
}
