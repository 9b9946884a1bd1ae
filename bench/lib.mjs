// Helpers shared by the benchmark scripts: bench/run.mjs, bench/rollup.mjs, bench/load.mjs and
// bench/client-budgets.mjs. Figures and tables, a GraphQL caller keeping a session cookie, the scratch
// databases of a run, and the BUILT server (server/dist) started in this process.
//
// Nothing here imports the server at load time: run.mjs sets NODE_ENV before the server modules are
// first imported (importServer).
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const SERVER_DIST = path.join(ROOT, 'server/dist');
/** The admin database of run.mjs and client-budgets.mjs (rollup.mjs and load.mjs read their own variables). */
export const BENCH_ADMIN_URL =
  process.env.BENCH_DATABASE_URL ||
  process.env.TEST_DATABASE_URL ||
  process.env.DATABASE_URL ||
  'postgres://postgres@127.0.0.1:5432/postgres';
/** The password of the demo accounts (server/src/db/seeders/demo-data.ts). */
export const DEMO_PASSWORD = 'kycuong@2026';
/** The session secret of a server started by startApp. */
export const BENCH_SESSION_SECRET = 'bench-session-secret-0123456789abcdef';

// ---------- figures and tables ----------

export const now = () => performance.now();
/** Milliseconds with 0, 1 or 2 decimals by size. */
export const ms = (value) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));

/** The p-th percentile (0-100) of sorted values, nearest rank; NaN when there are none. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Median, p95, min and max of the values. */
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, p95: percentile(sorted, 95), min: sorted[0], max: sorted[sorted.length - 1] };
}

export function check(condition, message) {
  if (!condition) throw new Error(`benchmark check failed: ${message}`);
}

/** A plain-text table: the first column left-aligned, the others right-aligned. */
export function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])));
  const out = [line(header).join('  '), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of rows) out.push(line(r).join('  '));
  return out.join('\n');
}

// ---------- talking to the server ----------

/** A GraphQL caller keeping its own session cookie, like one browser. */
export class Caller {
  cookie = null;
  constructor(url) {
    this.url = url;
  }
  async request(query, variables = {}) {
    const headers = { 'content-type': 'application/json' };
    if (this.cookie) headers.cookie = this.cookie;
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? null;
    return res.json();
  }
  /** The data of a request that must succeed. */
  async must(query, variables = {}) {
    const body = await this.request(query, variables);
    if (body.errors) throw new Error(`GraphQL error: ${JSON.stringify(body.errors).slice(0, 500)}`);
    return body.data;
  }
  /** Signs in as a demo account. */
  async signIn(username) {
    await this.must('mutation ($i: SignInInput!) { signIn(input: $i) { id } }', {
      i: { username, password: DEMO_PASSWORD },
    });
    return this;
  }
}

// ---------- the databases of a run ----------

/** Runs one statement on the admin database (create or drop database). */
export async function adminQuery(adminUrl, sql) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The URL of the database `name` on the admin database's server. */
export function databaseUrl(adminUrl, name) {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A new, empty database `<prefix><8 random hex digits>`; `drop` drops it, also with open connections. */
export async function createDatabase(adminUrl, prefix) {
  const name = `${prefix}${randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `create database "${name}"`);
  return {
    name,
    url: databaseUrl(adminUrl, name),
    drop: () => adminQuery(adminUrl, `drop database if exists "${name}" with (force)`),
  };
}

// ---------- the built server in this process ----------

/** A module of the built server, e.g. importServer('app.js'). */
export function importServer(file) {
  return import(pathToFileURL(path.join(SERVER_DIST, file)).href);
}

/**
 * The built server on `database` (its endpoint: { url, kind, poolSize, close }), listening on a free
 * port of 127.0.0.1; createApp applies every migration, and seeds the demo data when `seedDemo`.
 */
export async function startApp({ database, clientDist = '', seedDemo = true }) {
  const { createApp } = await importServer('app.js');
  const { loadConfig } = await importServer('common/config.js');
  const config = loadConfig({
    NODE_ENV: 'test',
    SESSION_SECRET: BENCH_SESSION_SECRET,
    CLIENT_DIST: clientDist,
    SEED_DEMO: seedDemo ? 'true' : 'false',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
    // Which path syncBatch takes (the sync section measures it): the bulk one unless SYNC_BULK_WRITES=false.
    SYNC_BULK_WRITES: process.env.SYNC_BULK_WRITES ?? '',
  });
  const app = await createApp(config, { database });
  return { app, url: await app.listen(0, '127.0.0.1') };
}
