// Offline-sync benchmark (issue 4): `pnpm bench` at the repository root.
//
// 1. a 500-answer visit batch through the real `syncBatch` mutation over HTTP (first apply);
// 2. the same batch sent again (idempotent replay), checked by counting rows;
// 3. the same 500 answers as plain SQL inserts into visit_answer, and the ratio;
// 4. the IndexedDB outbox write time per answer in real Chromium (the real Outbox.enqueue),
//    against 500 puts of the same records in one IndexedDB transaction.
//
// It runs the BUILT server (server/dist) in this process on its own new PostgreSQL database,
// kycuong_bench_<random>, which it drops at the end, also on failure.
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { chromium } from 'playwright-core';
import { build } from 'vite';

const ROOT = path.resolve(import.meta.dirname, '..');
const SERVER_DIST = path.join(ROOT, 'server/dist');
const OUTBOX_SOURCE = path.join(ROOT, 'client/src/offline/outbox.ts');
const ADMIN_URL =
  process.env.BENCH_DATABASE_URL ||
  process.env.TEST_DATABASE_URL ||
  process.env.DATABASE_URL ||
  'postgres://postgres@127.0.0.1:5432/postgres';
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 500);
const REPS = Number(process.env.BENCH_REPS ?? 5);
const PASSWORD = 'kycuong@2026';
const YEAR = 2026;

// ---------- small helpers ----------

const now = () => performance.now();
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = (value) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

function check(condition, message) {
  if (!condition) throw new Error(`benchmark check failed: ${message}`);
}

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])));
  const out = [line(header).join('  '), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of rows) out.push(line(r).join('  '));
  return out.join('\n');
}

/** A GraphQL caller keeping its own session cookie, like one browser. */
class Caller {
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
  async signIn(username) {
    await this.must('mutation ($i: SignInInput!) { signIn(input: $i) { id } }', {
      i: { username, password: PASSWORD },
    });
    return this;
  }
}

// ---------- database of the run ----------

async function adminQuery(sql) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function createBenchDatabase() {
  const name = `kycuong_bench_${randomBytes(4).toString('hex')}`;
  await adminQuery(`create database "${name}"`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    name,
    endpoint: {
      url: url.toString(),
      kind: 'postgresql',
      poolSize: 5,
      close: () => adminQuery(`drop database if exists "${name}" with (force)`),
    },
  };
}

// ---------- arranging a checklist of 500 items and fresh started visits ----------

async function arrange(url) {
  const office = await new Caller(url).signIn('vanphong');
  const inspector = await new Caller(url).signIn('kiemtra');
  const admin = await new Caller(url).signIn('admin');

  const { createChecklistTemplate: template } = await office.must(
    'mutation ($i: CreateChecklistTemplateInput!) { createChecklistTemplate(input: $i) { id } }',
    { i: { code: 'BENCH500', name: `Bộ tiêu chí ${ANSWERS} mục (benchmark)` } },
  );
  // At most 200 items in a group: groups of 100.
  const groups = [];
  for (let g = 0; g * 100 < ANSWERS; g++) {
    const items = [];
    for (let i = 1; i <= Math.min(100, ANSWERS - g * 100); i++) {
      items.push({
        code: `G${g + 1}.${i}`,
        text: `Tiêu chí ${g + 1}.${i}`,
        answerType: 'PASS_FAIL',
        points: 1,
        photoRequiredOnFail: false,
        required: true,
      });
    }
    groups.push({ code: `G${g + 1}`, title: `Nhóm ${g + 1}`, items });
  }
  await office.must('mutation ($i: SaveChecklistDraftInput!) { saveChecklistDraft(input: $i) { id } }', {
    i: { templateId: template.id, groups },
  });
  const { publishChecklistDraft: version } = await office.must(
    'mutation ($id: ID!) { publishChecklistDraft(templateId: $id) { id groups { items { id } } } }',
    { id: template.id },
  );
  const itemIds = version.groups.flatMap((g) => g.items.map((i) => i.id));
  check(itemIds.length === ANSWERS, `the published checklist has ${itemIds.length} items, not ${ANSWERS}`);

  const { users } = await admin.must('{ users { id username } }');
  const inspectorId = users.find((u) => u.username === 'kiemtra')?.id;
  const { saveInspectionTeam: team } = await office.must(
    'mutation ($i: SaveTeamInput!) { saveInspectionTeam(input: $i) { id } }',
    {
      i: {
        year: YEAR,
        name: 'Đoàn benchmark',
        decisionNumber: '500/QĐ-BENCH',
        decisionDate: `${YEAR}-03-01`,
        members: [{ userId: inspectorId, role: 'LEAD' }],
      },
    },
  );
  const { units } = await office.must('{ units { id } }');

  let plan = null;
  let unitIndex = units.length;
  let plans = 0;
  /** A new visit on the 500-item checklist, started by the inspector (IN_PROGRESS). */
  async function startedVisit() {
    for (;;) {
      if (unitIndex >= units.length) {
        plans += 1;
        ({ createInspectionPlan: plan } = await office.must(
          'mutation ($i: CreatePlanInput!) { createInspectionPlan(input: $i) { id } }',
          {
            i: {
              year: YEAR,
              title: `Kế hoạch benchmark ${plans}`,
              documentNumber: `${plans}/KH-BENCH`,
              documentDate: `${YEAR}-03-02`,
              templateId: template.id,
            },
          },
        ));
        unitIndex = 0;
      }
      const unit = units[unitIndex++];
      const res = await office.request('mutation ($i: PlanLineInput!) { addPlanLine(input: $i) { visit { id } } }', {
        i: { planId: plan.id, unitId: unit.id, plannedMonth: 11, teamId: team.id },
      });
      if (res.errors) continue; // e.g. a unit not active in the year
      const visitId = res.data.addPlanLine.visit.id;
      await inspector.must('mutation ($i: StartVisitInput!) { startVisit(input: $i) { id } }', {
        i: { operationId: randomUUID(), visitId },
      });
      return visitId;
    }
  }
  return { inspector, inspectorId, itemIds, startedVisit };
}

// ---------- 1-3: the server figures ----------

const SYNC = `mutation ($i: SyncBatchInput!) { syncBatch(input: $i) {
  outcomes { operationId status code } device { lastSequence } } }`;

async function benchServer(app, url) {
  const { inspector, inspectorId, itemIds, startedVisit } = await arrange(url);
  const db = new pg.Client({ connectionString: app.database.url });
  await db.connect();
  try {
    const count = async (sql, params = []) => Number((await db.query(sql, params)).rows[0].n);
    const deviceId = randomUUID();
    let sequence = 0;

    const batchFor = (visitId) =>
      itemIds.map((itemId) => ({
        operationId: randomUUID(),
        sequence: ++sequence,
        kind: 'ANSWER_ITEM',
        input: { visitId, itemId, passFail: 'PASS' },
      }));
    const send = async (operations) => {
      const started = now();
      const body = await inspector.request(SYNC, {
        i: { deviceId, operations, pending: { count: 0, operationIds: [] } },
      });
      const elapsed = now() - started;
      if (body.errors) throw new Error(`syncBatch failed: ${JSON.stringify(body.errors).slice(0, 500)}`);
      const notApplied = body.data.syncBatch.outcomes.filter((o) => o.status !== 'APPLIED');
      check(notApplied.length === 0, `${notApplied.length} operations not applied: ${JSON.stringify(notApplied[0])}`);
      return elapsed;
    };
    const footprint = async (visitId) => ({
      answers: await count('select count(*) as n from visit_answer where visit_id = $1', [visitId]),
      revised: await count('select count(*) as n from visit_answer where visit_id = $1 and version > 1', [visitId]),
      audit: await count('select count(*) as n from audit_entry where visit_id = $1', [visitId]),
      applied: await count('select count(*) as n from applied_operation'),
      findings: await count('select count(*) as n from finding where visit_id = $1', [visitId]),
    });

    // A warm-up apply and replay (JIT, query plans, connection pool), not counted.
    {
      const visitId = await startedVisit();
      const batch = batchFor(visitId);
      await send(batch);
      await send(batch);
    }

    const first = [];
    const replay = [];
    const replayChecks = [];
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    for (let rep = 0; rep < REPS; rep++) {
      const visitId = await startedVisit();
      const batch = batchFor(visitId);
      const appliedBefore = await count('select count(*) as n from applied_operation');
      first.push(await send(batch));
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
      const afterFirst = await footprint(visitId);
      check(afterFirst.answers === ANSWERS, `${afterFirst.answers} answers stored after the first apply`);
      check(afterFirst.applied - appliedBefore === ANSWERS, 'one applied_operation row per operation');
      replay.push(await send(batch));
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
      const afterReplay = await footprint(visitId);
      const same = JSON.stringify(afterReplay) === JSON.stringify(afterFirst);
      check(same, `the replay changed rows: ${JSON.stringify(afterFirst)} -> ${JSON.stringify(afterReplay)}`);
      replayChecks.push(afterReplay);
    }
    const rssAfter = process.memoryUsage().rss;

    // Plain SQL: the same 500 answers straight into visit_answer, one transaction each way.
    const perRow = [];
    const multiRow = [];
    const rows = (visitId) => itemIds.map((itemId) => [randomUUID(), visitId, itemId]);
    const insertPerRow = async (visitId) => {
      const started = now();
      await db.query('begin');
      for (const [id, visit, item] of rows(visitId)) {
        await db.query(
          `insert into visit_answer (id, visit_id, item_id, pass_fail, updated_by_id, updated_at, edited_at, also_for)
           values ($1, $2, $3, 'PASS', $4, now(), now(), '[]')`,
          [id, visit, item, inspectorId],
        );
      }
      await db.query('commit');
      return now() - started;
    };
    const insertMultiRow = async (visitId) => {
      const values = [];
      const params = [inspectorId];
      for (const [id, visit, item] of rows(visitId)) {
        const n = params.length;
        values.push(`($${n + 1}, $${n + 2}, $${n + 3}, 'PASS', $1, now(), now(), '[]')`);
        params.push(id, visit, item);
      }
      const started = now();
      await db.query('begin');
      await db.query(
        `insert into visit_answer (id, visit_id, item_id, pass_fail, updated_by_id, updated_at, edited_at, also_for) values ${values.join(', ')}`,
        params,
      );
      await db.query('commit');
      return now() - started;
    };
    await insertPerRow(await startedVisit()); // warm-up
    await insertMultiRow(await startedVisit()); // warm-up
    for (let rep = 0; rep < REPS; rep++) {
      const a = await startedVisit();
      perRow.push(await insertPerRow(a));
      const b = await startedVisit();
      multiRow.push(await insertMultiRow(b));
      check((await count('select count(*) as n from visit_answer where visit_id = $1', [a])) === ANSWERS, 'per-row');
      check((await count('select count(*) as n from visit_answer where visit_id = $1', [b])) === ANSWERS, 'multi-row');
    }
    return {
      first,
      replay,
      replayCheck: replayChecks.at(-1),
      replayChecks: replayChecks.length,
      perRow,
      multiRow,
      rssBefore,
      rssPeak,
      rssAfter,
    };
  } finally {
    await db.end();
  }
}

// ---------- 4: the IndexedDB outbox in Chromium ----------

async function bundleOutbox() {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: path.dirname(OUTBOX_SOURCE),
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      lib: { entry: OUTBOX_SOURCE, formats: ['es'], fileName: 'outbox' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const chunk = outputs.find((o) => o.type === 'chunk' && o.isEntry);
  check(chunk, 'vite produced no outbox bundle');
  return chunk.code;
}

/** Runs inside the page: the real Outbox.enqueue, one write at a time, then the same records in one transaction. */
async function pageBench({ answers, reps }) {
  const { Outbox } = await import('/outbox.js');
  const idb = (req) =>
    new Promise((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  const done = (tx) =>
    new Promise((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('aborted'));
    });
  const userId = crypto.randomUUID();
  const visitId = crypto.randomUUID();
  const items = Array.from({ length: answers }, () => crypto.randomUUID());
  const results = [];
  for (let rep = 0; rep <= reps; rep++) {
    // Each repetition on a new, empty database, as on a phone starting a visit.
    const outbox = await Outbox.open(`bench-outbox-${rep}`);
    const t0 = performance.now();
    for (const itemId of items) await outbox.enqueue(userId, 'ANSWER_ITEM', { visitId, itemId, passFail: 'PASS' });
    const enqueueMs = performance.now() - t0;
    const records = await outbox.entries(userId);
    outbox.close();
    if (records.length !== answers) throw new Error(`${records.length} entries in the outbox`);

    const open = indexedDB.open(`bench-baseline-${rep}`, 1);
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore('entries', { keyPath: 'operationId' });
      store.createIndex('byUser', ['userId', 'sequence']);
    };
    const db = await idb(open);
    const t1 = performance.now();
    const tx = db.transaction('entries', 'readwrite');
    const store = tx.objectStore('entries');
    for (const record of records) store.put(record);
    await done(tx);
    const oneTxMs = performance.now() - t1;
    db.close();
    if (rep > 0) results.push({ enqueueMs, oneTxMs }); // repetition 0 is a warm-up
  }
  return results;
}

async function benchBrowser() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium, or set CHROMIUM_PATH`);
  }
  const code = await bundleOutbox();
  const server = createServer((req, res) => {
    if (req.url === '/outbox.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(code);
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><meta charset="utf-8"><title>outbox bench</title>');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const version = browser.version();
    const results = await page.evaluate(pageBench, { answers: ANSWERS, reps: REPS });
    return { version, enqueue: results.map((r) => r.enqueueMs), oneTx: results.map((r) => r.oneTxMs) };
  } finally {
    await browser.close();
    server.close();
  }
}

// ---------- main ----------

async function main() {
  const started = now();
  const { createApp } = await import(pathToFileURL(path.join(SERVER_DIST, 'app.js')).href);
  const { loadConfig } = await import(pathToFileURL(path.join(SERVER_DIST, 'config.js')).href);

  const { name, endpoint } = await createBenchDatabase();
  let server;
  let dropped = false;
  const drop = async () => {
    if (dropped) return;
    dropped = true;
    await endpoint.close();
  };
  process.once('SIGINT', () => {
    drop().finally(() => process.exit(130));
  });
  try {
    console.log(`database ${name}; ${ANSWERS} answers, ${REPS} repetitions (after one warm-up each)`);
    const config = loadConfig({
      NODE_ENV: 'test',
      SESSION_SECRET: 'bench-session-secret-0123456789abcdef',
      CLIENT_DIST: '',
      SEED_DEMO: 'true',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
    });
    const app = await createApp(config, { database: endpoint });
    server = { app, url: await app.listen(0, '127.0.0.1') };
    const s = await benchServer(server.app, server.url);
    await server.app.close();
    server = null;
    const b = await benchBrowser();

    const sync = stats(s.first);
    const again = stats(s.replay);
    const perRow = stats(s.perRow);
    const multiRow = stats(s.multiRow);
    const enqueue = stats(b.enqueue);
    const oneTx = stats(b.oneTx);
    const row = (label, st, per = ANSWERS) => [label, ms(st.median), ms(st.min), ms(st.max), ms(st.median / per)];
    console.log('');
    console.log(
      table(
        ['figure (ms)', 'median', 'min', 'max', 'per answer'],
        [
          row(`1. syncBatch, ${ANSWERS} ANSWER_ITEM, first apply (HTTP)`, sync),
          row('2. syncBatch, same batch again (idempotent)', again),
          row(`3a. plain SQL, ${ANSWERS} single-row INSERTs, 1 tx`, perRow),
          row(`3b. plain SQL, one ${ANSWERS}-row INSERT, 1 tx`, multiRow),
          row(`4. Outbox.enqueue x${ANSWERS} (1 IDB tx each)`, enqueue),
          row(`4b. ${ANSWERS} IDB puts in ONE transaction`, oneTx),
        ],
      ),
    );
    console.log('');
    console.log(
      table(
        ['ratio (medians)', 'x'],
        [
          ['syncBatch first apply / plain SQL single-row', (sync.median / perRow.median).toFixed(1)],
          ['syncBatch first apply / plain SQL multi-row', (sync.median / multiRow.median).toFixed(1)],
          ['syncBatch replay / first apply', (again.median / sync.median).toFixed(2)],
          ['Outbox.enqueue / one-transaction puts', (enqueue.median / oneTx.median).toFixed(1)],
        ],
      ),
    );
    const c = s.replayCheck;
    console.log('');
    console.log(
      `replay check: OK in ${s.replayChecks}/${REPS} repetitions, no row changed by the replay ` +
        `(last one: ${c.answers} visit_answer rows, ` +
        `${c.revised} with version > 1, ${c.audit} audit entries for the visit, ${c.findings} findings, ` +
        `${c.applied} applied_operation rows in all)`,
    );
    console.log(
      `server process RSS (server and caller in one Node process): ${mb(s.rssBefore)} before the measured ` +
        `syncBatch runs, ${mb(s.rssPeak)} peak after a request, ${mb(s.rssAfter)} after`,
    );
    console.log(`browser: Chromium ${b.version}, headless; whole run ${((now() - started) / 1000).toFixed(1)} s`);
  } finally {
    if (server) await server.app.close().catch(() => {});
    await drop();
    console.log(`database ${name} dropped`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
