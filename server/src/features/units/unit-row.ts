import type { UnitKind } from './unit.entity.js';

/**
 * A unit read by plain SQL with the rows that refer to it (the visit lists), not a hydrated `Unit`
 * entity: it carries every GraphQL field of `Unit`, and its parent as an id, so the `Unit` field
 * resolvers answer for it as for the entity.
 */
export interface UnitRow {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
  parent: { id: string } | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  activeFrom: string;
  activeTo: string | null;
  version: number;
}

/** The columns of `unit` (alias `alias`) a `UnitRow` is read from, prefixed `<prefix>_`. */
export const unitRowColumns = (alias: string, prefix: string): string =>
  ['id', 'code', 'name', 'kind', 'parent_id', 'address', 'latitude', 'longitude', 'version']
    .map((c) => `${alias}.${c} as ${prefix}_${c}`)
    .concat([`${alias}.active_from::text as ${prefix}_active_from`, `${alias}.active_to::text as ${prefix}_active_to`])
    .join(', ');

/**
 * Reads the `UnitRow`s of SQL rows selected with `unitRowColumns(alias, prefix)`, one object per unit
 * however many rows refer to it.
 */
export function unitRowReader(prefix: string): (row: Record<string, unknown>) => UnitRow {
  const [id, code, name, kind, parentId, address, latitude, longitude, version, activeFrom, activeTo] = [
    'id',
    'code',
    'name',
    'kind',
    'parent_id',
    'address',
    'latitude',
    'longitude',
    'version',
    'active_from',
    'active_to',
  ].map((c) => `${prefix}_${c}`) as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const seen = new Map<string, UnitRow>();
  return (row) => {
    const key = row[id] as string;
    let unit = seen.get(key);
    if (!unit) {
      const parent = row[parentId] as string | null;
      unit = {
        id: key,
        code: row[code] as string,
        name: row[name] as string,
        kind: row[kind] as UnitKind,
        parent: parent ? { id: parent } : null,
        address: row[address] as string | null,
        latitude: row[latitude] as number | null,
        longitude: row[longitude] as number | null,
        activeFrom: row[activeFrom] as string,
        activeTo: row[activeTo] as string | null,
        version: row[version] as number,
      };
      seen.set(key, unit);
    }
    return unit;
  };
}
