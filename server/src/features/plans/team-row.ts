/**
 * An inspection team read by plain SQL with the rows that refer to it (the visit lists), not a hydrated
 * `InspectionTeam` entity. It carries every column field of `InspectionTeam`; its members are read by id.
 */
export interface TeamRow {
  id: string;
  year: number;
  name: string;
  decisionNumber: string;
  decisionDate: string;
}

/** The columns of `inspection_team` (alias `alias`) a `TeamRow` is read from, prefixed `<prefix>_`. */
export const teamRowColumns = (alias: string, prefix: string): string =>
  `${alias}.id as ${prefix}_id, ${alias}.year as ${prefix}_year, ${alias}.name as ${prefix}_name, ` +
  `${alias}.decision_number as ${prefix}_decision_number, ${alias}.decision_date::text as ${prefix}_decision_date`;

/** Reads the `TeamRow`s of SQL rows selected with `teamRowColumns(alias, prefix)`, one object per team. */
export function teamRowReader(prefix: string): (row: Record<string, unknown>) => TeamRow {
  const [id, year, name, decisionNumber, decisionDate] = ['id', 'year', 'name', 'decision_number', 'decision_date'].map(
    (c) => `${prefix}_${c}`,
  ) as [string, string, string, string, string];
  const seen = new Map<string, TeamRow>();
  return (row) => {
    const key = row[id] as string;
    let team = seen.get(key);
    if (!team) {
      team = {
        id: key,
        year: row[year] as number,
        name: row[name] as string,
        decisionNumber: row[decisionNumber] as string,
        decisionDate: row[decisionDate] as string,
      };
      seen.set(key, team);
    }
    return team;
  };
}
