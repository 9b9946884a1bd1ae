// Load test (issues 6 and 19): `pnpm load` at the repository root.
//
// 200 simulated inspectors conduct whole visits against the built server for 60 s, as their
// phones would: start the visit, answer every checklist item in syncBatch calls (operation ids, one
// increasing sequence per device, each edit naming its base), upload 1-3 photos of 150-400 KB in
// 256 KiB pieces (Upload-Offset / Upload-Length / X-Content-SHA256) and attach them, sign, fill in the
// attendees and conclusion, submit. It prints throughput, latency per request kind, errors by code and a
// final count check of what the simulators know was applied against what the database holds.
//
// Two phases, each on its own new database kycuong_load_<random> on LOAD_DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/postgres), dropped at its end:
// 1. ONE server instance (`node server/dist/main.js`, NODE_ENV=production, its own process);
// 2. TWO instances on the same database, each its own process and port, behind one address: a small
//    round-robin TCP balancer in this process hands each new connection to the next instance (sessions
//    and jobs live in PostgreSQL, so either instance answers any request). Phase 1 goes through the same
//    balancer with one instance behind it, so both phases pay the same hop. Its throughput (operations
//    applied per second) is printed as a ratio to phase 1's.
// After phase 1's run: a cheap authenticated query (`me`) is timed one after the other with nothing
// else running, then during a burst of LOAD_BURST (24) sign-ins sent at once; the ratio of the two
// latencies shows whether password hashing starves other requests.
// LOAD_SECONDS (60), LOAD_INSPECTORS (200), LOAD_VISITS_PER_INSPECTOR, LOAD_BURST, LOAD_SIGN_INS (8
// inspectors who sign in through the API before the run; the others bring a session) and LOAD_PHASES
// ("1,2": the instance counts of the phases, e.g. LOAD_PHASES=1 for one phase) change the run.
// Exits non-zero on any error or count mismatch.
import { spawn } from 'node:child_process';
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { createWriteStream, readFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDatabase, DEMO_PASSWORD, importServer, percentile, ROOT, startApp, table } from './lib.mjs';

const ADMIN_URL = process.env.LOAD_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const INSPECTORS = Number(process.env.LOAD_INSPECTORS ?? 200);
const BURST = Number(process.env.LOAD_BURST ?? 24);
const SIGN_INS = Number(process.env.LOAD_SIGN_INS ?? 8);
const PHASES = (process.env.LOAD_PHASES ?? '1,2').split(',').map(Number);
// 200 inspectors share one server: each gets through about one visit a minute (50 got three to four).
const VISITS_PER_INSPECTOR = Number(process.env.LOAD_VISITS_PER_INSPECTOR ?? Math.max(3, Math.ceil(SECONDS / 20)));
const INSPECTOR_PASSWORD = 'Thanh tra tai thu 2026';
const PIECE = 256 * 1024;
const ANSWERS_PER_BATCH = 10;
// This year, the year of the demo's plan under way: a past year's visits can no longer be started.
const YEAR = (await importServer('db/seeders/demo-year.js')).demoCurrentYear();
const ATTEMPTS = 3;

// ---------- measuring ----------

const latencies = new Map(); // kind -> ms[]
const errors = new Map(); // code -> count
const errorExamples = new Map(); // code -> the first message
let requests = 0;

function recordLatency(kind, ms) {
  if (!latencies.has(kind)) latencies.set(kind, []);
  latencies.get(kind).push(ms);
  requests += 1;
}
/** Forgets the figures and counts of the phase before. */
function resetFigures() {
  latencies.clear();
  errors.clear();
  errorExamples.clear();
  requests = 0;
  Object.assign(sent, nothingSent());
}
function recordError(code, message) {
  errors.set(code, (errors.get(code) ?? 0) + 1);
  if (!errorExamples.has(code)) errorExamples.set(code, message);
}
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

class RequestError extends Error {
  constructor(code, detail) {
    super(`${code}: ${detail}`);
    this.code = code;
  }
}

// ---------- talking to the server ----------

/** One browser or phone: its own session cookie. */
class Client {
  cookie = null;
  constructor(url) {
    this.url = url;
  }

  /** A GraphQL request; throws RequestError with the first error code. `kind` names it in the figures (null: setup). */
  async graphql(kind, query, variables = {}) {
    const headers = { 'content-type': 'application/json' };
    if (this.cookie) headers.cookie = this.cookie;
    const started = performance.now();
    let res;
    let body;
    try {
      res = await fetch(`${this.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      body = await res.json();
    } catch (err) {
      throw new RequestError('NETWORK_ERROR', err.message);
    }
    if (kind) recordLatency(kind, performance.now() - started);
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    if (body.errors?.length) {
      throw new RequestError(body.errors[0].extensions?.code ?? `HTTP_${res.status}`, body.errors[0].message);
    }
    return body.data;
  }

  async signIn(kind, username, password) {
    await this.graphql(kind, 'mutation ($i: SignInInput!) { signIn(input: $i) { id } }', {
      i: { username, password },
    });
    return this;
  }

  /** One piece of a file, as the phone sends it. */
  async putPiece(id, bytes, offset, sha) {
    const piece = bytes.subarray(offset, Math.min(offset + PIECE, bytes.length));
    const started = performance.now();
    let res;
    let body;
    try {
      res = await fetch(`${this.url}/api/files/${id}`, {
        method: 'PUT',
        headers: {
          cookie: this.cookie ?? '',
          'content-type': 'application/octet-stream',
          'upload-offset': String(offset),
          'upload-length': String(bytes.length),
          'x-content-sha256': sha,
        },
        body: piece,
      });
      body = await res.json();
    } catch (err) {
      throw new RequestError('NETWORK_ERROR', err.message);
    }
    recordLatency('upload piece', performance.now() - started);
    if (res.status !== 201 && res.status !== 202)
      throw new RequestError(body.code ?? `HTTP_${res.status}`, body.message);
    return { status: res.status, body };
  }
}

/** Retries a request that failed (same operation ids, same bytes), as the phone's outbox does; every failure counts as an error. */
async function withRetry(work) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      recordError(err.code ?? 'UNEXPECTED', err.message);
      if (attempt >= ATTEMPTS || !(err instanceof RequestError)) throw err;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

// ---------- one simulated inspector ----------

const SYNC = 'mutation ($i: SyncBatchInput!) { syncBatch(input: $i) { outcomes { operationId status code message } } }';

/** The counts of a phase before anything is sent. */
function nothingSent() {
  return {
    operations: 0,
    answers: new Set(), // visitId:itemId
    failedAnswers: new Set(), // visitId:itemId whose last answer is FAIL
    visitsStarted: new Set(),
    visitsSubmitted: new Set(),
    files: new Set(),
    fileHashes: new Map(),
    attachments: 0,
    auditByType: { Visit: 0, VisitAnswer: 0, Attachment: 0 },
  };
}
/** What the simulators know they got applied, to compare with the database at the end. */
const sent = nothingSent();
const AUDIT_TYPE = {
  START_VISIT: 'Visit',
  SET_VISIT_ATTENDEES: 'Visit',
  SET_VISIT_CONCLUSION: 'Visit',
  SUBMIT_VISIT: 'Visit',
  ANSWER_ITEM: 'VisitAnswer',
  ATTACH_VISIT_FILE: 'Attachment',
};

/** A photo as a phone camera gives after shrinking: 150-400 KB of incompressible bytes behind a JPEG header. */
function photoBytes() {
  const bytes = randomBytes(150_000 + Math.floor(Math.random() * 250_000));
  bytes.set([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00], 0);
  return bytes;
}
const SIGNATURE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

class Inspector {
  deviceId = randomUUID();
  sequence = 0;
  visitsDone = 0;

  constructor(url, username, visits, items, templateVersionId) {
    this.client = new Client(url);
    this.username = username;
    this.visits = visits;
    this.items = items;
    this.templateVersionId = templateVersionId;
  }

  op(kind, input) {
    return { operationId: randomUUID(), sequence: ++this.sequence, kind, input };
  }

  async sync(operations) {
    const data = await withRetry(() =>
      this.client.graphql('syncBatch', SYNC, { i: { deviceId: this.deviceId, operations } }),
    );
    const byId = new Map(operations.map((o) => [o.operationId, o]));
    for (const outcome of data.syncBatch.outcomes) {
      if (outcome.status !== 'APPLIED') {
        recordError(`${outcome.status}:${outcome.code}`, outcome.message);
        continue;
      }
      const op = byId.get(outcome.operationId);
      sent.operations += 1;
      sent.auditByType[AUDIT_TYPE[op.kind]] += 1;
      const key = `${op.input.visitId}:${op.input.itemId}`;
      if (op.kind === 'ANSWER_ITEM') {
        sent.answers.add(key);
        if (op.input.passFail === 'FAIL') sent.failedAnswers.add(key);
        else sent.failedAnswers.delete(key);
      } else if (op.kind === 'START_VISIT') sent.visitsStarted.add(op.input.visitId);
      else if (op.kind === 'SUBMIT_VISIT') sent.visitsSubmitted.add(op.input.visitId);
      else if (op.kind === 'ATTACH_VISIT_FILE') sent.attachments += 1;
    }
  }

  async upload(id, bytes) {
    const sha = sha256(bytes);
    let offset = 0;
    for (;;) {
      const { status, body } = await withRetry(() => this.client.putPiece(id, bytes, offset, sha));
      if (status === 201) break;
      offset = body.offset;
    }
    sent.files.add(id);
    sent.fileHashes.set(id, sha);
    return id;
  }

  /** Signs in, as at the start of the day: the session then lasts for days. */
  async signIn() {
    await withRetry(() => this.client.signIn('signIn', this.username, INSPECTOR_PASSWORD));
  }

  /** A session as the server's sign-in makes it (auth.service.ts), written straight into the database. */
  async sessionFromEarlierSignIn(db, userId, sessionSecret) {
    const token = randomBytes(32).toString('base64url');
    await db.query(
      `insert into user_session (id, token_hash, user_id, created_at, expires_at)
       values (gen_random_uuid(), $1, $2, now(), now() + interval '7 days')`,
      [createHmac('sha256', sessionSecret).update(token).digest('hex'), userId],
    );
    this.client.cookie = `kc_session=${token}`;
  }

  /** Conducts visits until the time is up (finishing the request in flight). */
  async run(deadline) {
    for (const visitId of this.visits) {
      if (performance.now() >= deadline) return;
      if (await this.conduct(visitId, deadline)) this.visitsDone += 1;
    }
    if (performance.now() < deadline) recordError('RAN_OUT_OF_VISITS', `${this.username} had no planned visit left`);
  }

  /** One whole visit; returns whether it was submitted before the deadline. */
  async conduct(visitId, deadline) {
    // The writes in the order the inspector makes them (so in sequence order), in rounds as the phone
    // syncs them: each round's photos are uploaded first, then its batch, which attaches them.
    const rounds = [];
    let round = { ops: [this.op('START_VISIT', { visitId, templateVersionId: this.templateVersionId })], uploads: [] };
    const photoCount = 1 + Math.floor(Math.random() * 3);
    const photoAt = new Set();
    while (photoAt.size < Math.min(photoCount, this.items.length)) {
      photoAt.add(Math.floor(Math.random() * this.items.length));
    }
    for (const [index, item] of this.items.entries()) {
      const passFail =
        item.answerType !== 'PASS_FAIL'
          ? null
          : item.photoRequiredOnFail || Math.random() < 0.85
            ? 'PASS'
            : Math.random() < 0.5
              ? 'FAIL'
              : 'NOT_APPLICABLE';
      round.ops.push(
        this.op('ANSWER_ITEM', {
          visitId,
          itemId: item.id,
          passFail,
          numberValue: item.answerType === 'NUMBER' ? 0 : null,
          textValue: item.answerType === 'TEXT' ? 'Không có ý kiến phản ánh.' : null,
          // What was found on a Không đạt answer: a visit is not submitted without it.
          foundText: passFail === 'FAIL' ? 'Chưa niêm yết công khai thủ tục hành chính tại bộ phận một cửa.' : null,
          note: passFail === 'FAIL' ? 'Chưa niêm yết công khai theo quy định.' : null,
          baseVersion: null,
          editedAt: new Date().toISOString(),
        }),
      );
      if (photoAt.has(index)) {
        const fileId = randomUUID();
        round.uploads.push({ fileId, bytes: photoBytes() });
        round.ops.push(
          this.op('ATTACH_VISIT_FILE', {
            visitId,
            attachmentId: randomUUID(),
            fileId,
            kind: 'PHOTO',
            itemId: item.id,
            caption: `Ảnh minh chứng mục ${index + 1}`,
          }),
        );
      }
      if ((index + 1) % ANSWERS_PER_BATCH === 0 || index === this.items.length - 1) {
        rounds.push(round);
        round = { ops: [], uploads: [] };
      }
    }
    for (const kind of ['SIGNATURE_TEAM_LEAD', 'SIGNATURE_UNIT_REPRESENTATIVE']) {
      const fileId = randomUUID();
      round.uploads.push({ fileId, bytes: SIGNATURE_PNG });
      round.ops.push(this.op('ATTACH_VISIT_FILE', { visitId, attachmentId: randomUUID(), fileId, kind }));
    }
    round.ops.push(
      this.op('SET_VISIT_ATTENDEES', {
        visitId,
        attendees: [{ name: 'Lê Văn Tâm', position: 'Chánh Văn phòng', side: 'UNIT' }],
      }),
      this.op('SET_VISIT_CONCLUSION', {
        visitId,
        conclusion: 'Đơn vị chấp hành cơ bản tốt kỷ luật, kỷ cương hành chính.',
      }),
      this.op('SUBMIT_VISIT', { visitId }),
    );
    rounds.push(round);

    for (const { ops, uploads } of rounds) {
      for (const { fileId, bytes } of uploads) {
        if (performance.now() >= deadline) return false;
        await this.upload(fileId, bytes);
      }
      if (performance.now() >= deadline) return false;
      await this.sync(ops);
    }
    return true;
  }
}

// ---------- the database and the server ----------

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startServer(databaseUrl, secrets) {
  const port = await freePort();
  const logFile = path.join(os.tmpdir(), `kycuong-load-${port}.log`);
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [path.join(ROOT, 'server/dist/main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      // The same for every instance of a phase: a session made by one is good on the other.
      SESSION_SECRET: secrets.session,
      AUDIT_KEY: secrets.audit,
      COOKIE_SECURE: 'false',
      CLIENT_DIST: '',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}; see ${logFile}`);
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (i > 600) throw new Error(`the server did not become ready in 60 s; see ${logFile}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    logFile,
    /** CPU seconds the server process has used so far (user + system; Linux clock ticks of 1/100 s). */
    cpuSeconds() {
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100;
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The whole machine's CPU time so far (/proc/stat, clock ticks): busy and in all. */
function machineCpu() {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const total = ticks.slice(0, 8).reduce((a, b) => a + b, 0);
  const idle = ticks[3] + ticks[4]; // idle, iowait
  return { busy: total - idle, total };
}

/** `work` on every value, a few at a time (the set-up's requests); the results in order. */
async function inParallel(values, work, width = 8) {
  const results = new Array(values.length);
  let next = 0;
  const lane = async () => {
    while (next < values.length) {
      const i = next++;
      results[i] = await work(values[i], i);
    }
  };
  await Promise.all(Array.from({ length: width }, lane));
  return results;
}

/**
 * One address for several instances: each new TCP connection goes to the next instance in turn (the
 * clients keep their connections alive, so requests spread as connections do).
 */
function roundRobin(urls) {
  const targets = urls.map((u) => new URL(u));
  let turn = 0;
  const server = createServer((socket) => {
    const target = targets[turn++ % targets.length];
    const upstream = connect(Number(target.port), target.hostname);
    socket.pipe(upstream).pipe(socket);
    socket.on('error', () => upstream.destroy());
    upstream.on('error', () => socket.destroy());
    socket.on('close', () => upstream.destroy());
    upstream.on('close', () => socket.destroy());
  });
  return {
    listen: () =>
      new Promise((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`)),
      ),
    close: () => {
      server.close();
      server.unref();
    },
  };
}

/** Inspectors, each leading a team of the year, with planned visits on the default checklist. */
async function arrange(url, db) {
  const admin = await new Client(url).signIn(null, 'admin', DEMO_PASSWORD);
  const office = await new Client(url).signIn(null, 'vanphong', DEMO_PASSWORD);
  const [{ template_id: templateId }] = (
    await db.query('select template_id from inspection_plan where year = $1 limit 1', [YEAR])
  ).rows;
  const units = (
    await db.query(
      `select id from unit where active_from <= $1 and (active_to is null or active_to >= $2) order by code`,
      [`${YEAR}-12-31`, `${YEAR}-01-01`],
    )
  ).rows.map((r) => r.id);

  // The first inspector through the API; the others as copies of its row (same password hash), since
  // each createUser hashes a password with scrypt (128 MiB, about half a second) and users are not audited.
  const usernames = Array.from({ length: INSPECTORS }, (_, i) => `taithu${String(i + 1).padStart(3, '0')}`);
  await admin.graphql(null, 'mutation ($i: CreateUserInput!) { createUser(input: $i) { id } }', {
    i: { username: usernames[0], fullName: 'Thanh tra viên 1', password: INSPECTOR_PASSWORD, role: 'INSPECTOR' },
  });
  // An account made by an administrator starts with a temporary password; these have changed theirs.
  await db.query('update app_user set must_change_password = false where username = $1', [usernames[0]]);
  await db.query(
    `insert into app_user (id, username, full_name, password_hash, role, unit_id, active, must_change_password, created_at, password_changed_at)
     select gen_random_uuid(), 'taithu' || lpad(n::text, 3, '0'), 'Thanh tra viên ' || n, u.password_hash, u.role, u.unit_id,
            u.active, u.must_change_password, now(), now()
       from app_user u, generate_series(2, $2::int) n where u.username = $1`,
    [usernames[0], INSPECTORS],
  );
  const users = (
    await db.query('select id, username from app_user where username = any($1::text[]) order by username', [usernames])
  ).rows;
  const teams = await inParallel(users, async (user, i) => {
    const { saveInspectionTeam } = await office.graphql(
      null,
      'mutation ($i: SaveTeamInput!) { saveInspectionTeam(input: $i) { id } }',
      {
        i: {
          year: YEAR,
          name: `Đoàn tải thử ${i + 1}`,
          decisionNumber: `${i + 1}/QĐ-TAITHU`,
          decisionDate: `${YEAR}-03-01`,
          members: [{ userId: user.id, role: 'LEAD' }],
        },
      },
    );
    return saveInspectionTeam.id;
  });

  // Visits handed out round-robin, so every inspector has the same number; a plan holds each unit once.
  const total = users.length * VISITS_PER_INSPECTOR;
  const plans = [];
  for (let p = 0; p < Math.ceil(total / units.length); p++) {
    const { createInspectionPlan: plan } = await office.graphql(
      null,
      'mutation ($i: CreatePlanInput!) { createInspectionPlan(input: $i) { id } }',
      {
        i: {
          year: YEAR,
          title: `Kế hoạch tải thử ${p + 1}`,
          documentNumber: `${p + 1}/KH-TAITHU`,
          documentDate: `${YEAR}-03-02`,
          templateId,
        },
      },
    );
    plans.push(plan.id);
  }
  const lines = await inParallel(
    Array.from({ length: total }, (_, n) => n),
    async (n) => {
      const { addPlanLine } = await office.graphql(
        null,
        'mutation ($i: PlanLineInput!) { addPlanLine(input: $i) { visit { id } } }',
        {
          i: {
            planId: plans[Math.floor(n / units.length)],
            unitId: units[n % units.length],
            plannedMonth: 11,
            teamId: teams[n % users.length],
          },
        },
      );
      return addPlanLine.visit.id;
    },
  );
  const visits = users.map((_, who) => lines.filter((_, n) => n % users.length === who));

  // The checklist as the phone downloads it with its first visit.
  const first = await new Client(url).signIn(null, usernames[0], INSPECTOR_PASSWORD);
  const { visit } = await first.graphql(
    null,
    'query ($id: ID!) { visit(id: $id) { plannedTemplateVersion { id groups { items { id answerType photoRequiredOnFail } } } } }',
    { id: visits[0][0] },
  );
  const version = visit.plannedTemplateVersion;
  return {
    users,
    usernames,
    visits,
    plans: plans.length,
    templateVersionId: version.id,
    items: version.groups.flatMap((g) => g.items),
  };
}

// ---------- the final count check ----------

async function countCheck(db, userIds) {
  const one = async (sql, params) => Number((await db.query(sql, params)).rows[0].n);
  const ids = [...sent.visitsStarted];
  const checks = [];
  const check = (name, expected, actual) => checks.push({ name, expected, actual, ok: expected === actual });

  check(
    'operations applied (applied_operation rows of the inspectors)',
    sent.operations,
    await one('select count(*) as n from applied_operation where user_id = any($1::uuid[])', [userIds]),
  );
  check(
    'answers (visit_answer rows)',
    sent.answers.size,
    await one('select count(*) as n from visit_answer where visit_id = any($1::uuid[])', [ids]),
  );
  check(
    'visits started (status other than PLANNED)',
    sent.visitsStarted.size,
    await one(`select count(*) as n from visit where id = any($1::uuid[]) and status <> 'PLANNED'`, [ids]),
  );
  check(
    'visits submitted (status SUBMITTED)',
    sent.visitsSubmitted.size,
    await one(`select count(*) as n from visit where id = any($1::uuid[]) and status = 'SUBMITTED'`, [ids]),
  );
  check(
    'files stored (stored_file rows of the inspectors)',
    sent.files.size,
    await one('select count(*) as n from stored_file where uploaded_by_id = any($1::uuid[])', [userIds]),
  );
  const hashes = new Map(
    (await db.query('select id, sha256 from stored_file where uploaded_by_id = any($1::uuid[])', [userIds])).rows.map(
      (r) => [r.id, r.sha256],
    ),
  );
  check(
    'files with the hash the phone computed',
    sent.files.size,
    [...sent.fileHashes].filter(([id, sha]) => hashes.get(id) === sha).length,
  );
  check(
    'uploads left half done (file_upload rows)',
    0,
    await one('select count(*) as n from file_upload where uploaded_by_id = any($1::uuid[])', [userIds]),
  );
  check(
    'attachments',
    sent.attachments,
    await one('select count(*) as n from attachment where visit_id = any($1::uuid[])', [ids]),
  );
  for (const type of ['Visit', 'VisitAnswer', 'Attachment']) {
    check(
      `audit entries ${type}`,
      sent.auditByType[type],
      await one('select count(*) as n from audit_entry where visit_id = any($1::uuid[]) and entity_type = $2', [
        ids,
        type,
      ]),
    );
  }
  check(
    'findings from failed items',
    sent.failedAnswers.size,
    await one('select count(*) as n from finding where visit_id = any($1::uuid[]) and from_failed_item', [ids]),
  );
  return checks;
}

// ---------- a sign-in burst beside other requests ----------

const ME = '{ me { id username } }';

/** Latencies (ms) of `me`, one request after the other, until `until()` says stop (at least `min`). */
async function timeMe(client, until, min) {
  const times = [];
  while (times.length < min || !until()) {
    const started = performance.now();
    await client.graphql(null, ME);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

/**
 * A cheap authenticated query timed alone, then while BURST inspectors sign in at the same moment (each
 * sign-in hashes a password with scrypt): the ratio shows whether hashing starves other requests.
 */
async function signInBurst(url, usernames) {
  const probe = await new Client(url).signIn(null, usernames[0], INSPECTOR_PASSWORD);
  await timeMe(probe, () => true, 20); // warm
  const quiet = await timeMe(probe, () => true, 100);
  let done = false;
  const burstStarted = performance.now();
  const burst = Promise.all(
    Array.from({ length: BURST }, (_, i) =>
      new Client(url).signIn('burst signIn', usernames[i % usernames.length], INSPECTOR_PASSWORD),
    ),
  ).finally(() => {
    done = true;
  });
  const during = await timeMe(probe, () => done, 5);
  await burst;
  const burstSeconds = (performance.now() - burstStarted) / 1000;
  return { quiet, during, burstSeconds, signIns: [...latencies.get('burst signIn')].sort((a, b) => a - b) };
}

// ---------- one phase ----------

const fmt = (ms) => (Number.isNaN(ms) ? '-' : ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

/** One run on a new database with `instances` server processes behind one address. */
async function phase(instances, withBurst) {
  resetFigures();
  const database = await createDatabase(ADMIN_URL, 'kycuong_load_');
  const { name } = database;
  const servers = [];
  let balancer = null;
  const db = new pg.Client({ connectionString: database.url });
  let failed = true;
  const result = { instances };
  try {
    // The production server refuses SEED_DEMO (known passwords): the demo data is loaded first by the
    // same build in test mode, then the production servers start on the seeded database.
    const seeding = await startApp({
      database: { url: database.url, kind: 'postgresql', poolSize: 2, close: async () => {} },
    });
    await seeding.app.close();
    // One after the other: each runs the migrations check at its start.
    const secrets = { session: randomBytes(32).toString('base64url'), audit: randomBytes(32).toString('base64url') };
    for (let i = 0; i < instances; i++) servers.push(await startServer(database.url, secrets));
    balancer = roundRobin(servers.map((s) => s.url));
    const url = await balancer.listen();
    await db.connect();
    const setupStarted = performance.now();
    const setup = await arrange(url, db);
    console.log(
      `database ${name}; ${instances} server instance(s) (${servers.map((s) => s.url).join(', ')}) behind ${url}; ` +
        `${os.cpus().length} CPUs; ${setup.users.length} inspectors, ${setup.users.length * VISITS_PER_INSPECTOR} planned visits ` +
        `in ${setup.plans} plans, ${setup.items.length} checklist items each; set up in ` +
        `${((performance.now() - setupStarted) / 1000).toFixed(1)} s`,
    );

    const inspectors = setup.usernames.map(
      (username, i) => new Inspector(url, username, setup.visits[i], setup.items, setup.templateVersionId),
    );
    // Inspectors sign in at the start of the day, not all within a minute: SIGN_INS of them sign in here
    // at the same moment through the API; the others' sessions (as an earlier sign-in made them) are
    // written straight into the database. The sign-in burst below measures hashing on its own.
    const signInStarted = performance.now();
    await Promise.all(inspectors.slice(0, SIGN_INS).map((inspector) => inspector.signIn()));
    console.log(
      `${Math.min(SIGN_INS, inspectors.length)} inspectors signed in at the same moment in ` +
        `${((performance.now() - signInStarted) / 1000).toFixed(1)} s (scrypt, 128 MiB each, on the server); ` +
        `${Math.max(0, inspectors.length - SIGN_INS)} came with a session of an earlier sign-in`,
    );
    for (const [i, inspector] of inspectors.entries()) {
      if (i >= SIGN_INS) await inspector.sessionFromEarlierSignIn(db, setup.users[i].id, secrets.session);
    }
    console.log(`running ${inspectors.length} inspectors for ${SECONDS} s ...`);
    const signIns = requests;
    const cpuBefore = servers.map((s) => s.cpuSeconds());
    const machineBefore = machineCpu();
    const loadBefore = os.loadavg()[0];
    const started = performance.now();
    const deadline = started + SECONDS * 1000;
    const results = await Promise.allSettled(inspectors.map((inspector) => inspector.run(deadline)));
    const elapsed = (performance.now() - started) / 1000;
    const serverCpu = servers.map((s, i) => s.cpuSeconds() - cpuBefore[i]);
    const machineAfter = machineCpu();
    // Busy share of the machine's CPUs (servers, PostgreSQL, this load generator and anything else).
    const machineBusy = (machineAfter.busy - machineBefore.busy) / (machineAfter.total - machineBefore.total);
    const loadAfter = os.loadavg()[0];
    for (const r of results) if (r.status === 'rejected') console.error(`an inspector stopped: ${r.reason.message}`);

    const visitsDone = inspectors.reduce((sum, i) => sum + i.visitsDone, 0);
    const windowRequests = requests - signIns;
    Object.assign(result, {
      operationsPerSecond: sent.operations / elapsed,
      requestsPerSecond: windowRequests / elapsed,
      loadBefore,
      loadAfter,
      machineBusy,
    });
    console.log('');
    console.log(
      `${elapsed.toFixed(1)} s: ${windowRequests} requests (${(windowRequests / elapsed).toFixed(1)}/s), ` +
        `${sent.operations} operations applied (${(sent.operations / elapsed).toFixed(1)}/s), ` +
        `${visitsDone} visits submitted (${((visitsDone / elapsed) * 60).toFixed(0)}/min), ` +
        `${sent.files.size} files uploaded`,
    );
    console.log(
      `server process CPU ${serverCpu.map((c) => `${c.toFixed(1)} s (${((c / elapsed) * 100).toFixed(0)}% of one core)`).join(' + ')} ` +
        `in ${elapsed.toFixed(1)} s; machine CPUs ${(machineBusy * 100).toFixed(0)}% busy; ` +
        `load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`,
    );
    console.log('');
    console.log(
      table(
        ['latency (ms)', 'requests', 'p50', 'p95', 'p99', 'max'],
        [
          ['syncBatch', 'syncBatch'],
          ['upload piece', 'upload piece'],
          ['signIn', 'signIn (all at once, before the run)'],
        ].map(([kind, label]) => {
          const sorted = [...(latencies.get(kind) ?? [])].sort((a, b) => a - b);
          if (kind === 'syncBatch') result.syncP95 = percentile(sorted, 95);
          return [
            label,
            sorted.length,
            fmt(percentile(sorted, 50)),
            fmt(percentile(sorted, 95)),
            fmt(percentile(sorted, 99)),
            fmt(sorted.at(-1) ?? Number.NaN),
          ];
        }),
      ),
    );
    console.log('');
    const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
    console.log(
      errorCount === 0
        ? 'errors: 0'
        : `errors: ${errorCount}; server logs ${servers.map((s) => s.logFile).join(', ')}\n` +
            [...errors].map(([code, n]) => `  ${code} x${n}: ${errorExamples.get(code)}`).join('\n'),
    );
    console.log('');
    const userIds = setup.users.map((u) => u.id);
    const checks = await countCheck(db, userIds);
    console.log(
      table(
        ['final count check', 'sent', 'in database', ''],
        checks.map((c) => [c.name, c.expected, c.actual, c.ok ? 'PASS' : 'FAIL']),
      ),
    );
    const allPass = checks.every((c) => c.ok);
    const rejected = results.some((r) => r.status === 'rejected');
    failed = errorCount > 0 || !allPass || rejected;

    if (withBurst) {
      const burst = await signInBurst(url, setup.usernames);
      result.burst = burst;
      const q = { p50: percentile(burst.quiet, 50), p95: percentile(burst.quiet, 95) };
      const d = { p50: percentile(burst.during, 50), p95: percentile(burst.during, 95) };
      console.log('');
      console.log(
        `sign-in burst: ${BURST} sign-ins at once took ${burst.burstSeconds.toFixed(1)} s ` +
          `(each p50 ${fmt(percentile(burst.signIns, 50))} ms, max ${fmt(burst.signIns.at(-1))} ms); ` +
          `\`me\` one after the other:`,
      );
      console.log(
        table(
          ['`me` latency (ms)', 'requests', 'p50', 'p95', 'max'],
          [
            ['alone', burst.quiet.length, fmt(q.p50), fmt(q.p95), fmt(burst.quiet.at(-1))],
            ['during the burst', burst.during.length, fmt(d.p50), fmt(d.p95), fmt(burst.during.at(-1))],
            ['ratio', '', `${(d.p50 / q.p50).toFixed(2)}x`, `${(d.p95 / q.p95).toFixed(2)}x`, ''],
          ],
        ),
      );
      const burstErrors = [...errors.values()].reduce((a, b) => a + b, 0) - errorCount;
      if (burstErrors > 0) {
        console.log(`errors during the burst: ${burstErrors}`);
        failed = true;
      }
    }
    console.log('');
    console.log(
      failed
        ? `PHASE (${instances} instance(s)) FAILED`
        : `PHASE (${instances} instance(s)) PASSED: 0 errors, every count exact`,
    );
  } finally {
    await db.end().catch(() => {});
    balancer?.close();
    for (const server of servers) await server.stop();
    await database.drop();
    console.log(`database ${name} dropped`);
  }
  result.failed = failed;
  return result;
}

// ---------- main ----------

async function main() {
  const phases = [];
  for (const [i, instances] of PHASES.entries()) {
    console.log(`\n=== phase ${i + 1}: ${instances} server instance(s), ${INSPECTORS} inspectors, ${SECONDS} s ===`);
    phases.push(await phase(instances, i === 0));
  }
  const [first] = phases;
  console.log('\n=== summary ===');
  console.log(
    table(
      [
        'instances',
        'operations/s',
        'requests/s',
        'ratio to phase 1',
        'syncBatch p95 (ms)',
        'load avg before-after',
        '',
      ],
      phases.map((p) => [
        p.instances,
        p.operationsPerSecond.toFixed(1),
        p.requestsPerSecond.toFixed(1),
        `${(p.operationsPerSecond / first.operationsPerSecond).toFixed(2)}x`,
        fmt(p.syncP95),
        `${p.loadBefore.toFixed(1)}-${p.loadAfter.toFixed(1)}`,
        p.failed ? 'FAILED' : 'PASSED',
      ]),
    ),
  );
  const two = phases.find((p) => p.instances === 2);
  if (two && first.instances === 1) {
    const ratio = two.operationsPerSecond / first.operationsPerSecond;
    console.log(
      `two instances / one instance: ${ratio.toFixed(2)}x operations per second (target >= 1.7x: ` +
        `${ratio >= 1.7 ? 'PASS' : 'FAIL'}; ${os.cpus().length} CPUs shared with PostgreSQL and this load generator)`,
    );
    // Everything on the machine grows with the throughput (PostgreSQL, the generator), so no number of
    // instances can go past the CPUs left idle in phase 1: all of them / the busy share.
    console.log(
      `this machine's ceiling for more instances: ${(1 / first.machineBusy).toFixed(2)}x ` +
        `(its CPUs were ${(first.machineBusy * 100).toFixed(0)}% busy with one instance)`,
    );
  }
  const failed = phases.some((p) => p.failed);
  console.log(failed ? 'LOAD TEST FAILED' : 'LOAD TEST PASSED: 0 errors, every count exact in every phase');
  if (failed) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
