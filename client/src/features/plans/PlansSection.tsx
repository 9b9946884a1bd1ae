import { useQuery } from '@apollo/client/react';
import { describeError } from '../../apollo/errors';
import { recordPath } from '../../app/routes';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { RecordLinks } from '../../ui/RecordLinks';
import { CreatePlanForm } from './CreatePlanForm';
import { inspectionPlansQuery } from './operations';

/** The year's inspection plans, each opening its own screen; the office can add one. */
export function PlansSection({ year, canManage }: { year: number; canManage: boolean }) {
  const { t, language } = useI18n();
  const { data, loading, error } = useQuery(inspectionPlansQuery, {
    variables: { year },
    fetchPolicy: 'cache-and-network',
  });
  const plans = data?.inspectionPlans ?? [];
  return (
    <section className="stack" aria-labelledby="plans-title">
      <h2 id="plans-title" className="section-title">
        {t('plans.plans', { year })}
      </h2>
      {error && <Banner tone="error">{describeError(error, language).message ?? t('common.networkError')}</Banner>}
      <RecordLinks
        records={plans}
        loading={loading}
        failed={Boolean(error)}
        emptyText={t('plans.noPlans')}
        href={(plan) => recordPath('plans', plan.id)}
        testId="plan-row"
      >
        {(plan) => (
          <>
            <p className="record-title">{plan.title}</p>
            <div className="record-meta">
              <span>{t('plans.document', { number: plan.documentNumber, date: formatDate(plan.documentDate) })}</span>
              <span>{plan.template.name}</span>
              <span>{t('plans.lineCount', { count: plan.lines.length })}</span>
            </div>
          </>
        )}
      </RecordLinks>
      {canManage && <CreatePlanForm year={year} />}
    </section>
  );
}
