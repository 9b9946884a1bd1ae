import { execFile } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { expect } from 'vitest';
import { type GraphQLCaller, TEST_AUDIT_KEY, TEST_SECRET } from './test-app.js';

/**
 * What the tests of copies of a database share (`db move`, `backup` / `restore`, the documented
 * pg_dump procedure): running the office's CLI, comparing two databases table by table and two photo
 * folders file by file, a phone's photos and outbox, and what an inspector sees on the copy.
 */

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CLI = path.join(ROOT, 'server/dist/cli.js');
export const SYNC = `mutation ($i: SyncBatchInput!) { syncBatch(input: $i) { outcomes { operationId status code message } } }`;
export const VISIT = `query ($id: ID!) { visit(id: $id) {
  id status version conclusion
  answers { id itemId passFail note version editedAt updatedByName }
  attachments { id fileId kind sha256 caption itemId }
  findings { id }
} }`;
export const PIECE = 256 * 1024;

export const sha256 = (bytes: Buffer | Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a program to its end: its exit code and what it printed (a failing exit is an answer here). */
export function run(
  file: string,
  args: string[],
  options: { env: Record<string, string | undefined>; timeout: number },
): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(file, args, { ...options, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/** The CLI's environment for the test's secrets; `extra` names the database, DATA_DIR and the rest. */
export const cliEnv = (extra: Record<string, string>) => ({
  PATH: process.env.PATH ?? '',
  NODE_ENV: 'test',
  SESSION_SECRET: TEST_SECRET,
  AUDIT_KEY: TEST_AUDIT_KEY,
  LOG_LEVEL: 'silent',
  ...extra,
});

/** `pnpm cli <args>` as the office runs it. */
export const runCli = (args: string[], env: Record<string, string>, timeout = 600_000) =>
  run(process.execPath, [CLI, ...args], { env: cliEnv(env), timeout });

export async function query<T = Record<string, unknown>>(
  url: string,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * Each table of the public schema (but `skip`): its row count and a hash of its rows; the sequences; with
 * `schema`, the columns, indexes and constraints too.
 */
export async function fingerprint(
  url: string,
  options: { schema?: boolean; skip?: string[] } = {},
): Promise<Record<string, unknown>> {
  const skip = new Set(options.skip ?? []);
  const tables = (
    await query<{ name: string }>(
      url,
      `select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    )
  ).filter((t) => !skip.has(t.name));
  const rows: Record<string, { n: number; md5: string }> = {};
  const counted = await query<{ t: string; n: number; md5: string }>(
    url,
    tables
      .map(
        ({ name }) =>
          `select '${name}' as t, count(*)::int as n, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as md5 from "${name}" t`,
      )
      .join(' union all '),
  );
  for (const row of counted) rows[row.t] = { n: row.n, md5: row.md5 };
  const sequences = await query(
    url,
    `select sequencename, last_value from pg_sequences where schemaname = 'public' order by 1`,
  );
  if (!options.schema) return { rows, sequences };
  const columns = await query(
    url,
    `select table_name, column_name, data_type, is_nullable, column_default from information_schema.columns
      where table_schema = 'public' order by table_name, ordinal_position`,
  );
  const indexes = await query(url, `select indexdef from pg_indexes where schemaname = 'public' order by 1`);
  const constraints = await query(
    url,
    `select conrelid::regclass::text as on_table, conname, pg_get_constraintdef(oid) as def from pg_constraint
      where connamespace = 'public'::regnamespace order by 1, 2`,
  );
  return { rows, sequences, columns, indexes, constraints };
}

/** SHA-256 of every photo's bytes held in the database. */
export const blobHashes = (url: string) =>
  query<{ id: string; sha256: string }>(
    url,
    `select file_id::text as id, encode(sha256(data), 'hex') as sha256 from file_blob order by 1`,
  );

/** Relations a new database holds beyond the system's: none. */
export const contents = (url: string) =>
  query<{ n: number }>(
    url,
    `select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'`,
  ).then((r) => r[0]?.n);

/** Relative path -> SHA-256 of every file under a folder. */
export function folderHashes(dir: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    found[path.relative(dir, full)] = sha256(readFileSync(full));
  }
  return found;
}

export function jpeg(size: number): Buffer {
  const bytes = randomBytes(size);
  bytes.set([0xff, 0xd8, 0xff, 0xe0], 0);
  return bytes;
}

/** One piece of a resumable photo upload. */
export function putPiece(url: string, phone: GraphQLCaller, id: string, whole: Buffer, offset: number) {
  return fetch(`${url}/api/files/${id}`, {
    method: 'PUT',
    headers: {
      cookie: phone.cookie ?? '',
      'content-type': 'application/octet-stream',
      'upload-offset': String(offset),
      'upload-length': String(whole.length),
      'x-content-sha256': sha256(whole),
    },
    body: new Uint8Array(whole.subarray(offset, offset + PIECE)),
  });
}

/** Three plain Đạt/Không đạt items of the demo's first checklist version (no photo required), in order. */
export const plainItems = (url: string) =>
  query<{ id: string; version_id: string }>(
    url,
    `select i.id, g.version_id from checklist_item i join checklist_group g on g.id = i.group_id
        join checklist_version v on v.id = g.version_id
       where v.number = 1 and i.answer_type = 'PASS_FAIL' and not i.photo_required_on_fail
       order by g.position, i.position limit 3`,
  );

export interface Photo {
  id: string;
  bytes: Buffer;
}

/**
 * Two photos sent as the phone sends them: one of `smallSize` bytes whole, one of two pieces and
 * `largeExtra` bytes in resumable pieces (each piece answered 202, the last 201).
 */
export async function sendPhotos(url: string, phone: GraphQLCaller, smallSize: number, largeExtra: number) {
  const small: Photo = { id: randomUUID(), bytes: jpeg(smallSize) };
  expect((await phone.upload(small.id, small.bytes)).status).toBe(201);
  const large: Photo = { id: randomUUID(), bytes: jpeg(2 * PIECE + largeExtra) };
  for (let offset = 0; offset < large.bytes.length; offset += PIECE) {
    const res = await putPiece(url, phone, large.id, large.bytes, offset);
    expect(res.status).toBe(offset + PIECE >= large.bytes.length ? 201 : 202);
  }
  return [small, large] as const;
}

export interface Operation {
  operationId: string;
  sequence: number;
  kind: string;
  input: Record<string, unknown>;
}

/** A phone's outbox: writes numbered in order under one device id, sent with `syncBatch`. */
export class PhoneOutbox {
  readonly deviceId = randomUUID();
  private sequence = 0;

  constructor(public phone: GraphQLCaller) {}

  op(kind: string, input: Record<string, unknown>): Operation {
    return { operationId: randomUUID(), sequence: ++this.sequence, kind, input };
  }

  /** Sends the operations in one batch: each outcome's status (the request itself must not fail). */
  async send(operations: Operation[]): Promise<string[] | undefined> {
    const res = await this.phone.request<{ syncBatch: { outcomes: { status: string }[] } }>(SYNC, {
      i: { deviceId: this.deviceId, operations },
    });
    expect(res.errors).toBeUndefined();
    return res.data?.syncBatch.outcomes.map((o) => o.status);
  }
}

/** The photos attached to an item as the phone attaches them, with their captions "Ảnh 1", "Ảnh 2"... */
export const attachPhotos = (
  outbox: PhoneOutbox,
  visitId: string,
  itemId: string | undefined,
  photos: readonly Photo[],
) =>
  photos.map((photo, n) =>
    outbox.op('ATTACH_VISIT_FILE', {
      visitId,
      attachmentId: randomUUID(),
      fileId: photo.id,
      kind: 'PHOTO',
      itemId,
      caption: `Ảnh ${n + 1}`,
    }),
  );

/** The caller downloads each photo whole: the same SHA-256 as the bytes the phone sent. */
export async function expectPhotos(caller: GraphQLCaller, photos: readonly Photo[]): Promise<void> {
  for (const photo of photos) {
    const download = await caller.download(photo.id);
    expect(download.status).toBe(200);
    expect(sha256(download.bytes)).toBe(sha256(photo.bytes));
  }
}
