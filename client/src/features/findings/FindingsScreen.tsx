import { useQuery } from '@apollo/client/react';
import { describeError } from '../../apollo/errors';
import type { FindingFilter, FindingSeverity, FindingStatus } from '../../apollo/generated/graphql';
import { enumParam, listPage, pageWindow, yearFilter } from '../../app/list-page';
import { useSearch } from '../../app/router';
import { useUrlParams } from '../../app/url-params';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { PageHeader } from '../../ui/PageHeader';
import { Pager } from '../../ui/Pager';
import { SearchBox } from '../../ui/SearchBox';
import { Select } from '../../ui/Select';
import { Spinner } from '../../ui/Spinner';
import { YearSelect } from '../../ui/YearSelect';
import '../../ui/data.css';
import { can } from '../auth/permissions';
import { useCurrentUser } from '../auth/session';
import { UnitVisitsNotices } from '../documents/UnitVisitsNotices';
import { type CounterFilter, FindingCounters } from './FindingCounters';
import { FindingLink } from './FindingLink';
import { FindingsTable } from './FindingsTable';
import { findingCountsQuery, findingsQuery } from './operations';

const STATUSES: FindingStatus[] = ['OPEN', 'REMEDIATION_REPORTED', 'CLOSED'];
const SEVERITIES: FindingSeverity[] = ['HIGH', 'MEDIUM', 'LOW'];

/**
 * The address parameters of the list: year, search, page, status, overdue only, severity and unit
 * (`/ton-tai?qua-han=1`, `/ton-tai?trang-thai=OPEN`).
 */
const PARAMS = ['nam', 'q', 'trang', 'trang-thai', 'qua-han', 'muc-do', 'don-vi'] as const;

/**
 * The findings list. Beside an open finding (`compact`, a wide screen's `SplitView`) it is a table whose
 * current row is `selectedId`; alone, a list of cards. Either way a row's address keeps the list's parameters.
 */
export function FindingsScreen({
  compact = false,
  selectedId = null,
}: {
  compact?: boolean;
  selectedId?: string | null;
}) {
  const { t, language } = useI18n();
  const search = useSearch();
  const user = useCurrentUser();
  // A unit's own findings (the unit head's record scope), titled as such.
  const own = can(user, 'VISIT_READ_UNIT');
  const [params, setParams] = useUrlParams(PARAMS);
  const year = yearFilter(params.nam);
  const status = enumParam(params['trang-thai'], STATUSES);
  const overdue = params['qua-han'] === '1';
  const page = listPage(params.trang);
  const yearOnly: FindingFilter = year ? { year } : {};
  const filter: FindingFilter = {
    ...yearOnly,
    status,
    overdue: overdue || null,
    severity: enumParam(params['muc-do'], SEVERITIES),
    search: params.q || null,
    unitId: params['don-vi'] || null,
  };
  const { data, previousData, loading, error } = useQuery(findingsQuery, {
    variables: { filter, ...pageWindow(page) },
    fetchPolicy: 'cache-and-network',
  });
  // The counters follow the year only, so they keep showing the whole picture while the list is narrowed.
  const counts = useQuery(findingCountsQuery, { variables: { filter: yearOnly }, fetchPolicy: 'cache-and-network' });
  const result = (data ?? previousData)?.findingPage;
  const findings = result?.items ?? [];
  const c = counts.data?.findingCounts;
  const counter: CounterFilter = overdue && !status ? 'OVERDUE' : !overdue ? status : null;
  const pickCounter = (picked: CounterFilter) =>
    setParams({
      'trang-thai': picked === 'OVERDUE' ? null : picked,
      'qua-han': picked === 'OVERDUE' ? '1' : null,
    });
  return (
    <>
      <PageHeader title={own ? t('findings.titleOwn') : t('findings.title')}>
        {own && user.unit && <span className="muted">{user.unit.name}</span>}
      </PageHeader>
      <div className="stack">
        {c && <FindingCounters counts={c} active={counter} onPick={pickCounter} />}
        <div className="filters">
          <SearchBox
            label={t('findings.search')}
            placeholder={t('findings.searchHint')}
            value={params.q}
            onSearch={(q) => setParams({ q })}
          />
          <YearSelect
            label={t('findings.year')}
            value={year}
            onChange={(value: number | null) => setParams({ nam: value })}
            allLabel={t('findings.allYears')}
          />
          <Select
            label={t('findings.status')}
            value={status ?? ''}
            onChange={(value) => setParams({ 'trang-thai': value })}
            placeholder={t('findings.allStatuses')}
            options={STATUSES.map((value) => ({ value, label: t(`findings.status.${value}`) }))}
          />
          <Select
            label={t('findings.severity')}
            value={filter.severity ?? ''}
            onChange={(value) => setParams({ 'muc-do': value })}
            placeholder={t('findings.allSeverities')}
            options={SEVERITIES.map((value) => ({ value, label: t(`findings.severity.${value}`) }))}
          />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={overdue}
              onChange={(event) => setParams({ 'qua-han': event.target.checked ? '1' : null })}
            />
            {t('findings.overdueOnly')}
          </label>
        </div>
        {error && <Banner tone="error">{describeError(error, language).message ?? t('common.networkError')}</Banner>}
        {loading && !result && <Spinner label={t('common.loading')} />}
        {result && !error && findings.length === 0 && <p className="muted">{t('findings.empty')}</p>}
        {compact ? (
          findings.length > 0 && <FindingsTable findings={findings} selectedId={selectedId} search={search} />
        ) : (
          <ul className="record-list">
            {findings.map((finding) => (
              <li key={finding.id}>
                <FindingLink finding={finding} search={search} />
              </li>
            ))}
          </ul>
        )}
        {result && result.total > 0 && (
          <Pager
            page={page}
            shown={findings.length}
            total={result.total}
            summary={(position) => t('findings.range', position)}
            onPage={(next) => setParams({ trang: next })}
          />
        )}
        {can(user, 'NOTICE_ACKNOWLEDGE') && <UnitVisitsNotices />}
      </div>
    </>
  );
}
