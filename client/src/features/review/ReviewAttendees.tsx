import { useI18n } from '../../i18n/I18nProvider';
import type { ReviewVisit } from './review-visit';

/** Who attended, the team's side and the unit's. */
export function ReviewAttendees({ visit }: { visit: ReviewVisit }) {
  const { t } = useI18n();
  return (
    <section className="card stack" aria-labelledby="attendees-title">
      <h2 id="attendees-title" className="section-title">
        {t('review.attendees')}
      </h2>
      {visit.attendees.length === 0 ? (
        <p className="muted">{t('review.noAttendees')}</p>
      ) : (
        (['TEAM', 'UNIT'] as const).map((side) => {
          const people = visit.attendees.filter((attendee) => attendee.side === side);
          if (people.length === 0) return null;
          return (
            <div key={side}>
              <h3>{t(`review.side.${side}`)}</h3>
              <ul>
                {people.map((person) => (
                  <li key={`${person.name}|${person.position ?? ''}`}>
                    {person.name}
                    {person.position && <span className="muted"> — {person.position}</span>}
                  </li>
                ))}
              </ul>
            </div>
          );
        })
      )}
    </section>
  );
}
