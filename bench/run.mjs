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
import { createHmac, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import {
  arrangeChecklistVisits,
  BENCH_ADMIN_URL,
  BENCH_SESSION_SECRET,
  Caller,
  check,
  createDatabase,
  importServer,
  ms,
  now,
  ROOT,
  startApp,
  stats,
  table,
} from './lib.mjs';
import { uplinkSection } from './uplink.mjs';

const OUTBOX_SOURCE = path.join(ROOT, 'client/src/offline/outbox.ts');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 500);
const REPS = Number(process.env.BENCH_REPS ?? 5);
// This year, the year of the demo's plan under way: a past year's visits can no longer be started.
const YEAR = (await importServer('db/seeders/demo-year.js')).demoCurrentYear();

// Issue 19 item 4: a 500-answer first apply at most 15x 500 single-row INSERTs in one transaction, the
// replay at most 0.1x the first apply.
const SYNC_FIRST_TARGET = 15;
const SYNC_REPLAY_TARGET = 0.1;

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

// ---------- database of the run ----------

/** A new database kycuong_bench_<random>, as the server's endpoint; its close() drops it. */
async function createBenchDatabase() {
  const { name, url, drop } = await createDatabase(BENCH_ADMIN_URL, 'kycuong_bench_');
  return { name, endpoint: { url, kind: 'postgresql', poolSize: 5, close: drop } };
}

// ---------- arranging a checklist of 500 items and fresh started visits ----------

async function arrange(url) {
  const inspector = await new Caller(url).signIn('kiemtra');
  const { inspectorId, itemIds, planVisit } = await arrangeChecklistVisits(url, {
    year: YEAR,
    code: 'BENCH500',
    name: `Bộ tiêu chí ${ANSWERS} mục (benchmark)`,
    items: ANSWERS,
  });
  /** A new visit on the 500-item checklist, started by the inspector (IN_PROGRESS). */
  async function startedVisit() {
    const visitId = await planVisit(11);
    await inspector.must('mutation ($i: StartVisitInput!) { startVisit(input: $i) { id } }', {
      i: { operationId: randomUUID(), visitId },
    });
    return visitId;
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

    // Plain SQL: the same answers straight into visit_answer, one transaction each way (the baselines).
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
    const first = [];
    const replay = [];
    const perRow = [];
    const multiRow = [];
    await insertPerRow(await startedVisit()); // warm-up
    await insertMultiRow(await startedVisit()); // warm-up
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
      // The plain SQL baselines in the same round, so that a busy moment weighs on both alike.
      const a = await startedVisit();
      perRow.push(await insertPerRow(a));
      const b = await startedVisit();
      multiRow.push(await insertMultiRow(b));
      check((await count('select count(*) as n from visit_answer where visit_id = $1', [a])) === ANSWERS, 'per-row');
      check((await count('select count(*) as n from visit_answer where visit_id = $1', [b])) === ANSWERS, 'multi-row');
    }
    const rssAfter = process.memoryUsage().rss;

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

// ---------- Read path (issue 6): the visit lists through the full stack vs plain node:http + pg ----------

const READ_VISITS = Number(process.env.BENCH_READ_VISITS ?? 120);
const READ_STARTED = Math.round(READ_VISITS / 3);
const READ_ITEMS = 40;
const READ_CONCURRENCY = Number(process.env.BENCH_READ_CONCURRENCY ?? 8);
const READ_SECONDS = Number(process.env.BENCH_READ_SECONDS ?? 2);
const READ_ROUNDS = Number(process.env.BENCH_READ_ROUNDS ?? 5);
const READ_TARGET = 0.8;

/** The operation document of `name` exactly as the client sends it (from its operations.ts). */
function clientDocument(file, name) {
  const source = readFileSync(path.join(ROOT, file), 'utf8');
  for (const [, body] of source.matchAll(/graphql\(`([\s\S]*?)`\)/g)) {
    if (new RegExp(`\\bquery ${name}\\b`).test(body)) return body;
  }
  throw new Error(`no query ${name} in ${file}`);
}

const READ_LISTS = [
  {
    key: 'office',
    label: 'office list: ReviewVisits (visitPage, first page of the year, with its total)',
    user: 'vanphong',
    operationName: 'ReviewVisits',
    file: 'client/src/features/review/operations.ts',
    // As the review screen sends its first page (pageWindow(1), LIST_PAGE_SIZE 20).
    variables: { filter: { year: YEAR, status: null, search: null, unitId: null }, first: 20, offset: 0 },
    rows: (data) => data.visitPage.items,
    total: (data) => data.visitPage.total,
  },
  {
    key: 'phone',
    label: 'phone list: MyVisits (myVisits with progress)',
    user: 'kiemtra',
    operationName: 'MyVisits',
    file: 'client/src/field/operations.ts',
    variables: {},
    rows: (data) => data.myVisits,
    total: (data) => data.myVisits.length,
  },
];

/** Demo data plus READ_VISITS visits of one inspector's team, a third of them started and half answered. */
async function arrangeReadPath(url) {
  const inspector = await new Caller(url).signIn('kiemtra');
  const { office, itemIds, planVisit } = await arrangeChecklistVisits(url, {
    year: YEAR,
    code: 'READ40',
    name: 'Bộ tiêu chí 40 mục (benchmark đọc)',
    items: READ_ITEMS,
    groupSize: READ_ITEMS / 4,
    prefix: 'R',
  });
  const visitIds = [];
  while (visitIds.length < READ_VISITS) visitIds.push(await planVisit(1 + (visitIds.length % 12)));
  const deviceId = randomUUID();
  let sequence = 0;
  for (const [n, visitId] of visitIds.slice(0, READ_STARTED).entries()) {
    await inspector.must('mutation ($i: StartVisitInput!) { startVisit(input: $i) { id } }', {
      i: { operationId: randomUUID(), visitId },
    });
    const operations = itemIds.slice(0, (n * 7) % (READ_ITEMS + 1)).map((itemId, i) => ({
      operationId: randomUUID(),
      sequence: ++sequence,
      kind: 'ANSWER_ITEM',
      input: { visitId, itemId, passFail: i % 5 === 0 ? 'NOT_APPLICABLE' : 'PASS' },
    }));
    if (operations.length === 0) continue;
    await inspector.must(SYNC, { i: { deviceId, operations, pending: { count: 0, operationIds: [] } } });
  }
  return { callers: { vanphong: office, kiemtra: inspector } };
}

/**
 * The baseline: the same request served by node:http + pg with nothing else. It does what any server
 * must do for it (read the JSON body, look the session cookie up, one SQL query for the rows) and
 * answers the same JSON.
 */
function plainReadServer(databaseUrl, poolSize, rules) {
  const { todayLocalDate, successorsOf, todayNames } = rules;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  const sessionSql = `select u.id, u.role from user_session s join app_user u on u.id = s.user_id
    where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now() and u.active`;
  // The unit as of the record's day (its visit date; not held yet: its planned month, not before today,
  // within its plan year): the last version begun by then, else the first, else the unit's row; and
  // its name today while it is active.
  const asOf = (rows, today) => `with r as (${rows}),
    d as (select r.*, coalesce(r.visit_date, (select least(greatest(make_date(p.year, coalesce(r.planned_month, 1), 1),
        ${today}::date), make_date(p.year, 12, 31))::text from inspection_plan p where p.id = r.plan_id), ${today}::text) as day
      from r)
    select d.*, coalesce(uv.valid_from::text, u.active_from::text) as as_of_from, coalesce(uv.name, u.name) as as_of_name,
      u.name as today_name, (u.active_to is null or u.active_to >= ${today}::date) as today_active
    from d join unit u on u.id = d.unit_id
      left join lateral (select x.valid_from, x.name from unit_version x where x.unit_id = d.unit_id
        order by x.valid_from <= d.day::date desc, case when x.valid_from <= d.day::date then x.valid_from end desc nulls last,
          x.valid_from limit 1) uv on true
    order by d.n`;
  const columns = `v.id, v.status, l.planned_month, l.planned_date::text as planned_date, v.visit_date::text as visit_date,
      l.plan_id, u.id as unit_id, u.name as unit_name, t.id as team_id, t.name as team_name`;
  const from = `from visit v join unit u on u.id = v.unit_id join inspection_team t on t.id = v.team_id
      left join plan_line l on l.id = v.plan_line_id`;
  const office = asOf(
    `select ${columns}, v.submitted_at, v.approved_at, count(*) over () as total,
      row_number() over (order by v.visit_date desc nulls last, v.id) as n
    ${from}
    where ((v.visit_date >= make_date($1, 1, 1) and v.visit_date < make_date($1 + 1, 1, 1))
        or (v.visit_date is null and exists (select 1 from inspection_plan p where p.id = l.plan_id and p.year = $1)))
      and ($2::text is null or v.status = $2)
    order by v.visit_date desc nulls last, v.id limit $3 offset $4`,
    '$5',
  );
  const phone = asOf(
    `select ${columns}, t.year as team_year, v.template_version_id,
      (select count(*) from checklist_item i join checklist_group g on g.id = i.group_id
        where g.version_id = v.template_version_id)::int as total,
      (select count(*) from visit_answer a join checklist_item i on i.id = a.item_id
        where a.visit_id = v.id and case i.answer_type when 'PASS_FAIL' then a.pass_fail is not null
          when 'NUMBER' then a.number_value is not null else length(trim(coalesce(a.text_value, ''))) > 0 end)::int
        as answered,
      row_number() over (order by coalesce(v.visit_date, make_date(2000, coalesce(l.planned_month, 1), 1)) desc,
        v.created_at desc, v.id) as n
    ${from}
    where v.team_id in (select team_id from team_member where user_id = $1)`,
    '$2',
  );
  const visitRow = (r) => ({
    id: r.id,
    status: r.status,
    plannedMonth: r.planned_month,
    plannedDate: r.planned_date,
    visitDate: r.visit_date,
    unit: { id: r.unit_id, name: r.unit_name },
    unitAsOf: {
      id: `${r.unit_id}@${r.as_of_from}`,
      name: r.as_of_name,
      todayNames: r.today_active ? [r.today_name] : r.successor_names,
    },
  });
  /** A unit that has ended is named by the units carrying its work (the product's own rule, unit-history.ts). */
  const withSuccessorNames = async (rows, today) => {
    const ended = [...new Set(rows.filter((r) => !r.today_active).map((r) => r.unit_id))];
    if (ended.length === 0) return rows;
    const { rows: changes } = await pool.query('select event from unit_change order by effective_on, created_at');
    const events = changes.map((c) => c.event);
    const successors = new Map(ended.map((id) => [id, successorsOf(events, id)]));
    const { rows: units } = await pool.query(
      'select id, name, active_to::text as "activeTo" from unit where id = any($1::uuid[])',
      [[...new Set([...successors.values()].flat())]],
    );
    const carrying = new Map(units.map((u) => [u.id, u]));
    for (const r of rows)
      if (!r.today_active) r.successor_names = todayNames(successors.get(r.unit_id), carrying, today);
    return rows;
  };
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      try {
        const { variables = {} } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        const token = /(?:^|;\s*)kc_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
        const hash = token ? createHmac('sha256', BENCH_SESSION_SECRET).update(token).digest('hex') : null;
        const user = hash ? (await pool.query(sessionSql, [hash])).rows[0] : null;
        let data;
        const today = todayLocalDate();
        if (!user) data = null;
        else if (req.url === '/office') {
          const { filter = {}, first = null, offset = 0 } = variables;
          const rows = await withSuccessorNames(
            (await pool.query(office, [filter.year, filter.status ?? null, first, offset, today])).rows,
            today,
          );
          data = {
            visitPage: {
              total: Number(rows[0]?.total ?? 0),
              items: rows.map((r) => ({
                ...visitRow(r),
                submittedAt: r.submitted_at,
                approvedAt: r.approved_at,
                team: { id: r.team_id, name: r.team_name },
              })),
            },
          };
        } else {
          const rows = await withSuccessorNames((await pool.query(phone, [user.id, today])).rows, today);
          data = {
            myVisits: rows.map((r) => ({
              ...visitRow(r),
              team: { id: r.team_id, name: r.team_name, year: r.team_year },
              progress: r.template_version_id ? { answered: r.answered, total: r.total } : null,
            })),
          };
        }
        const body = JSON.stringify(data ? { data } : { errors: [{ message: 'UNAUTHENTICATED' }] });
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(body);
      } catch (err) {
        res.writeHead(500);
        res.end(String(err.message));
      }
    });
  });
  return {
    async listen() {
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${server.address().port}`;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}

/**
 * The load generator, in a worker thread so that it does not share the servers' event loop: a fixed
 * number of keep-alive connections, each sending the next request as soon as the last answer is read.
 */
const LOAD_WORKER = `
const { parentPort } = require('node:worker_threads');
const http = require('node:http');
parentPort.on('message', ({ url, headers, body, concurrency, durationMs }) => {
  const target = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const payload = Buffer.from(body);
  const allHeaders = { ...headers, 'content-length': payload.length };
  let ok = 0, failed = 0, stop = false;
  const started = performance.now();
  const one = () => new Promise((resolve) => {
    const req = http.request({ agent, host: target.hostname, port: target.port, path: target.pathname,
      method: 'POST', headers: allHeaders }, (res) => {
      res.on('data', () => {});
      res.on('end', () => { if (res.statusCode === 200) ok++; else failed++; resolve(); });
    });
    req.on('error', () => { failed++; resolve(); });
    req.end(payload);
  });
  const loop = async () => { while (!stop) await one(); };
  setTimeout(() => { stop = true; }, durationMs);
  Promise.all(Array.from({ length: concurrency }, loop)).then(() => {
    const seconds = (performance.now() - started) / 1000;
    agent.destroy();
    parentPort.postMessage({ ok, failed, seconds });
  });
});`;

function loadGenerator() {
  const worker = new Worker(LOAD_WORKER, { eval: true });
  let current = null;
  worker.on('message', (result) => current?.resolve(result));
  worker.on('error', (err) => current?.reject(err));
  return {
    run: (target, durationMs) =>
      new Promise((resolve, reject) => {
        current = { resolve, reject };
        worker.postMessage({ ...target, concurrency: READ_CONCURRENCY, durationMs });
      }),
    close: () => worker.terminate(),
  };
}

/** The rows a list answer shows, in order, to compare the two servers. */
const rowKeys = (rows) =>
  rows.map((v) =>
    [
      v.id,
      v.status,
      v.plannedMonth,
      v.plannedDate,
      v.visitDate,
      v.unit.id,
      v.unit.name,
      v.unitAsOf.id,
      v.unitAsOf.name,
      v.unitAsOf.todayNames.join(','),
      v.team.id,
      v.team.name,
      v.team.year,
      v.progress?.answered,
      v.progress?.total,
      v.submittedAt && Date.parse(v.submittedAt),
      v.approvedAt && Date.parse(v.approvedAt),
    ]
      .map((x) => x ?? null)
      .join('|'),
  );

async function benchReadPath() {
  const { name, endpoint } = await createBenchDatabase();
  let app = null;
  let plain = null;
  let load = null;
  try {
    let fullUrl;
    ({ app, url: fullUrl } = await startApp({ database: endpoint }));
    const { callers } = await arrangeReadPath(fullUrl);
    plain = plainReadServer(endpoint.url, endpoint.poolSize, {
      ...(await importServer('common/local-date.js')),
      ...(await importServer('features/units/unit-history.js')),
      ...(await importServer('features/units/unit-as-of.js')),
    });
    const plainUrl = await plain.listen();
    load = loadGenerator();
    const results = [];
    for (const list of READ_LISTS) {
      const cookie = callers[list.user].cookie;
      const query = clientDocument(list.file, list.operationName);
      const body = JSON.stringify({ operationName: list.operationName, query, variables: list.variables });
      const headers = { 'content-type': 'application/json', cookie };
      const full = { url: `${fullUrl}/graphql`, headers, body };
      const base = { url: `${plainUrl}/${list.key}`, headers, body };
      // Both servers must answer the same rows before anything is timed.
      const answer = async (target) => {
        const res = await fetch(target.url, { method: 'POST', headers: target.headers, body: target.body });
        const json = await res.json();
        check(res.status === 200 && !json.errors, `${target.url}: ${JSON.stringify(json).slice(0, 300)}`);
        return json.data;
      };
      const fullData = await answer(full);
      const plainData = await answer(base);
      const fullRows = rowKeys(list.rows(fullData));
      const plainRows = rowKeys(list.rows(plainData));
      const total = list.total(fullData);
      check(total >= 50 && fullRows.length >= 20, `${list.key}: only ${fullRows.length} rows of ${total}`);
      check(total === list.total(plainData), `${list.key}: totals differ (${total} vs ${list.total(plainData)})`);
      const diff = fullRows.findIndex((r, i) => r !== plainRows[i]);
      check(
        fullRows.length === plainRows.length && diff === -1,
        `${list.key}: the servers differ (${fullRows.length} vs ${plainRows.length} rows; first difference ` +
          `${fullRows[diff]} vs ${plainRows[diff]})`,
      );
      await load.run(full, 1000); // warm-up: JIT, query plans, pools
      await load.run(base, 1000);
      const fullRates = [];
      const plainRates = [];
      for (let round = 0; round < READ_ROUNDS; round++) {
        // Interleaved, and each round starts with the other server, so drift in the machine's load
        // falls on both alike.
        const order = round % 2 ? [base, full] : [full, base];
        for (const target of order) {
          const r = await load.run(target, READ_SECONDS * 1000);
          check(r.failed === 0, `${r.failed} failed requests to ${target.url}`);
          (target === full ? fullRates : plainRates).push(r.ok / r.seconds);
        }
      }
      const ratios = fullRates.map((f, i) => f / plainRates[i]);
      results.push({
        list,
        rows: fullRows.length,
        total,
        full: stats(fullRates),
        plain: stats(plainRates),
        ratio: stats(ratios),
      });
    }
    return results;
  } finally {
    await load?.close();
    await plain?.close().catch(() => {});
    await app?.close().catch(() => {});
    await endpoint.close();
    console.log(`database ${name} dropped`);
  }
}

function printReadPath(results) {
  console.log('');
  console.log(
    `Read path: req/s with ${READ_CONCURRENCY} keep-alive connections, ${READ_ROUNDS} interleaved rounds of ` +
      `${READ_SECONDS} s per server (medians); baseline = the same request and rows from node:http + pg ` +
      '(session lookup + one SQL query)',
  );
  const rate = (s) => s.median.toFixed(0);
  console.log(
    table(
      ['list (rows)', 'full stack', 'plain http+pg', 'ratio', 'ratio min-max', `target ≥ ${READ_TARGET}x`],
      results.map((r) => [
        `${r.list.label} (${r.rows}${r.total !== r.rows ? ` of ${r.total}` : ''})`,
        rate(r.full),
        rate(r.plain),
        `${r.ratio.median.toFixed(2)}x`,
        `${r.ratio.min.toFixed(2)}-${r.ratio.max.toFixed(2)}`,
        r.ratio.median >= READ_TARGET ? 'PASS' : 'FAIL',
      ]),
    ),
  );
  console.log('both servers returned the same rows (ids, status, month, date, unit, team, progress) before timing');
}

// ---------- main ----------

/**
 * Offline sync (issues 4 and 19): figures beside their plain baselines; the first apply and the replay
 * have budgets (issue 19 item 4).
 */
async function syncSection() {
  const started = now();
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
    server = await startApp({ database: endpoint });
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
    // Each round's own ratio (its syncBatch against its baseline measured in the same round): the
    // median is the figure, min-max its spread.
    const perRound = (a, b) => stats(a.map((value, i) => value / b[i]));
    const firstRatio = perRound(s.first, s.perRow);
    const firstMultiRatio = perRound(s.first, s.multiRow);
    const replayRatio = perRound(s.replay, s.first);
    const spread = (st, digits) => `${st.min.toFixed(digits)}-${st.max.toFixed(digits)}`;
    console.log(
      table(
        ['ratio (median of the rounds)', 'x', `spread over ${REPS} rounds`, 'budget', 'result'],
        [
          [
            'syncBatch first apply / plain SQL single-row',
            firstRatio.median.toFixed(1),
            spread(firstRatio, 1),
            `<= ${SYNC_FIRST_TARGET}`,
            firstRatio.median <= SYNC_FIRST_TARGET ? 'PASS' : 'FAIL',
          ],
          [
            'syncBatch first apply / plain SQL multi-row',
            firstMultiRatio.median.toFixed(1),
            spread(firstMultiRatio, 1),
            '',
            '',
          ],
          [
            'syncBatch replay / first apply',
            replayRatio.median.toFixed(3),
            spread(replayRatio, 3),
            `<= ${SYNC_REPLAY_TARGET}`,
            replayRatio.median <= SYNC_REPLAY_TARGET ? 'PASS' : 'FAIL',
          ],
          ['Outbox.enqueue / one-transaction puts', (enqueue.median / oneTx.median).toFixed(1), '', '', ''],
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
    console.log(`browser: Chromium ${b.version}, headless; section ${((now() - started) / 1000).toFixed(1)} s`);
    return [
      {
        budget: `syncBatch ${ANSWERS} answers, first apply / ${ANSWERS} single-row INSERTs`,
        value: `${firstRatio.median.toFixed(1)}x (${spread(firstRatio, 1)}; ${ms(sync.median / ANSWERS)} ms/answer)`,
        baseline: `${ms(perRow.median)} ms`,
        target: `<= ${SYNC_FIRST_TARGET}x`,
        pass: firstRatio.median <= SYNC_FIRST_TARGET,
      },
      {
        budget: 'syncBatch replay / first apply',
        value: `${replayRatio.median.toFixed(3)}x (${spread(replayRatio, 3)})`,
        baseline: `${ms(sync.median)} ms`,
        target: `<= ${SYNC_REPLAY_TARGET}x`,
        pass: replayRatio.median <= SYNC_REPLAY_TARGET,
      },
    ];
  } finally {
    if (server) await server.app.close().catch(() => {});
    await drop();
    console.log(`database ${name} dropped`);
  }
}

/** Read path (issue 6): each list's throughput ratio against its budget. */
async function readPathSection() {
  const results = await benchReadPath();
  printReadPath(results);
  return results.map((r) => ({
    budget: `read path, ${r.list.key} list: full stack / plain http+pg`,
    value: `${r.ratio.median.toFixed(2)}x (${r.full.median.toFixed(0)} req/s)`,
    baseline: `${r.plain.median.toFixed(0)} req/s`,
    target: `>= ${READ_TARGET}x`,
    pass: r.ratio.median >= READ_TARGET,
  }));
}

/**
 * Client budgets (JS size, LCP, INP) are measured by bench/client-budgets.mjs, owned by the client side.
 * When that file exists it must export `run()`, print its own figures and return its budgets as
 * `[{ budget, value, baseline, target, pass }]`; they join the summary below. Both files take their
 * helpers (table, stats, ...) from bench/lib.mjs.
 */
async function clientSection() {
  const file = path.join(ROOT, 'bench/client-budgets.mjs');
  if (!existsSync(file)) {
    console.log('bench/client-budgets.mjs not present: no client budgets in this run');
    return [];
  }
  const { run } = await import(pathToFileURL(file).href);
  return run();
}

/** The evidence pack (issue 17): a plain read's latency while the background job builds the pack. */
async function packSection() {
  const { run } = await import(pathToFileURL(path.join(ROOT, 'bench/evidence-pack.mjs')).href);
  return run();
}

/** `pnpm bench` runs every section; `node bench/run.mjs read client` only those named. */
const SECTIONS = {
  sync: syncSection,
  read: readPathSection,
  client: clientSection,
  pack: packSection,
  uplink: uplinkSection,
};

async function main() {
  const started = now();
  // As the server runs in production (graphql-js, for one, skips its development-only checks then);
  // set before the server modules are imported.
  process.env.NODE_ENV ??= 'production';
  // Imported here, so that a server not built fails the run before any section starts.
  await importServer('app.js');
  await importServer('common/config.js');
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !(w in SECTIONS));
  check(unknown.length === 0, `unknown section(s) ${unknown.join(', ')}; known: ${Object.keys(SECTIONS).join(', ')}`);
  const budgets = [];
  for (const [key, section] of Object.entries(SECTIONS)) {
    if (wanted.length > 0 && !wanted.includes(key)) continue;
    console.log(`\n=== ${key} ===`);
    budgets.push(...((await section()) ?? []));
  }
  if (budgets.length > 0) {
    console.log('\n=== budgets ===');
    console.log(
      table(
        ['budget', 'figure', 'baseline (same run)', 'target', 'result'],
        budgets.map((b) => [b.budget, b.value, b.baseline, b.target, b.pass ? 'PASS' : 'FAIL']),
      ),
    );
    const failed = budgets.filter((b) => !b.pass).length;
    console.log(failed ? `${failed} of ${budgets.length} budgets FAIL` : `all ${budgets.length} budgets PASS`);
    // A failed budget fails the command, so a script or CI step running it sees it.
    if (failed) process.exitCode = 1;
  }
  console.log(`whole run ${((now() - started) / 1000).toFixed(1)} s`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
