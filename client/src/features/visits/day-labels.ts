import type { MessageKey } from '../../i18n/vi';
import type { ListedVisit } from './MyVisitRow';
import type { DayPeriod } from './visit-day';

/** The labels of the `ky` groups, on the inspector's home (InspectorDay) and in "my visits". */
export const PERIOD_LABELS: Record<DayPeriod, MessageKey> = {
  'hom-nay': 'day.today',
  'tuan-nay': 'day.thisWeek',
  'qua-han': 'day.overdue',
  'sap-toi': 'day.upcoming',
};

/** A listed visit as the day's rules read it (visit-day.ts): its planned day and month, in its plan's year. */
export const datedVisit = (visit: ListedVisit) => ({
  status: visit.status,
  plannedDate: visit.plannedDate,
  plannedMonth: visit.plannedMonth,
  year: visit.team.year,
});
