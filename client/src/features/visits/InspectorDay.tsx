import { useQuery } from '@apollo/client/react';
import { linkClick } from '../../app/router';
import { ROUTES } from '../../app/routes';
import { myVisitsQuery } from '../../field/operations';
import { useI18n } from '../../i18n/I18nProvider';
import { datedVisit, PERIOD_LABELS } from './day-labels';
import { countByPeriod, DAY_PERIODS, vietnamToday } from './visit-day';
import './visits.css';

/**
 * The inspector's day on the home screen: this year's visits still to do, counted as Hôm nay, Tuần này,
 * Quá hạn and Sắp tới (visit-day.ts); each count opens "my visits" kept to its group (`?ky=`). It reads
 * the same list as "my visits", so it works offline from the phone's copy.
 */
export function InspectorDay() {
  const { t } = useI18n();
  const { data, previousData } = useQuery(myVisitsQuery);
  const today = vietnamToday();
  const year = Number(today.slice(0, 4));
  const visits = ((data ?? previousData)?.myVisits ?? []).filter((visit) => visit.team.year === year);
  const counts = countByPeriod(visits.map(datedVisit), today);
  return (
    <section aria-labelledby="inspector-day-title" className="stack" data-testid="inspector-day">
      <h2 id="inspector-day-title">{t('day.title')}</h2>
      <ul className="inspector-day">
        {DAY_PERIODS.map((period) => {
          const href = `${ROUTES.myVisits}?ky=${period}`;
          const label = t(PERIOD_LABELS[period]);
          return (
            <li
              key={period}
              className={`card${period === 'qua-han' && counts[period] > 0 ? ' inspector-day-overdue' : ''}`}
            >
              <a className="inspector-day-link" href={href} onClick={linkClick(href)} data-testid={`day-${period}`}>
                <span>{label}</span>{' '}
                <span className="inspector-day-count" data-testid={`day-${period}-count`}>
                  {counts[period]}
                </span>
                <span className="visually-hidden"> {t('day.countUnit')}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
