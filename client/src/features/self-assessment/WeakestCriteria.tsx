import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { criterionAnchor, showCriterion } from './assessment-tree';
import type { Comparison } from './comparison.operations';
import { DifferenceText } from './DifferenceText';

/** A criterion's code and text as a link that opens its card in the criteria below. */
function CriterionLink({ code, text }: { code: string; text: string }) {
  return (
    <a
      className="criterion-link"
      href={`#${criterionAnchor(code)}`}
      onClick={(event) => {
        event.preventDefault();
        showCriterion(code);
      }}
    >
      <span>
        <span className="criterion-code">{code}</span> {text}
      </span>
    </a>
  );
}

/**
 * The weakest scored criteria (lowest share of their maximum) with what their evidence lacks, and, once
 * appraised, the criteria whose appraisal differs from the self-score, largest gap first.
 */
export function WeakestCriteria({
  weakest,
  gaps,
}: {
  weakest: Comparison['weakest'];
  gaps: Comparison['appraisalGaps'];
}) {
  const { t } = useI18n();
  const n = (value: number) => formatNumber(value);
  const differing = gaps.filter((g) => g.gap !== 0);
  return (
    <>
      <h3 className="area-heading">{t('selfAssessment.weakest')}</h3>
      {weakest.length === 0 ? (
        <p className="muted">{t('selfAssessment.noWeakest')}</p>
      ) : (
        <ol className="weak-list" data-testid="weakest-criteria">
          {weakest.map((w) => (
            <li key={w.criterionId} data-testid={`weak-${w.code}`}>
              <CriterionLink code={w.code} text={w.text} />
              <p className="weak-figures">
                {t('selfAssessment.pointsOf', { points: n(w.selfPoints), max: n(w.maxPoints) })} ·{' '}
                {t('selfAssessment.ratio', { percent: formatNumber(w.ratio * 100, 0) })}
              </p>
              <p className="weak-badges">
                {w.evidenceCount === 0 && (
                  <span className="badge badge-danger">{t('selfAssessment.gapNoEvidence')}</span>
                )}
                {!w.hasExplanation && (
                  <span className="badge badge-warning">{t('selfAssessment.gapNoExplanation')}</span>
                )}
                {!w.evidenceGap && <span className="badge badge-success">{t('selfAssessment.evidenceOk')}</span>}
              </p>
            </li>
          ))}
        </ol>
      )}
      {gaps.length > 0 && (
        <>
          <h3 className="area-heading">{t('selfAssessment.appraisalGaps')}</h3>
          {differing.length === 0 ? (
            <p className="muted">{t('selfAssessment.appraisalGapsNone', { count: gaps.length })}</p>
          ) : (
            <ul className="weak-list" data-testid="appraisal-gaps">
              {differing.map((g) => (
                <li key={g.criterionId} data-testid={`gap-${g.code}`}>
                  <CriterionLink code={g.code} text={g.text} />
                  <p className="weak-figures">
                    {t('selfAssessment.gapFigures', {
                      self: n(g.selfPoints),
                      appraisal: n(g.appraisalPoints),
                      max: n(g.maxPoints),
                    })}{' '}
                    · <DifferenceText value={g.gap} />
                  </p>
                </li>
              ))}
            </ul>
          )}
          {differing.length > 0 && differing.length < gaps.length && (
            <p className="muted">{t('selfAssessment.sameCount', { count: gaps.length - differing.length })}</p>
          )}
        </>
      )}
    </>
  );
}
