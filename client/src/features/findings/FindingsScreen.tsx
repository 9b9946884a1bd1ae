import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../apollo/errors';
import type { FindingFilter, FindingStatus } from '../../apollo/generated/graphql';
import { linkClick } from '../../app/router';
import { recordPath } from '../../app/routes';
import { useYearFilterParam } from '../../app/year-param';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { PageHeader } from '../../ui/PageHeader';
import { Select } from '../../ui/Select';
import { Spinner } from '../../ui/Spinner';
import { YearSelect } from '../../ui/YearSelect';
import '../../ui/data.css';
import { FindingStatusBadge, SeverityBadge } from '../../ui/StatusBadges';
import { can } from '../auth/permissions';
import { useCurrentUser } from '../auth/session';
import { UnitVisitsNotices } from '../documents/UnitVisitsNotices';
import { UnitAsOfName } from '../units/UnitAsOfName';
import { FindingWording } from './FindingWording';
import { findingCountsQuery, findingsQuery } from './operations';

const STATUSES: FindingStatus[] = ['OPEN', 'REMEDIATION_REPORTED', 'CLOSED'];

export function FindingsScreen() {
  const { t, language } = useI18n();
  const user = useCurrentUser();
  // A unit's own findings (the unit head's record scope), titled as such.
  const own = can(user, 'VISIT_READ_UNIT');
  const [year, setYear] = useYearFilterParam();
  const [status, setStatus] = useState('');
  const [overdue, setOverdue] = useState(false);
  const yearFilter: FindingFilter = year ? { year } : {};
  const filter: FindingFilter = {
    ...yearFilter,
    status: (status || null) as FindingStatus | null,
    overdue: overdue || null,
  };
  const { data, loading, error } = useQuery(findingsQuery, { variables: { filter }, fetchPolicy: 'cache-and-network' });
  // The counters follow the year only, so they keep showing the whole picture while the list is narrowed.
  const counts = useQuery(findingCountsQuery, { variables: { filter: yearFilter }, fetchPolicy: 'cache-and-network' });
  const findings = data?.findings ?? [];
  const c = counts.data?.findingCounts;
  return (
    <>
      <PageHeader title={own ? t('findings.titleOwn') : t('findings.title')}>
        {own && user.unit && <span className="muted">{user.unit.name}</span>}
      </PageHeader>
      <div className="stack">
        {c && (
          <div className="counters" data-testid="finding-counts">
            <div className="counter">
              <span className="counter-value">{c.open}</span>
              <span className="counter-label">{t('findings.countOpen')}</span>
            </div>
            <div className="counter">
              <span className="counter-value">{c.remediationReported}</span>
              <span className="counter-label">{t('findings.countReported')}</span>
            </div>
            <div className="counter">
              <span className="counter-value">{c.closed}</span>
              <span className="counter-label">{t('findings.countClosed')}</span>
            </div>
            <div className={c.overdue > 0 ? 'counter counter-danger' : 'counter'}>
              <span className="counter-value">{c.overdue}</span>
              <span className="counter-label">{t('findings.countOverdue')}</span>
            </div>
          </div>
        )}
        <div className="filters">
          <YearSelect label={t('findings.year')} value={year} onChange={setYear} allLabel={t('findings.allYears')} />
          <Select
            label={t('findings.status')}
            value={status}
            onChange={setStatus}
            placeholder={t('findings.allStatuses')}
            options={STATUSES.map((value) => ({ value, label: t(`findings.status.${value}`) }))}
          />
          <label className="checkbox">
            <input type="checkbox" checked={overdue} onChange={(event) => setOverdue(event.target.checked)} />
            {t('findings.overdueOnly')}
          </label>
        </div>
        {error && <Banner tone="error">{describeError(error, language).message ?? t('common.networkError')}</Banner>}
        {loading && findings.length === 0 && <Spinner label={t('common.loading')} />}
        {!loading && !error && findings.length === 0 && <p className="muted">{t('findings.empty')}</p>}
        <ul className="record-list">
          {findings.map((finding) => {
            const href = recordPath('findings', finding.id);
            return (
              <li key={finding.id}>
                <a
                  className={finding.overdue ? 'record record-overdue' : 'record'}
                  href={href}
                  onClick={linkClick(href)}
                  data-testid="finding-row"
                >
                  <span className="record-meta">
                    <strong>
                      <UnitAsOfName
                        asOf={finding.responsibleUnitAsOf}
                        unit={finding.responsibleUnit}
                        today={!finding.followingUnit}
                      />
                    </strong>
                    {finding.followingUnit && (
                      <span>{t('findings.followedBy', { unit: finding.followingUnit.name })}</span>
                    )}
                    {finding.visitDate && <span>{formatDate(finding.visitDate)}</span>}
                  </span>
                  <FindingWording foundText={finding.foundText} requirement={finding.requirement} />
                  <span className="record-meta">
                    <FindingStatusBadge status={finding.status} />
                    <SeverityBadge severity={finding.severity} />
                    <span className={finding.overdue ? 'text-danger' : undefined}>
                      {t('findings.deadline')}:{' '}
                      {finding.deadline ? formatDate(finding.deadline) : t('findings.noDeadline')}
                      {finding.overdue && ` · ${t('findings.overdue')}`}
                    </span>
                  </span>
                </a>
              </li>
            );
          })}
        </ul>
        {can(user, 'NOTICE_ACKNOWLEDGE') && <UnitVisitsNotices />}
      </div>
    </>
  );
}
