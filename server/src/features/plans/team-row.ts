import type { RelatedRowSpec } from '../../db/read-path/related-row.js';

/**
 * An inspection team read by plain SQL with the rows that refer to it (the visit lists), not a hydrated
 * `InspectionTeam` entity. It carries the column fields of `InspectionTeam` the client asked for (a
 * field not asked for may be undefined); its members are read by id.
 */
export interface TeamRow {
  id: string;
  year: number;
  name: string;
  decisionNumber: string;
  decisionDate: string;
}

/** How a `TeamRow` is read, and which of its properties each `InspectionTeam` field answers from. */
export const TEAM_ROW: RelatedRowSpec<TeamRow> = {
  columns: {
    id: { sql: '%.id' },
    year: { sql: '%.year' },
    name: { sql: '%.name' },
    decisionNumber: { sql: '%.decision_number' },
    decisionDate: { sql: '%.decision_date::text' },
  },
  fieldProps: {
    id: ['id'],
    year: ['year'],
    name: ['name'],
    decisionNumber: ['decisionNumber'],
    decisionDate: ['decisionDate'],
    members: ['id'],
  },
};
