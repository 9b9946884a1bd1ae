/**
 * A query written with its values where they are used, `sql\`select ... where year = ${year}\``, instead
 * of `?` placeholders and an array in the same order. Each value becomes one `?` of MikroORM's
 * placeholders (em.execute, db/read-rows.ts) with the value beside the text: on PostgreSQL it is bound,
 * on the embedded PGlite MikroORM inlines it as a quoted literal (see db/bound-parameters.ts). A value
 * used twice is written twice and goes twice in `values`: `?` placeholders are positional.
 *
 * A value that is itself an `Sql` (another `sql\`...\``, `sql.join`, `sql.raw`) is spliced in with its
 * own values, so a fragment such as a viewer's scope composes into a query. An array stays one value:
 * `em.execute` reads it as a list (`id in (${ids})`), a `pg` connection (readRows) as a PostgreSQL array.
 */
export interface Sql {
  /** The text, a `?` for each value. */
  readonly text: string;
  readonly values: unknown[];
}

const SQL = Symbol('sql');

interface SqlFragment extends Sql {
  readonly [SQL]: true;
}

/** Only the `sql` template reads a fragment: written into a plain string it would lose its values. */
function notText(): never {
  throw new Error('an SQL fragment written into a plain string: compose it with the sql template');
}

function fragment(text: string, values: unknown[]): SqlFragment {
  return Object.defineProperty({ [SQL]: true as const, text, values }, 'toString', { value: notText });
}

export function isSql(value: unknown): value is Sql {
  return typeof value === 'object' && value !== null && (value as Partial<SqlFragment>)[SQL] === true;
}

/**
 * A `?` in the written text would be read as a placeholder (and `\?` is read differently by MikroORM's
 * inlining and by knex's binding): the text of a query never has one of its own.
 */
function checkedText(text: string): string {
  if (text.includes('?')) throw new Error(`a "?" in the text of an SQL template: ${text}`);
  return text;
}

export function sql(strings: TemplateStringsArray, ...parts: unknown[]): Sql {
  let text = checkedText(strings[0] ?? '');
  const values: unknown[] = [];
  parts.forEach((part, i) => {
    if (isSql(part)) {
      text += part.text;
      values.push(...part.values);
    } else {
      text += '?';
      values.push(part);
    }
    text += checkedText(strings[i + 1] ?? '');
  });
  return fragment(text, values);
}

/**
 * Text taken as SQL as it is: only for constants of the code (a column chosen from a fixed list, an
 * order by, the time zone), never for anything that came in a request.
 */
sql.raw = (text: string): Sql => fragment(checkedText(text), []);

/** The fragments one after the other with `separator` (trusted text) between them: `where` conditions. */
sql.join = (fragments: readonly Sql[], separator: string): Sql =>
  fragment(
    fragments.map((f) => f.text).join(checkedText(separator)),
    fragments.flatMap((f) => f.values),
  );

/** Nothing: a fragment that adds no text, for a part of a query that is not there. */
sql.empty = fragment('', []);
