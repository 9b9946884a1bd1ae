import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { TitledSection } from '../../ui/TitledSection';
import type { Assessment } from './operations';

/** Scores of criteria a re-issued set dropped: kept as history, not counted. */
export function RetiredScores({ scores }: { scores: Assessment['retiredScores'] }) {
  const { t } = useI18n();
  return (
    <TitledSection
      titleId="retired-title"
      title={t('selfAssessment.retired')}
      className="card stack"
      testId="retired-scores"
    >
      <p className="muted">{t('selfAssessment.retiredHint')}</p>
      <ul className="record-list">
        {scores.map((s) => (
          <li key={s.id} className="record">
            <p className="record-title">
              {s.criterion.code}. {s.criterion.text}
            </p>
            <p className="record-meta">
              {s.notApplicable
                ? t('selfAssessment.state.NOT_APPLICABLE')
                : s.points == null
                  ? t('selfAssessment.state.UNSCORED')
                  : t('selfAssessment.pointsOf', {
                      points: formatNumber(s.points),
                      max: formatNumber(s.criterion.maxPoints),
                    })}
              {s.retiredInRevision != null && ` · ${t('selfAssessment.retiredIn', { revision: s.retiredInRevision })}`}
            </p>
          </li>
        ))}
      </ul>
    </TitledSection>
  );
}
