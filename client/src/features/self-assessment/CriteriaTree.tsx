import { useEffect, useMemo, useState } from 'react';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { areasOf, criterionAnchor, leafState, onShowCriterion } from './assessment-tree';
import { CriterionCard } from './CriterionCard';
import type { Assessment } from './operations';

/** On a wide screen every area starts open; on a phone they start closed, to be opened one at a time. */
const wideScreen = () => typeof window.matchMedia === 'function' && window.matchMedia('(min-width: 720px)').matches;

/** The set with the value added, or taken out when it was there. */
function flipped(set: ReadonlySet<string>, value: string): ReadonlySet<string> {
  const next = new Set(set);
  if (!next.delete(value)) next.add(value);
  return next;
}

/** The criteria by area (lĩnh vực), each area a section that opens and closes, its scored criteria as cards. */
export function CriteriaTree({ assessment }: { assessment: Assessment }) {
  const { t } = useI18n();
  const areas = useMemo(() => areasOf(assessment.criteria), [assessment.criteria]);
  const scores = useMemo(() => new Map(assessment.scores.map((s) => [s.criterionId, s])), [assessment.scores]);
  const totals = new Map(assessment.totals.areas.map((a) => [a.criterionId, a]));
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(wideScreen() ? areas.map((a) => a.area.id) : []));
  const [openCriteria, setOpenCriteria] = useState<ReadonlySet<string>>(() => new Set());

  useEffect(
    () =>
      onShowCriterion((code) => {
        const area = areas.find((a) => a.items.some((i) => i.criterion.code === code));
        if (!area) return;
        setOpen((prev) => new Set(prev).add(area.area.id));
        setOpenCriteria((prev) => new Set(prev).add(code));
        requestAnimationFrame(() => document.getElementById(criterionAnchor(code))?.scrollIntoView());
      }),
    [areas],
  );

  const toggle = (id: string) => setOpen((prev) => flipped(prev, id));

  return (
    <section className="stack" aria-labelledby="criteria-title" data-testid="criteria-tree">
      <div className="criteria-tree-head">
        <h2 id="criteria-title" className="section-title">
          {t('selfAssessment.criteria')}
        </h2>
        <div className="row">
          <Button variant="secondary" onClick={() => setOpen(new Set(areas.map((a) => a.area.id)))}>
            {t('selfAssessment.openAll')}
          </Button>
          <Button variant="secondary" onClick={() => setOpen(new Set())}>
            {t('selfAssessment.closeAll')}
          </Button>
        </div>
      </div>
      {areas.map(({ area, items }) => {
        const isOpen = open.has(area.id);
        const total = totals.get(area.id);
        const pending = items.filter(
          (i) => i.criterion.isLeaf && ['UNSCORED', 'NEEDS_REVIEW'].includes(leafState(scores.get(i.criterion.id))),
        ).length;
        return (
          <section key={area.id} className="card area" data-testid={`area-${area.code}`}>
            <h3 className="area-heading">
              <button
                type="button"
                className="area-toggle"
                aria-expanded={isOpen}
                aria-controls={`area-body-${area.id}`}
                onClick={() => toggle(area.id)}
                data-testid="area-toggle"
              >
                <span className="area-name">
                  {area.code}. {area.text}
                </span>
                <span className="area-meta">
                  {total &&
                    t('selfAssessment.selfPointsOf', {
                      points: formatNumber(total.selfPoints),
                      max: formatNumber(total.maxPoints),
                    })}
                  {total?.appraisalPoints != null && (
                    <span>{t('selfAssessment.appraisedPoints', { points: formatNumber(total.appraisalPoints) })}</span>
                  )}
                  {pending > 0 && (
                    <span className="badge badge-warning">{t('selfAssessment.pending', { count: pending })}</span>
                  )}
                </span>
              </button>
            </h3>
            {isOpen && (
              <div id={`area-body-${area.id}`} className="stack area-body">
                {items.map(({ criterion, depth }) =>
                  criterion.isLeaf ? (
                    <CriterionCard
                      key={criterion.id}
                      criterion={criterion}
                      score={scores.get(criterion.id)}
                      open={openCriteria.has(criterion.code)}
                      onToggle={() => setOpenCriteria((prev) => flipped(prev, criterion.code))}
                    />
                  ) : (
                    <h4 key={criterion.id} className={`criterion-group depth-${depth}`}>
                      {criterion.code} {criterion.text} ·{' '}
                      <span className="muted">
                        {t('selfAssessment.maxPoints', { max: formatNumber(criterion.maxPoints) })}
                      </span>
                    </h4>
                  ),
                )}
              </div>
            )}
          </section>
        );
      })}
    </section>
  );
}
