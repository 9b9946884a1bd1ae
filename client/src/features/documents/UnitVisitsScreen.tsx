import { useQuery } from '@apollo/client/react';
import { describeError } from '../../apollo/errors';
import type { UnitVisitFindingsQuery } from '../../apollo/generated/graphql';
import { linkClick } from '../../app/router';
import { recordPath } from '../../app/routes';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { PageHeader } from '../../ui/PageHeader';
import { Spinner } from '../../ui/Spinner';
import { FindingStatusBadge } from '../../ui/StatusBadges';
import { myUnitVisitsQuery, unitVisitFindingsQuery } from './operations';
import { UnitVisitDocuments } from './UnitVisitDocuments';

/**
 * The unit head's own unit's approved visits, newest first: each visit's minutes and conclusion notice
 * and the findings it raised, to read. The server keeps both lists to the head's unit (record scope UNIT).
 */
export function UnitVisitsScreen() {
  const { t, language } = useI18n();
  const visits = useQuery(myUnitVisitsQuery, { fetchPolicy: 'cache-and-network' });
  const findings = useQuery(unitVisitFindingsQuery, { fetchPolicy: 'cache-and-network' });
  const list = [...(visits.data?.myUnitVisits ?? [])].sort((a, b) =>
    (b.visitDate ?? '').localeCompare(a.visitDate ?? ''),
  );
  const findingsOf = (visitId: string) => (findings.data?.findings ?? []).filter((f) => f.visitId === visitId);

  return (
    <>
      <PageHeader title={t('unitVisits.title')}>
        {visits.data && <span className="muted">{t('unitVisits.count', { count: list.length })}</span>}
      </PageHeader>
      <div className="stack" data-testid="unit-visits">
        {visits.error && !visits.data && (
          <Banner tone="error">{describeError(visits.error, language).message ?? t('common.networkError')}</Banner>
        )}
        {visits.loading && !visits.data && <Spinner label={t('common.loading')} />}
        {visits.data && list.length === 0 && <p className="muted">{t('unitVisits.empty')}</p>}
        {list.map((visit) => (
          <article key={visit.id} className="stack unit-visit" data-testid="unit-visit">
            <UnitVisitDocuments visitId={visit.id} />
            <VisitFindings findings={findingsOf(visit.id)} loading={findings.loading && !findings.data} />
          </article>
        ))}
      </div>
    </>
  );
}

type VisitFinding = UnitVisitFindingsQuery['findings'][number];

function VisitFindings({ findings, loading }: { findings: VisitFinding[]; loading: boolean }) {
  const { t } = useI18n();
  if (loading) return null;
  return (
    <section className="card stack" data-testid="unit-visit-findings">
      <h3 className="section-title">{t('unitVisits.findings', { count: findings.length })}</h3>
      {findings.length === 0 && <p className="muted">{t('unitVisits.noFindings')}</p>}
      <ul className="record-list">
        {findings.map((finding) => {
          const href = recordPath('findings', finding.id);
          return (
            <li key={finding.id}>
              <a className="record" href={href} onClick={linkClick(href)}>
                <span>{finding.foundText}</span>
                <span className="record-meta">
                  <FindingStatusBadge status={finding.status} />
                  <span className={finding.overdue ? 'text-danger' : undefined}>
                    {t('findings.deadline')}:{' '}
                    {finding.deadline ? formatDate(finding.deadline) : t('findings.noDeadline')}
                  </span>
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
