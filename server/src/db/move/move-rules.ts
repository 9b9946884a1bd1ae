/**
 * The rules of `pnpm cli db move` (embedded PGlite -> an empty PostgreSQL database), apart from any I/O:
 * which targets are accepted, which source is, how the dump is adapted to the target, and how the two
 * sides' counts compare. Table-tested in move-rules.test.ts.
 */

/**
 * Oldest PostgreSQL major version a move goes to: the one the app and its tests run on. The dump comes
 * from PGlite's pg_dump (PostgreSQL 18), whose plain SQL restores into this version and newer.
 */
export const MIN_TARGET_MAJOR = 15;

/** Exit codes of `db move`: refused before anything was written, or stopped part way. */
export const MOVE_REFUSED = 3;
export const MOVE_FAILED = 1;

/** A refusal: nothing was written anywhere. */
export class MoveRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MoveRefused';
  }
}

/** `server_version_num` (e.g. 150020) to its major version (15). */
export function majorVersion(serverVersionNum: number): number {
  return Math.floor(serverVersionNum / 10_000);
}

export function targetVersionProblem(serverVersionNum: number): string | null {
  const major = majorVersion(serverVersionNum);
  if (Number.isFinite(major) && major >= MIN_TARGET_MAJOR) return null;
  return (
    `Cơ sở dữ liệu đích chạy PostgreSQL ${major}; Kỷ cương cần PostgreSQL ${MIN_TARGET_MAJOR} trở lên. ` +
    `(The target runs PostgreSQL ${major}; Kỷ cương needs PostgreSQL ${MIN_TARGET_MAJOR} or newer.)`
  );
}

/** What the target holds already, as listed by the emptiness query (first few named). */
export function targetContentsProblem(objects: string[]): string | null {
  if (objects.length === 0) return null;
  const named = objects.slice(0, 5).join(', ') + (objects.length > 5 ? `, … (${objects.length} in all)` : '');
  return (
    `Cơ sở dữ liệu đích không trống (${named}). Lệnh chỉ chuyển vào một cơ sở dữ liệu mới, trống: ` +
    'hãy tạo một cơ sở dữ liệu mới (createdb) hoặc xóa hết nội dung của nó rồi chạy lại. ' +
    `(The target database is not empty: ${named}. Move only into a new, empty database.)`
  );
}

/**
 * The source's migrations against the ones this build knows. The source must be at exactly this
 * build's level: an older folder is brought up to it by starting the app once (which applies the
 * pending migrations), and a folder written by a newer build is moved with that build.
 */
export function migrationLevelProblem(applied: string[], known: string[]): string | null {
  const appliedSet = new Set(applied);
  const unknown = unknownMigrations(applied, known);
  if (unknown.length > 0) {
    return (
      `Dữ liệu nguồn do một phiên bản Kỷ cương mới hơn ghi (migration ${unknown.join(', ')}): hãy chạy lệnh bằng phiên bản đó. ` +
      `(The source was written by a newer Kỷ cương: migrations ${unknown.join(', ')} are unknown to this build; move it with that build.)`
    );
  }
  const pending = known.filter((name) => !appliedSet.has(name));
  if (pending.length > 0) {
    return (
      `Dữ liệu nguồn cũ hơn phiên bản này (${pending.length} migration chưa áp dụng, từ ${pending[0]}): ` +
      'hãy khởi động ứng dụng một lần trên thư mục dữ liệu (nó tự nâng cấp), dừng lại, rồi chạy lại lệnh. ' +
      `(The source is ${pending.length} migrations behind this build: start the app once on the data folder, stop it, then move.)`
    );
  }
  return null;
}

/** Migrations applied to a database (or a backup of one) that this build does not know: a newer build wrote it. */
export function unknownMigrations(applied: string[], known: string[]): string[] {
  const knownSet = new Set(known);
  return applied.filter((name) => !knownSet.has(name));
}

/**
 * The dump of PGlite's pg_dump (PostgreSQL 18), made fit for an older target: `transaction_timeout`
 * exists from PostgreSQL 17 on, and the dump sets it in its header.
 */
export function adaptDump(sql: string, targetMajor: number): string {
  if (targetMajor >= 17) return sql;
  return sql.replace(/^SET transaction_timeout = 0;\n/m, '');
}

export interface CountMismatch {
  table: string;
  source: number | null;
  target: number | null;
}

/** Tables whose row counts differ, or that are on one side only. */
export function compareCounts(source: Map<string, number>, target: Map<string, number>): CountMismatch[] {
  const tables = [...new Set([...source.keys(), ...target.keys()])].sort();
  return tables
    .map((table) => ({ table, source: source.get(table) ?? null, target: target.get(table) ?? null }))
    .filter((row) => row.source !== row.target);
}

/** The table of what was moved: one line per table, its rows, and a total. */
export function countsTable(counts: Map<string, number>): string {
  const rows = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b));
  const width = Math.max('bảng / table'.length, ...rows.map(([t]) => t.length));
  const total = rows.reduce((sum, [, n]) => sum + n, 0);
  const line = (name: string, n: string) => `${name.padEnd(width)}  ${n.padStart(12)}`;
  return [
    line('bảng / table', 'hàng / rows'),
    line('-'.repeat(width), '-'.repeat(12)),
    ...rows.map(([t, n]) => line(t, String(n))),
    line('-'.repeat(width), '-'.repeat(12)),
    line(`${rows.length} bảng / tables`, String(total)),
  ].join('\n');
}

/** What to do after a move that stopped part way: the source is as it was, the target is not. */
export function interruptedMessage(reason: string, targetName: string): string {
  return [
    `Chuyển dữ liệu bị dừng giữa chừng: ${reason}`,
    'Dữ liệu nguồn (thư mục DATA_DIR) không bị thay đổi; ứng dụng vẫn chạy được trên nó như trước.',
    `Cơ sở dữ liệu đích "${targetName}" có thể đã có một phần dữ liệu: hãy xóa và tạo lại nó ` +
      `(dropdb "${targetName}" && createdb "${targetName}") rồi chạy lại lệnh.`,
    `(The move stopped: ${reason} The source folder is untouched. Drop and re-create the target database "${targetName}", then run the command again.)`,
  ].join('\n');
}
