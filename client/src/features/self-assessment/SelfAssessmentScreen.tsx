import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useRequestProblem } from '../../apollo/useRequestProblem';
import { linkClick, navigate } from '../../app/router';
import { criteriaSetsPath, selfAssessmentPath } from '../../app/routes';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { Spinner } from '../../ui/Spinner';
import { YearSelect } from '../../ui/YearSelect';
import '../../ui/data.css';
import './self-assessment.css';
import { can } from '../auth/permissions';
import { useCurrentUser } from '../auth/session';
import { AssessmentView } from './AssessmentView';
import { selfAssessmentQuery, selfAssessmentsQuery, startSelfAssessmentMutation } from './operations';

/**
 * Tự đánh giá, chấm điểm Chỉ số CCHC of a year (`/tu-danh-gia/2025`): the office scores, cites evidence,
 * submits and enters the appraisal; leadership reads and approves or returns. Without a year in the
 * address it opens the newest year that has one.
 */
export function SelfAssessmentScreen({ year }: { year: number | null }) {
  if (year === null) return <NewestYear />;
  return <AssessmentOfYear key={year} year={year} />;
}

function NewestYear() {
  const { t } = useI18n();
  const { data, error } = useQuery(selfAssessmentsQuery);
  useEffect(() => {
    if (data)
      navigate(selfAssessmentPath(data.selfAssessments[0]?.year ?? new Date().getFullYear()), { replace: true });
  }, [data]);
  if (error && !data) return <Banner tone="error">{t('common.networkError')}</Banner>;
  return <Spinner label={t('common.loading')} />;
}

function AssessmentOfYear({ year }: { year: number }) {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(selfAssessmentQuery, { variables: { year } });
  const assessment = data?.selfAssessment ?? null;
  return (
    <div className="stack self-assessment" data-testid="self-assessment-screen">
      <PageHeader title={t('selfAssessment.title')} />
      <div className="filters assessment-filters">
        <YearSelect
          label={t('selfAssessment.year')}
          value={year}
          onChange={(next) => navigate(selfAssessmentPath(next))}
          ahead
          data-testid="self-assessment-year"
        />
        <a className="btn btn-secondary" href={criteriaSetsPath(year)} onClick={linkClick(criteriaSetsPath(year))}>
          {t('selfAssessment.criteriaSets')}
        </a>
      </div>
      {loading && !data && <Spinner label={t('common.loading')} />}
      {error && !data && <Banner tone="error">{t('selfAssessment.loadError', { year })}</Banner>}
      {data && !assessment && <NotStarted year={year} hasSet={data.criteriaSets.length > 0} />}
      {assessment && <AssessmentView assessment={assessment} />}
    </div>
  );
}

/** A year without an assessment: the office starts it on the year's latest criteria set, once there is one. */
function NotStarted({ year, hasSet }: { year: number; hasSet: boolean }) {
  const { t } = useI18n();
  const canEdit = can(useCurrentUser(), 'SELF_ASSESSMENT_EDIT');
  const { problem, attempt } = useRequestProblem();
  const [start, { loading }] = useMutation(startSelfAssessmentMutation, {
    refetchQueries: [{ query: selfAssessmentQuery, variables: { year } }],
    awaitRefetchQueries: true,
  });
  return (
    <section className="card stack" data-testid="self-assessment-none">
      <p>{t('selfAssessment.none', { year })}</p>
      {!hasSet && (
        <p className="muted">
          {t('selfAssessment.noSet', { year })}{' '}
          <a href={criteriaSetsPath(year)} onClick={linkClick(criteriaSetsPath(year))}>
            {t('selfAssessment.criteriaSets')}
          </a>
        </p>
      )}
      {hasSet && canEdit && (
        <div>
          <Button
            onClick={() => void attempt(() => start({ variables: { year } }))}
            disabled={loading}
            data-testid="self-assessment-start"
          >
            {loading ? t('selfAssessment.starting') : t('selfAssessment.start', { year })}
          </Button>
        </div>
      )}
      {problem && <Banner tone="error">{problem.message ?? t('common.networkError')}</Banner>}
    </section>
  );
}
