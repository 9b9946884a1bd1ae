import type { RelatedRowSpec } from '../../db/read-path/related-row.js';
import type { UnitKind } from './unit.entity.js';

/**
 * A unit read by plain SQL with the rows that refer to it (the visit lists), not a hydrated `Unit`
 * entity: it carries the GraphQL fields of `Unit` the client asked for, and its parent as an id, so the
 * `Unit` field resolvers answer for it as for the entity. A field not asked for may be undefined.
 */
export interface UnitRow {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  kind: UnitKind;
  parent: { id: string } | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  activeFrom: string;
  activeTo: string | null;
  version: number;
}

/** How a `UnitRow` is read, and which of its properties each `Unit` field answers from. */
export const UNIT_ROW: RelatedRowSpec<UnitRow> = {
  columns: {
    id: { sql: '%.id' },
    code: { sql: '%.code' },
    name: { sql: '%.name' },
    shortName: { sql: '%.short_name' },
    kind: { sql: '%.kind' },
    parent: { sql: '%.parent_id', read: (id) => (id ? { id } : null) },
    address: { sql: '%.address' },
    latitude: { sql: '%.latitude' },
    longitude: { sql: '%.longitude' },
    activeFrom: { sql: '%.active_from::text' },
    activeTo: { sql: '%.active_to::text' },
    version: { sql: '%.version' },
  },
  fieldProps: {
    id: ['id'],
    code: ['code'],
    name: ['name'],
    shortName: ['shortName'],
    kind: ['kind'],
    parentId: ['parent'],
    address: ['address'],
    latitude: ['latitude'],
    longitude: ['longitude'],
    activeFrom: ['activeFrom'],
    activeTo: ['activeTo'],
    active: ['activeFrom', 'activeTo'],
    version: ['version'],
  },
};
