/** How one property of a related row is read: its SQL expression on the table's alias, and a conversion. */
export interface RelatedColumn {
  /** The expression, `%` standing for the table's alias, e.g. `%.active_from::text`. */
  sql: string;
  read?: (value: unknown) => unknown;
}

/**
 * A related row (a visit's unit, its team) read in the same SQL query as the rows that refer to it,
 * as a plain object rather than a hydrated entity. `fieldProps` says which properties each GraphQL
 * field of its type answers from; a field not listed there is taken to need every property, so a field
 * added later is never answered from a property that was not read.
 */
export interface RelatedRowSpec<Row extends { id: string }> {
  columns: { [P in keyof Row & string]-?: RelatedColumn };
  fieldProps: Record<string, readonly (keyof Row & string)[]>;
}

export interface RelatedRowRead<Row> {
  /** The select-list columns, named `"<prefix>_<property>"`. */
  columns: string;
  /** The row of a result row, one object per id however many result rows refer to it. */
  read: (row: Record<string, unknown>) => Row;
}

/**
 * The columns to select for the GraphQL `fields` asked of the related row (null: all of them; the id
 * always), and the reader of the result rows. A property not read stays undefined.
 */
export function relatedRow<Row extends { id: string }>(
  spec: RelatedRowSpec<Row>,
  alias: string,
  prefix: string,
  fields: ReadonlySet<string> | null,
): RelatedRowRead<Row> {
  const all = Object.keys(spec.columns) as (keyof Row & string)[];
  const props = new Set<keyof Row & string>(['id' as keyof Row & string]);
  for (const field of fields ?? ['*']) {
    if (field === '__typename') continue;
    for (const p of spec.fieldProps[field] ?? all) props.add(p);
  }
  const read = [...props].map((p) => ({ prop: p, key: `${prefix}_${p}`, convert: spec.columns[p].read }));
  // Quoted: the names keep their case (activeFrom), which PostgreSQL would fold otherwise.
  const columns = read
    .map(({ prop, key }) => `${spec.columns[prop].sql.replaceAll('%', alias)} as "${key}"`)
    .join(', ');
  const idKey = `${prefix}_id`;
  const seen = new Map<string, Row>();
  return {
    columns,
    read: (row) => {
      const id = row[idKey] as string;
      let related = seen.get(id);
      if (!related) {
        const out: Record<string, unknown> = {};
        for (const { prop, key, convert } of read) out[prop] = convert ? convert(row[key]) : row[key];
        related = out as Row;
        seen.set(id, related);
      }
      return related;
    },
  };
}
