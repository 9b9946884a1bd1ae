import { useQuery } from '@apollo/client/react';
import { describeError } from '../../apollo/errors';
import { pageWindow } from '../../app/list-page';
import { PAGE_PARAM, pageNumber, useUrlParams } from '../../app/url-params';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/vi';
import { Banner } from '../../ui/Banner';
import { PageHeader } from '../../ui/PageHeader';
import { Pager } from '../../ui/Pager';
import { Spinner } from '../../ui/Spinner';
import '../../ui/data.css';
import { useCurrentUser } from '../auth/session';
import { AuditLogFilters } from './AuditLogFilters';
import { AUDIT_LOG_PARAMS, auditLogFilter, RECORD_KINDS } from './audit-log-params';
import { HistoryGroupItem } from './HistoryGroupItem';
import { type HistoryEntry, readableHistory } from './history';
import { auditTrailPageQuery } from './operations';

/**
 * The whole system's log (nhật ký hệ thống), newest first, a page at a time: what each person did to
 * which kind of record, in the same sentences as a record's history; raw entries only for an admin.
 */
export function AuditLogScreen() {
  const { t, language } = useI18n();
  const user = useCurrentUser();
  const [params, setParams] = useUrlParams(AUDIT_LOG_PARAMS);
  const page = pageNumber(params[PAGE_PARAM]);
  const { data, previousData, loading, error } = useQuery(auditTrailPageQuery, {
    variables: { filter: auditLogFilter(params), ...pageWindow(page) },
    fetchPolicy: 'cache-and-network',
  });
  const result = (data ?? previousData)?.auditTrailPage;
  const entries: HistoryEntry[] = (result?.items ?? []).map((entry) => ({
    ...entry,
    at: String(entry.at),
    actorRole: entry.actorRole ?? null,
    itemLabel: entry.itemLabel ?? null,
  }));
  const groups = readableHistory(entries, t);
  const kindLabel = (type: string) =>
    (RECORD_KINDS as readonly string[]).includes(type) ? t(`auditLog.entity.${type}` as MessageKey) : undefined;
  return (
    <>
      <PageHeader title={t('auditLog.title')} />
      <div className="stack">
        <p className="muted">{t('auditLog.intro')}</p>
        <AuditLogFilters params={params} onChange={setParams} />
        {error && !result && (
          <Banner tone="error">{describeError(error, language).message ?? t('common.networkError')}</Banner>
        )}
        {loading && !result && <Spinner label={t('common.loading')} />}
        {result && groups.length === 0 && <p className="muted">{t('auditLog.none')}</p>}
        {groups.length > 0 && (
          <ul className="history-list card" data-testid="audit-log" aria-busy={loading || undefined}>
            {groups.map((group) => (
              <HistoryGroupItem
                key={group.id}
                group={group}
                technical={user.role === 'ADMIN'}
                recordKind={kindLabel(group.entries[0]?.entityType ?? '')}
              />
            ))}
          </ul>
        )}
        {result && result.total > 0 && (
          <Pager
            page={page}
            shown={result.items.length}
            total={result.total}
            summary={(position) =>
              // Changes one after another by one person on one record read as one line (history.ts): the
              // count says how many lines the page's entries became, so "1–20" beside two lines adds up.
              groups.length < result.items.length
                ? t('auditLog.rangeGrouped', { ...position, lines: groups.length })
                : t('auditLog.range', position)
            }
            onPage={(next) => setParams({ [PAGE_PARAM]: next > 1 ? next : null })}
          />
        )}
      </div>
    </>
  );
}
