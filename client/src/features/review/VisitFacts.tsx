import { formatDate, formatInstant } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { UnitAsOfName } from '../units/UnitAsOfName';
import type { ReviewVisit } from './review-visit';

/** The unit, the team and its lead, and the visit's dates. */
export function VisitFacts({ visit }: { visit: ReviewVisit }) {
  const { t } = useI18n();
  const lead = visit.team.members.find((member) => member.role === 'LEAD');
  return (
    <section className="card">
      <dl className="fact-list">
        <dt>{t('review.unit')}</dt>
        <dd data-testid="visit-unit">
          <UnitAsOfName asOf={visit.unitAsOf} unit={visit.unit} />
        </dd>
        <dt>{t('review.team')}</dt>
        <dd>
          {visit.team.name}
          {lead && ` (${t('plans.teamRole.LEAD')}: ${lead.user.fullName})`}
        </dd>
        {visit.plannedMonth != null && (
          <>
            <dt>{t('review.plannedMonth')}</dt>
            <dd>{t('plans.monthOnly', { month: visit.plannedMonth })}</dd>
          </>
        )}
        <dt>{t('review.visitDate')}</dt>
        <dd>{visit.visitDate ? formatDate(visit.visitDate) : '—'}</dd>
        {visit.submittedAt ? (
          <>
            <dt>{t('review.submittedAt')}</dt>
            <dd>{formatInstant(visit.submittedAt, { withTime: true })}</dd>
          </>
        ) : null}
        {visit.approvedAt ? (
          <>
            <dt>{t('review.approvedAt')}</dt>
            <dd>{formatInstant(visit.approvedAt, { withTime: true })}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
