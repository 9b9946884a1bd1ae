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
export async function startApp({ database, clientDist = '', seedDemo = true, port = 0 }) {
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
  return { app, url: await app.listen(port, '127.0.0.1') };
}

// ---------- the office's side of a benchmark: a checklist, a team, planned visits ----------

/**
 * Made through the API as the office: a published checklist `code` of `items` Đạt/Không đạt items (item
 * codes `<prefix><group>.<n>`, `groupSize` to a group), and a team of `year` led by the demo inspector
 * `kiemtra`. `planVisit(month)` plans one more visit of that team on the checklist and returns its id:
 * a new plan whenever every unit has a visit in the current one (units not active in the year are
 * passed over).
 */
export async function arrangeChecklistVisits(url, { year, code, name, items, groupSize = 100, prefix = 'G' }) {
  const office = await new Caller(url).signIn('vanphong');
  const admin = await new Caller(url).signIn('admin');
  const { createChecklistTemplate: template } = await office.must(
    'mutation ($i: CreateChecklistTemplateInput!) { createChecklistTemplate(input: $i) { id } }',
    { i: { code, name } },
  );
  const groups = [];
  for (let g = 0; g * groupSize < items; g++) {
    groups.push({
      code: `${prefix}${g + 1}`,
      title: `Nhóm ${g + 1}`,
      items: Array.from({ length: Math.min(groupSize, items - g * groupSize) }, (_, i) => ({
        code: `${prefix}${g + 1}.${i + 1}`,
        text: `Tiêu chí ${g + 1}.${i + 1}`,
        answerType: 'PASS_FAIL',
        points: 1,
        photoRequiredOnFail: false,
        required: true,
      })),
    });
  }
  await office.must('mutation ($i: SaveChecklistDraftInput!) { saveChecklistDraft(input: $i) { id } }', {
    i: { templateId: template.id, groups },
  });
  const { publishChecklistDraft: version } = await office.must(
    'mutation ($id: ID!) { publishChecklistDraft(templateId: $id) { id groups { items { id } } } }',
    { id: template.id },
  );
  const itemIds = version.groups.flatMap((g) => g.items.map((i) => i.id));
  check(itemIds.length === items, `the published checklist has ${itemIds.length} items, not ${items}`);

  const { users } = await admin.must('{ users { id username } }');
  const inspectorId = users.find((u) => u.username === 'kiemtra')?.id;
  const { saveInspectionTeam: team } = await office.must(
    'mutation ($i: SaveTeamInput!) { saveInspectionTeam(input: $i) { id } }',
    {
      i: {
        year,
        name: `Đoàn benchmark ${code}`,
        decisionNumber: `${items}/QĐ-${code}`,
        decisionDate: `${year}-03-01`,
        members: [{ userId: inspectorId, role: 'LEAD' }],
      },
    },
  );
  const { units } = await office.must('{ units { id } }');

  let plan = null;
  let plans = 0;
  let unitIndex = units.length;
  /** Units passed over in a row: all of them means no unit can take a visit. */
  let refused = 0;
  async function planVisit(month) {
    for (;;) {
      check(refused < units.length, 'no unit could be given a visit');
      if (unitIndex >= units.length) {
        plans += 1;
        ({ createInspectionPlan: plan } = await office.must(
          'mutation ($i: CreatePlanInput!) { createInspectionPlan(input: $i) { id } }',
          {
            i: {
              year,
              title: `Kế hoạch benchmark ${code} ${plans}`,
              documentNumber: `${plans}/KH-${code}`,
              documentDate: `${year}-03-02`,
              templateId: template.id,
            },
          },
        ));
        unitIndex = 0;
      }
      const unit = units[unitIndex++];
      const res = await office.request('mutation ($i: PlanLineInput!) { addPlanLine(input: $i) { visit { id } } }', {
        i: { planId: plan.id, unitId: unit.id, plannedMonth: month, teamId: team.id },
      });
      if (res.errors) {
        // e.g. a unit not active in the year
        refused += 1;
        continue;
      }
      refused = 0;
      return res.data.addPlanLine.visit.id;
    }
  }
  return { office, inspectorId, itemIds, planVisit };
}
