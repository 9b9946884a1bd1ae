import { formatNumber } from '../../i18n/format';

/** A share as leadership reads it: `1` → `100%`, `0.978` → `97,8%`; null (nothing applied) → `—`. */
export function formatShare(ratio: number | null | undefined): string {
  if (ratio == null || !Number.isFinite(ratio)) return '—';
  return `${formatNumber(ratio * 100, 1)}%`;
}

/** Width of a bar in percent of the largest value, never wider than the track and never negative. */
export function barPercent(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return 0;
  return Math.min(100, (value / max) * 100);
}

export interface ScopeUnit {
  id: string;
  parentId?: string | null;
  name: string;
  active: boolean;
}

export interface ScopeOption {
  id: string;
  name: string;
  depth: number;
}

const byName = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/**
 * The sub-trees worth filtering on: units with active children, in tree order. The department itself is
 * left out, since "Toàn Sở" already stands for it.
 */
export function subtreeOptions(units: readonly ScopeUnit[]): ScopeOption[] {
  const active = units.filter((unit) => unit.active);
  const ids = new Set(active.map((unit) => unit.id));
  const children = new Map<string | null, ScopeUnit[]>();
  for (const unit of active) {
    const parent = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const options: ScopeOption[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const unit of [...(children.get(parent) ?? [])].sort((a, b) => byName.compare(a.name, b.name))) {
      if (seen.has(unit.id)) continue;
      seen.add(unit.id);
      if (depth > 0 && children.has(unit.id)) options.push({ id: unit.id, name: unit.name, depth });
      walk(unit.id, depth + 1);
    }
  };
  walk(null, 0);
  return options;
}

export interface FindingCounts {
  groupCode: string;
  groupTitle: string;
  total: number;
  fixedOnTime: number;
  fixedLate: number;
  overdue: number;
  open: number;
}

/** The roll-up counts findings per group and severity; the dashboard shows one row per group. */
export function findingsByGroup(figures: readonly FindingCounts[]): FindingCounts[] {
  const groups = new Map<string, FindingCounts>();
  for (const figure of figures) {
    const group = groups.get(figure.groupCode) ?? {
      groupCode: figure.groupCode,
      groupTitle: figure.groupTitle,
      total: 0,
      fixedOnTime: 0,
      fixedLate: 0,
      overdue: 0,
      open: 0,
    };
    group.total += figure.total;
    group.fixedOnTime += figure.fixedOnTime;
    group.fixedLate += figure.fixedLate;
    group.overdue += figure.overdue;
    group.open += figure.open;
    groups.set(figure.groupCode, group);
  }
  return [...groups.values()];
}

export interface ComplianceCounts {
  key: string;
  label: string;
  ratio?: number | null;
}

/** Figures below full compliance, lowest first; ties by name. Nothing-applied figures are left out. */
export function lowestCompliance<C extends ComplianceCounts>(figures: readonly C[], limit = 5): C[] {
  return figures
    .filter((figure): figure is C & { ratio: number } => figure.ratio != null && figure.ratio < 1)
    .sort((a, b) => a.ratio - b.ratio || byName.compare(a.label, b.label))
    .slice(0, limit);
}

/** Groups with overdue findings, most first; ties by name. */
export function mostOverdue(findings: readonly FindingCounts[], limit = 5): FindingCounts[] {
  return findingsByGroup(findings)
    .filter((group) => group.overdue > 0)
    .sort((a, b) => b.overdue - a.overdue || byName.compare(a.groupTitle, b.groupTitle))
    .slice(0, limit);
}

export interface TrendPoint {
  index: string;
  year: number;
  totalScore: number;
}

/** The index trend split per index (SIPAS, PAR INDEX), each oldest first. */
export function trendByIndex<P extends TrendPoint>(points: readonly P[]): Map<string, P[]> {
  const series = new Map<string, P[]>();
  for (const point of points) series.set(point.index, [...(series.get(point.index) ?? []), point]);
  for (const list of series.values()) list.sort((a, b) => a.year - b.year);
  return series;
}

export interface YearCompliance {
  year: number;
  compliance: { ratio?: number | null };
  complianceByGroup: readonly { key: string; label: string; ratio?: number | null }[];
}

export interface GroupTrend {
  key: string;
  label: string;
  /** One ratio per year of the trend, in its order; null where the group had nothing applicable. */
  ratios: (number | null)[];
}

/**
 * The criterion groups of a year-over-year trend, one row per group code across the years, named as in
 * the latest year that has it (a later checklist version may rename a group), in code order.
 */
export function groupTrends(years: readonly YearCompliance[]): GroupTrend[] {
  const labels = new Map<string, string>();
  for (const year of years) for (const group of year.complianceByGroup) labels.set(group.key, group.label);
  return [...labels.keys()]
    .sort((a, b) => byName.compare(a, b))
    .map((key) => ({
      key,
      label: labels.get(key) ?? key,
      ratios: years.map((year) => year.complianceByGroup.find((group) => group.key === key)?.ratio ?? null),
    }));
}

/**
 * The change of a share between two years in percentage points, rounded to one decimal as shown
 * (`0.978` after `0.95` → `2.8`); null when either year has no figure.
 */
export function pointsChange(current: number | null | undefined, previous: number | null | undefined): number | null {
  if (current == null || previous == null || !Number.isFinite(current) || !Number.isFinite(previous)) return null;
  return Math.round((current - previous) * 1000) / 10;
}
