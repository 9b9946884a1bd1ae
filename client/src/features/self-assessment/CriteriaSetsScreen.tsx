import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { linkClick } from '../../app/router';
import { selfAssessmentPath } from '../../app/routes';
import { useYearParam } from '../../app/year-param';
import { formatDate, formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { Spinner } from '../../ui/Spinner';
import { TitledSection } from '../../ui/TitledSection';
import { YearSelect } from '../../ui/YearSelect';
import '../../ui/data.css';
import './self-assessment.css';
import { can } from '../auth/permissions';
import { useCurrentUser } from '../auth/session';
import { CriteriaImport } from './CriteriaImport';
import { CriteriaSetTree } from './CriteriaSetTree';
import { criteriaSetsQuery } from './operations';

/**
 * Bộ tiêu chí chấm điểm Chỉ số CCHC of a year (`/tu-danh-gia/bo-tieu-chi?nam=2025`): every revision the
 * province issued, newest first, each with its tree to read; the office imports a new one from Excel.
 */
export function CriteriaSetsScreen() {
  const { t } = useI18n();
  const canEdit = can(useCurrentUser(), 'SELF_ASSESSMENT_EDIT');
  const [year, setYear] = useYearParam(new Date().getFullYear());
  const { data, loading, error } = useQuery(criteriaSetsQuery, { variables: { year } });
  const [shown, setShown] = useState<string | null>(null);
  const sets = data?.criteriaSets ?? [];
  return (
    <div className="stack self-assessment" data-testid="criteria-sets-screen">
      <PageHeader title={t('criteriaSets.title')} />
      <div className="filters assessment-filters">
        <YearSelect
          label={t('selfAssessment.year')}
          value={year}
          onChange={setYear}
          ahead
          data-testid="criteria-year"
        />
        <a className="btn btn-secondary" href={selfAssessmentPath(year)} onClick={linkClick(selfAssessmentPath(year))}>
          {t('criteriaSets.assessmentOf', { year })}
        </a>
      </div>
      <TitledSection titleId="criteria-sets-title" title={t('criteriaSets.revisions', { year })} testId="criteria-sets">
        {loading && !data && <Spinner label={t('common.loading')} />}
        {error && !data && <Banner tone="error">{t('common.networkError')}</Banner>}
        {data && sets.length === 0 && <p className="muted">{t('criteriaSets.none', { year })}</p>}
        <ul className="record-list">
          {sets.map((set, index) => (
            <li key={set.id} className="record stack" data-testid={`criteria-set-${set.revision}`}>
              <p className="record-title">
                {t('criteriaSets.revision', { revision: set.revision })}{' '}
                {index === 0 && <span className="badge badge-success">{t('criteriaSets.current')}</span>}
              </p>
              <p>{set.title}</p>
              <p className="record-meta">
                {t('criteriaSets.issued', {
                  number: set.documentNumber,
                  issuedOn: formatDate(set.issuedOn),
                  effectiveOn: formatDate(set.effectiveOn),
                  total: formatNumber(set.totalPoints),
                })}
              </p>
              <div>
                <Button
                  variant="secondary"
                  aria-expanded={shown === set.id}
                  onClick={() => setShown(shown === set.id ? null : set.id)}
                  data-testid={`criteria-set-show-${set.revision}`}
                >
                  {shown === set.id ? t('criteriaSets.hide') : t('criteriaSets.show')}
                </Button>
              </div>
              {shown === set.id && <CriteriaSetTree setId={set.id} />}
            </li>
          ))}
        </ul>
      </TitledSection>
      {canEdit && <CriteriaImport key={year} year={year} nextRevision={sets.length + 1} />}
    </div>
  );
}
