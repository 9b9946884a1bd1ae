/** The records of a drill-down grouped per unit, narrowed by "Chỉ Không đạt" and a search text. */

export interface DrillRecord {
  unitName?: string | null;
  label: string;
  detail?: string | null;
  failed: boolean;
}

export interface DrillGroup<R extends DrillRecord> {
  /** null: records with no unit (e.g. a document of the department). */
  unitName: string | null;
  records: R[];
  failed: number;
}

const byName = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Lower case without diacritics, so "dinh lap" finds "Đình Lập". */
export function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** Records kept by the filter, grouped per unit in name order (no unit last); each group keeps its order. */
export function drillGroups<R extends DrillRecord>(
  records: readonly R[],
  { failedOnly = false, query = '' }: { failedOnly?: boolean; query?: string } = {},
): DrillGroup<R>[] {
  const words = searchable(query).split(/\s+/).filter(Boolean);
  const groups = new Map<string | null, DrillGroup<R>>();
  for (const record of records) {
    if (failedOnly && !record.failed) continue;
    const text = searchable([record.unitName, record.label, record.detail].filter(Boolean).join(' '));
    if (!words.every((word) => text.includes(word))) continue;
    const unitName = record.unitName ?? null;
    const group = groups.get(unitName) ?? { unitName, records: [], failed: 0 };
    group.records.push(record);
    if (record.failed) group.failed += 1;
    groups.set(unitName, group);
  }
  return [...groups.values()].sort((a, b) =>
    a.unitName === null ? 1 : b.unitName === null ? -1 : byName.compare(a.unitName, b.unitName),
  );
}
