import type { FindingsCountsQuery } from '../../apollo/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';

/** Which counter's filter the list shows: a status, the overdue ones, or none. */
export type CounterFilter = 'OPEN' | 'REMEDIATION_REPORTED' | 'CLOSED' | 'OVERDUE' | null;

interface FindingCountersProps {
  counts: FindingsCountsQuery['findingCounts'];
  active: CounterFilter;
  /** Shows the list of that counter (or every finding again when it is the one shown). */
  onPick: (filter: CounterFilter) => void;
}

/** The year's findings by status and overdue; each counter filters the list to what it counts. */
export function FindingCounters({ counts, active, onPick }: FindingCountersProps) {
  const { t } = useI18n();
  const counters = [
    { filter: 'OPEN', value: counts.open, label: t('findings.countOpen') },
    { filter: 'REMEDIATION_REPORTED', value: counts.remediationReported, label: t('findings.countReported') },
    { filter: 'CLOSED', value: counts.closed, label: t('findings.countClosed') },
    { filter: 'OVERDUE', value: counts.overdue, label: t('findings.countOverdue'), danger: counts.overdue > 0 },
  ] as const;
  return (
    <div className="counters" data-testid="finding-counts">
      {counters.map((counter) => (
        <button
          type="button"
          key={counter.filter}
          className={'danger' in counter && counter.danger ? 'counter counter-danger' : 'counter'}
          aria-pressed={active === counter.filter}
          onClick={() => onPick(active === counter.filter ? null : counter.filter)}
        >
          <span className="counter-value">{counter.value}</span>
          <span className="counter-label">{counter.label}</span>
        </button>
      ))}
    </div>
  );
}
