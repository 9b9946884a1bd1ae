import type { SelfAssessmentStatus } from '../../apollo/generated/graphql';
import { formatDate, formatInstant, formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import type { Assessment } from './operations';

const TONE: Record<SelfAssessmentStatus, string> = {
  DRAFT: 'badge badge-muted',
  SUBMITTED: 'badge badge-warning',
  APPROVED: 'badge',
  APPRAISAL: 'badge badge-warning',
  FINAL: 'badge badge-success',
};

/** Where the assessment stands (Dự thảo ... Hoàn thành), who moved it there and when, and on which set. */
export function AssessmentStatus({ assessment }: { assessment: Assessment }) {
  const { t } = useI18n();
  const { status, criteriaSet: set } = assessment;
  const when = (value: unknown) => formatInstant(value, { withTime: true });
  const lines: string[] = [];
  if (assessment.submittedAt && status !== 'DRAFT')
    lines.push(
      t('selfAssessment.submittedBy', { name: assessment.submittedByName ?? '', at: when(assessment.submittedAt) }),
    );
  if (assessment.approvedAt && status !== 'DRAFT' && status !== 'SUBMITTED')
    lines.push(
      t('selfAssessment.approvedBy', { name: assessment.approvedByName ?? '', at: when(assessment.approvedAt) }),
    );
  if (assessment.finalisedAt && status === 'FINAL')
    lines.push(t('selfAssessment.finalisedAt', { at: when(assessment.finalisedAt) }));
  return (
    <section className="card stack assessment-status" aria-labelledby="assessment-status-title">
      <h2 id="assessment-status-title" className="section-title">
        {t('selfAssessment.statusTitle', { year: assessment.year })}{' '}
        <span className={TONE[status]} data-testid="assessment-status">
          {t(`selfAssessment.status.${status}`)}
        </span>
      </h2>
      {lines.map((line) => (
        <p key={line} className="assessment-status-line">
          {line}
        </p>
      ))}
      {status === 'DRAFT' && assessment.returnComment && Boolean(assessment.returnedAt) && (
        <div className="banner banner-warning" data-testid="assessment-returned">
          <p>{t('selfAssessment.returnedAt', { at: when(assessment.returnedAt) })}</p>
          <p className="pre-line">{assessment.returnComment}</p>
        </div>
      )}
      <p className="muted">
        {t('selfAssessment.setLine', {
          title: set.title,
          revision: set.revision,
          number: set.documentNumber,
          issuedOn: formatDate(set.issuedOn),
          effectiveOn: formatDate(set.effectiveOn),
          total: formatNumber(set.totalPoints),
        })}
      </p>
    </section>
  );
}
