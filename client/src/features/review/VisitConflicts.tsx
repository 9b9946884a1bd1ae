import type { ReviewVisitDetailFragment } from '../../apollo/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { describeConflict } from './conflicts';
import './conflicts.css';

export const CONFLICTS_ANCHOR = 'review-conflicts';

/**
 * Values from the phones that did not go into the results: the later of two offline edits won, or the
 * write arrived after the visit was submitted. Shown before the results so the reviewer sees them first.
 */
export function VisitConflicts({ visit }: { visit: ReviewVisitDetailFragment }) {
  const { t } = useI18n();
  if (visit.conflicts.length === 0) return null;
  return (
    <section
      id={CONFLICTS_ANCHOR}
      className="card stack conflicts"
      aria-labelledby="conflicts-title"
      data-testid="review-conflicts"
    >
      <h2 id="conflicts-title" className="section-title">
        {t('review.conflicts.title', { count: visit.conflicts.length })}
      </h2>
      <p className="conflicts-explain">
        {t(visit.status === 'APPROVED' ? 'review.conflicts.explainApproved' : 'review.conflicts.explain')}
      </p>
      <ul className="conflict-list">
        {visit.conflicts.map((conflict) => {
          const view = describeConflict(conflict, visit, t);
          return (
            <li key={conflict.id} className="conflict" data-testid="review-conflict">
              <div className="conflict-head">
                <strong className="conflict-title">{view.title}</strong>
                <span className="badge badge-warning">{view.badge}</span>
              </div>
              <p className="muted conflict-who">{view.who}</p>
              {(view.notApplied || view.kept) && (
                <dl className="conflict-values">
                  {view.notApplied && (
                    <div className="conflict-value conflict-value-lost" data-testid="conflict-not-applied">
                      <dt>{t('review.conflicts.notApplied')}</dt>
                      <dd>{view.notApplied}</dd>
                    </div>
                  )}
                  {view.kept && (
                    <div className="conflict-value" data-testid="conflict-kept">
                      <dt>{t('review.conflicts.kept')}</dt>
                      <dd>{view.kept}</dd>
                    </div>
                  )}
                </dl>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
