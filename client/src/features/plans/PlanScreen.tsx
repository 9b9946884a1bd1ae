import { useQuery } from '@apollo/client/react';
import { describeError } from '../../apollo/errors';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { PageHeader } from '../../ui/PageHeader';
import { Spinner } from '../../ui/Spinner';
import { TableWrap } from '../../ui/TableWrap';
import '../../ui/data.css';
import { can } from '../auth/permissions';
import { useCurrentUser } from '../auth/session';
import { AddLineForm } from './AddLineForm';
import { inspectionPlanQuery } from './operations';
import { PlanLineRow } from './PlanLineRow';
import { ProgressTable } from './ProgressTable';
import { byName } from './plan-choices';

/** One inspection plan: its progress by month and its units, each with its month, team and visit. */
export function PlanScreen({ planId }: { planId: string }) {
  const { t, language } = useI18n();
  const user = useCurrentUser();
  const canManage = can(user, 'PLAN_MANAGE');
  const { data, loading, error } = useQuery(inspectionPlanQuery, {
    variables: { id: planId },
    fetchPolicy: 'cache-and-network',
  });
  const plan = data?.inspectionPlan;
  if (!plan) {
    if (loading) return <Spinner label={t('common.loading')} />;
    return (
      <Banner tone="error">
        {error ? (describeError(error, language).message ?? t('plans.notFound')) : t('plans.notFound')}
      </Banner>
    );
  }
  const lines = [...plan.lines].sort(
    (a, b) =>
      a.plannedMonth - b.plannedMonth ||
      (a.plannedDate ?? '').localeCompare(b.plannedDate ?? '') ||
      byName.compare(a.unit.name, b.unit.name),
  );
  return (
    <>
      <PageHeader title={plan.title}>
        <span className="muted">
          {t('plans.document', { number: plan.documentNumber, date: formatDate(plan.documentDate) })}
        </span>
      </PageHeader>
      <div className="stack">
        <p className="muted">
          {t('plans.template')}: {plan.template.name}
        </p>
        <ProgressTable plan={plan} />
        <section className="stack" aria-labelledby="lines-title">
          <h2 id="lines-title" className="section-title">
            {t('plans.lines')} ({lines.length})
          </h2>
          {lines.length === 0 ? (
            <p className="muted">{t('plans.noLines')}</p>
          ) : (
            <TableWrap label={t('plans.lines')}>
              <table className="data-table data-table-cards">
                <thead>
                  <tr>
                    <th>{t('plans.unit')}</th>
                    <th>{t('plans.when')}</th>
                    <th>{t('plans.team')}</th>
                    <th>{t('plans.visit')}</th>
                    {canManage && <th aria-label={t('plans.changeLine')} />}
                  </tr>
                </thead>
                <tbody>
                  {lines.map((line) => (
                    <PlanLineRow key={line.id} line={line} plan={plan} canManage={canManage} />
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
          {canManage && <AddLineForm plan={plan} />}
        </section>
      </div>
    </>
  );
}
