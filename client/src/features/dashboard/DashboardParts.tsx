import type { ReactNode } from 'react';
import type { DashboardRollupQuery } from '../../apollo/generated/graphql';
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
