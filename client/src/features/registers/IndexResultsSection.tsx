import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { AssessmentIndex } from '../../apollo/generated/graphql';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { IndexResultForm } from './IndexResultForm';
import { rankText } from './index-rank';
import { indexResultsQuery } from './operations';
import { RegisterFiles } from './RegisterFiles';
import { RegisterStatus } from './RegisterSection';

const INDICES: AssessmentIndex[] = ['SIPAS', 'PAR_INDEX'];

/** SIPAS and PAR INDEX of the year as published: one result per index, added or corrected. */
export function IndexResultsSection({ year, canEdit }: { year: number; canEdit: boolean }) {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(indexResultsQuery, { variables: { year } });
  const [editing, setEditing] = useState<AssessmentIndex | null>(null);
  const results = data?.indexResults ?? [];
  return (
    <section className="stack" aria-label={t('registers.tab.indices')} data-testid="register-indices">
      <RegisterFiles register="index-results" year={year} canEdit={canEdit} />
      <RegisterStatus loading={loading} error={error} />
      {data &&
        INDICES.map((index) => {
          const result = results.find((r) => r.index === index) ?? null;
          if (editing === index)
            return (
              <IndexResultForm key={index} year={year} index={index} result={result} onDone={() => setEditing(null)} />
            );
          return (
            <section key={index} className="card stack" data-testid={`index-${index}`}>
              <h2 className="section-title">{t(`registers.index.${index}`)}</h2>
              {result ? (
                <>
                  <p className="card-strong">
                    {t('registers.indexTotal', { score: formatNumber(result.totalScore) })}
                    {result.rank != null && ` · ${rankText(t, result.rank, result.rankOf)}`}
                  </p>
                  {result.components.length > 0 && (
                    <ul className="stack document-links">
                      {result.components.map((c) => (
                        <li key={c.name}>
                          {c.name}: {formatNumber(c.score)}
                          {c.maxScore != null && `/${formatNumber(c.maxScore)}`}
                        </li>
                      ))}
                    </ul>
                  )}
                  {result.note && <p className="muted">{result.note}</p>}
                </>
              ) : (
                <p className="muted">{t('registers.indexMissing', { year })}</p>
              )}
              {canEdit && (
                <Button variant="secondary" block onClick={() => setEditing(index)}>
                  {result ? t('registers.edit') : t('registers.indexAdd')}
                </Button>
              )}
            </section>
          );
        })}
    </section>
  );
}
