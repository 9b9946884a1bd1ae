import type { ReactNode } from 'react';
import type { DashboardRollupQuery, DashboardRollupUnitFragment } from '../../apollo/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import type { Drill } from './DrillDialog';

export type Rollup = DashboardRollupQuery['rollup'];
export type OpenDrill = (drill: Drill) => void;

export function Section({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <section className="dash-section" data-testid={testId}>
      <h2 className="dash-section-title">{title}</h2>
      {children}
    </section>
  );
}

/** A figure that opens its records: a full-width button, big enough for a thumb. */
export function Figure({
  testId,
  drill,
  onDrill,
  children,
}: {
  testId: string;
  drill: Drill;
  onDrill: OpenDrill;
  children: ReactNode;
}) {
  return (
    <button type="button" className="dash-figure" data-testid={testId} onClick={() => onDrill(drill)}>
      {children}
    </button>
  );
}

export function Bar({ percent, tone = 'primary' }: { percent: number; tone?: 'primary' | 'success' | 'danger' }) {
  return (
    <span className="dash-bar" aria-hidden="true">
      <span className={`dash-bar-fill dash-tone-${tone}`} style={{ width: `${percent}%` }} />
    </span>
  );
}

/**
 * What a unit row holds in today's structure: a split unit's past, also shown under its other
 * successors (so such rows are never added up), and the units of the year whose figures it carries.
 */
export function TodayNote({ unit }: { unit: DashboardRollupUnitFragment }) {
  const { t } = useI18n();
  if (!unit.sharedPast && unit.formerUnits.length === 0) return null;
  return (
    <span className="dash-today-note" data-testid="today-note">
      {[
        unit.sharedPast ? t('dashboard.sharedPast') : null,
        unit.formerUnits.length ? t('dashboard.formerUnits', { names: unit.formerUnits.join(', ') }) : null,
      ]
        .filter(Boolean)
        .join(' · ')}
    </span>
  );
}
