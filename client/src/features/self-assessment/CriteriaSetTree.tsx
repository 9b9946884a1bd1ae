import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Spinner } from '../../ui/Spinner';
import { areasOf } from './assessment-tree';
import { CriterionGuidance } from './CriterionGuidance';
import { criteriaSetQuery } from './operations';

/** A criteria set read-only: its areas, criteria and components with their points and guidance. */
export function CriteriaSetTree({ setId }: { setId: string }) {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(criteriaSetQuery, { variables: { id: setId } });
  const areas = useMemo(() => areasOf(data?.criteriaSet.criteria ?? []), [data]);
  if (loading && !data) return <Spinner label={t('common.loading')} />;
  if (error && !data) return <Banner tone="error">{t('common.networkError')}</Banner>;
  return (
    <div className="stack criteria-set-tree" data-testid="criteria-set-tree">
      {areas.map(({ area, items }) => (
        <section key={area.id} className="stack" aria-label={`${area.code}. ${area.text}`}>
          <p className="area-name set-area">
            {area.code}. {area.text} ·{' '}
            <span className="muted">{t('selfAssessment.maxPoints', { max: formatNumber(area.maxPoints) })}</span>
          </p>
          <ul className="set-items">
            {items.map(({ criterion, depth }) => (
              <li key={criterion.id} className={`set-item depth-${depth}`}>
                <p>
                  <strong>{criterion.code}</strong> {criterion.text} ·{' '}
                  <span className="muted">
                    {t('selfAssessment.maxPoints', { max: formatNumber(criterion.maxPoints) })}
                  </span>
                </p>
                {criterion.isLeaf && <CriterionGuidance criterion={criterion} />}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
