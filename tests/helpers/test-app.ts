import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type App, createApp } from '../../server/src/app.js';
import { type AppConfig, loadConfig } from '../../server/src/common/config.js';
import type { Logger } from '../../server/src/common/logger.js';
import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-data.js';
import { createTestDatabase } from './test-database.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/** A caller of the running server: keeps its own session cookie, like one browser. */
export class GraphQLCaller {
  cookie: string | null = null;

  constructor(
    readonly url: string,
    readonly address = '127.0.0.1',
  ) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.cookie) headers.cookie = this.cookie;
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0] ?? '';
      this.cookie = pair.endsWith('=') ? null : pair;
    }
    const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status'>;
    return { status: res.status, data: body.data ?? null, errors: body.errors };
  }

  /** The first error code of a response, or null when it succeeded. */
  async code(query: string, variables: Record<string, unknown> = {}): Promise<string | null> {
    const res = await this.request(query, variables);
    return (res.errors?.[0]?.extensions?.code as string | undefined) ?? null;
  }

  /** PUT /api/files/:id with raw bytes, as the phone uploads a photo. */
  async upload(
    id: string,
    bytes: Buffer,
    contentType = 'image/jpeg',
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const headers: Record<string, string> = { 'content-type': contentType };
    if (this.cookie) headers.cookie = this.cookie;
    const res = await fetch(`${this.url}/api/files/${id}`, { method: 'PUT', headers, body: new Uint8Array(bytes) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  async download(id: string): Promise<{ status: number; bytes: Buffer; type: string | null }> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    const res = await fetch(`${this.url}/api/files/${id}`, { headers });
    return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()), type: res.headers.get('content-type') };
  }

  async signIn(username: string, password = DEMO_PASSWORD): Promise<this> {
    const res = await this.request(SIGN_IN, { input: { username, password } });
    if (res.errors) throw new Error(`sign-in as ${username} failed: ${JSON.stringify(res.errors)}`);
    return this;
  }
}

export const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { id username role } }`;

/** One more server process of the same deployment: its own HTTP port and connection pool, the same database. */
export interface AppInstance {
  app: App;
  url: string;
  caller(): GraphQLCaller;
  as(username: string): Promise<GraphQLCaller>;
}

export interface TestApp {
  app: App;
  url: string;
  config: AppConfig;
  caller(): GraphQLCaller;
  as(username: string): Promise<GraphQLCaller>;
  /** Runs SQL directly on the test database, to arrange or check state the API does not expose. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /**
   * Stops the server and starts a new one on the same database and port, as after a process restart.
   * `crash`: first cuts every HTTP connection and, on a PostgreSQL server, every database connection of
   * the app, so that a request in flight ends without an answer and its open transaction is rolled back.
   */
  restart(options?: { crash?: boolean }): Promise<void>;
  /**
   * Starts a second server on the same database and config, as when several instances run behind a
   * proxy; `close()` stops it too. PGlite's socket accepts only a few connections beyond one app's pool, so
   * on PGlite the first server is restarted with half of them and the second gets the other half.
   */
  startSecondInstance(): Promise<AppInstance>;
  close(): Promise<void>;
}

export const TEST_SECRET = 'test-session-secret-0123456789abcdef';
export const TEST_AUDIT_KEY = 'test-audit-key-0123456789abcdef-0123';

/**
 * Starts the whole server on a fresh database, with the demo data, listening on a free port.
 * `options.logger` receives the server's logs (to check what is logged).
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { logger?: Logger } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  // Each test database has its own audit chain, so its own anchor file.
  const anchorDir = mkdtempSync(path.join(tmpdir(), 'kycuong-anchors-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    SESSION_SECRET: TEST_SECRET,
    AUDIT_KEY: TEST_AUDIT_KEY,
    AUDIT_ANCHOR_FILE: path.join(anchorDir, 'audit-anchors.jsonl'),
    CLIENT_DIST: '',
    SEED_DEMO: 'true',
    ...env,
  });
  // What the servers connect to: on PGlite with a second instance, the same socket with half the pool each.
  let endpoint = database;
  let second: App | null = null;
  let app = await createApp(config, { database, logger: options.logger });
  const url = await app.listen(0, '127.0.0.1');
  const port = Number(new URL(url).port);
  const testApp: TestApp = {
    app,
    url,
    config,
    caller: () => new GraphQLCaller(url),
    as: (username) => new GraphQLCaller(url).signIn(username),
    sql: <T>(text: string, params: unknown[] = []) => app.orm.em.getConnection().execute<T[]>(text, params),
    async restart({ crash = false } = {}) {
      if (crash) {
        app.server.closeAllConnections();
        if (database.kind === 'postgresql') await terminateConnections(database.url);
      }
      await app.close().catch(() => undefined);
      app = await createApp(config, { database: endpoint, logger: options.logger });
      testApp.app = app;
      await app.listen(port, '127.0.0.1');
    },
    async startSecondInstance() {
      if (second) throw new Error('a second instance is already running');
      if (database.kind === 'pglite') {
        endpoint = { ...database, poolSize: Math.max(1, Math.floor(database.poolSize / 2)) };
        await testApp.restart();
      }
      const instance = await createApp(config, { database: endpoint, logger: options.logger });
      second = instance;
      const secondUrl = await instance.listen(0, '127.0.0.1');
      return {
        app: instance,
        url: secondUrl,
        caller: () => new GraphQLCaller(secondUrl),
        as: (username) => new GraphQLCaller(secondUrl).signIn(username),
      };
    },
    async close() {
      await second?.close();
      await app.close();
      await database.close();
      rmSync(anchorDir, { recursive: true, force: true });
    },
  };
  return testApp;
}

/** Ends every session of the app on its database, as when the server process dies. */
async function terminateConnections(databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await admin.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [name],
    );
  } finally {
    await admin.end();
  }
}
