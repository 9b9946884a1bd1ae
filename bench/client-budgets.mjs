// Client budgets (issues 6 and 19): `pnpm bench:client`, and the `client` section of `pnpm bench`.
// Every time is a ratio to a baseline measured in the same run and the same round (absolute milliseconds
// on these shared machines move with the load); each figure prints its median and its spread over rounds.
//
// 1. Initial JS per screen, gzip -9 (scripts/check-bundle.mjs), beside React+Apollo alone.
// 2. LCP of a cold load (empty cache, no service worker) of sign-in and of the visit screen, under
//    Lighthouse's mobile slow-4G figures applied as DevTools throttling through CDP: 150 ms latency,
//    1.6 Mbps down, 750 Kbps up, CPU slowed 4x; 390x844 touch viewport. Baseline: the same cold load of
//    a static HTML page with the same text and no script (the network floor), in the same round.
// 3. Warm load: with the service worker controlling the visit screen and the network slow (throttled, not
//    cut), a reload's LCP. Baseline: the reload of the same screen with the network cut (context.setOffline),
//    right after it: the screen drawn from the phone's own data alone.
// 4. INP on the visit screen: the worst of 8 answer taps ("Đạt", "Không đạt") by the Event Timing API
//    (durationThreshold 16 ms, interactionId > 0), CPU slowed 4x. Baseline: the worst of as many taps on
//    a plain button of a static page, in the same round.
//
// It builds the client into a temporary folder, runs the BUILT server (server/dist) in this process on its own new PostgreSQL
// database with the demo data, kycuong_bench_client_<random>, and drops it at the end, also on failure.
// Loads and taps run BENCH_CLIENT_REPS (3) rounds, after one unmeasured warm-up.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { checkBundle } from '../scripts/check-bundle.mjs';
import { BENCH_ADMIN_URL, createDatabase, DEMO_PASSWORD, ROOT, startApp as startServer, stats, table } from './lib.mjs';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const REPS = Number(process.env.BENCH_CLIENT_REPS ?? 3);
/** The demo inspector (server/src/db/seeders/demo-data.ts). */
const INSPECTOR = 'kiemtra';

/** Lighthouse's mobile "slow 4G" figures, applied as DevTools (CDP) throttling. */
const THROTTLING = {
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
  cpuRate: 4,
};
/** Issue 19's budgets: initial JS in KB gzip, every time as a ratio to its same-run baseline. */
const TARGETS = { jsKb: 140, lcpSignIn: 1.5, lcpVisit: 2.5, warmLoad: 1.2, inp: 1.3 };
/** The Event Timing API reports no interaction under this (ms): a baseline without entries counts as it. */
const EVENT_THRESHOLD_MS = 16;

const median = (values) => stats(values).median;
const fmtMs = (value) => (value == null ? 'n/a' : `${Math.round(value)} ms`);
const spread = (values) => `${fmtMs(median(values))} (${values.map((v) => Math.round(v)).join('/')})`;
const fmtRatio = (ratio) => `${ratio.toFixed(2)}x`;

/**
 * A budget on a time as a ratio to its baseline of the same round: the median of the rounds' ratios
 * against the target, with every round's ratio (the spread) and the times behind them.
 */
function ratioBudget(budget, values, baselineValues, baselineLabel, target) {
  if (values.some((v) => v == null) || baselineValues.some((v) => v == null))
    return {
      budget,
      value: 'n/a (a round without a figure)',
      baseline: baselineLabel,
      target: `<= ${target}x`,
      pass: false,
    };
  const ratios = values.map((v, i) => v / baselineValues[i]);
  const mid = median(ratios);
  return {
    budget,
    value: `${fmtRatio(mid)} (${ratios.map(fmtRatio).join('/')}; ${spread(values)})`,
    baseline: `${spread(baselineValues)} ${baselineLabel}`,
    target: `<= ${target}x`,
    pass: mid <= target,
  };
}

// ---------- the static baseline pages ----------

/** The sign-in screen's text as plain HTML and CSS, no script: what the network alone costs. */
const STATIC_SIGN_IN = `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Kỷ cương</title>
<style>body{font-family:system-ui,sans-serif;margin:0}header{background:#0b4f8a;color:#fff;padding:12px 16px}
main{padding:16px;max-width:480px}label{display:block;margin-top:12px}input{width:100%;font-size:16px;padding:10px}
button{margin-top:16px;width:100%;padding:12px;font-size:16px}</style></head><body>
<header><strong>Kỷ cương</strong></header><main><h1>Đăng nhập</h1>
<p>Kiểm tra kỷ luật, kỷ cương hành chính. Đăng nhập bằng tài khoản do văn phòng cấp.</p>
<form><label>Tên đăng nhập<input name="u" autocomplete="username"></label>
<label>Mật khẩu<input name="p" type="password"></label><button type="button">Đăng nhập</button></form></main></body></html>`;

/** A plain button that toggles its pressed state: the baseline for a tap. */
const STATIC_BUTTON = `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>nút</title></head><body>
<p>Tiêu chí 1.1: Công chức đeo thẻ khi thi hành công vụ.</p>
<button id="b" type="button" aria-pressed="false" style="padding:12px 24px;font-size:16px">Đạt</button>
<script>const b=document.getElementById('b');b.addEventListener('click',()=>{
b.setAttribute('aria-pressed',String(b.getAttribute('aria-pressed')!=='true'));});</script></body></html>`;

async function staticServer() {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(req.url === '/button' ? STATIC_BUTTON : STATIC_SIGN_IN);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

// ---------- the app server on a fresh database ----------

async function startApp(clientDist) {
  const database = await createDatabase(BENCH_ADMIN_URL, 'kycuong_bench_client_');
  try {
    const { app, url: baseUrl } = await startServer({
      database: { url: database.url, kind: 'postgresql', poolSize: 5, close: async () => {} },
      clientDist,
    });
    return {
      name: database.name,
      url: baseUrl.replace('localhost', '127.0.0.1'),
      close: async () => {
        try {
          await app.close();
        } finally {
          await database.drop();
        }
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}

// ---------- the browser ----------

export async function newContext(browser) {
  return browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'vi-VN' });
}

/** Throttles the page as DevTools does: network and CPU, through a CDP session of its own. */
async function throttle(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: THROTTLING.latency,
    downloadThroughput: THROTTLING.downloadThroughput,
    uploadThroughput: THROTTLING.uploadThroughput,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpuRate });
  return cdp;
}

/** FCP and LCP of the current document, read from buffered entries once the load has settled. */
async function paintTimes(page) {
  await page.waitForTimeout(1500);
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
        new PerformanceObserver((list) => {
          const last = list.getEntries().at(-1);
          resolve({ fcp, lcp: last?.startTime ?? null, element: last?.element?.tagName ?? null });
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => resolve({ fcp, lcp: null, element: null }), 3000);
      }),
  );
}

export async function signInContext(context, url) {
  const response = await context.request.post(`${url}/graphql`, {
    headers: { 'content-type': 'application/json' },
    data: {
      query: 'mutation ($i: SignInInput!) { signIn(input: $i) { id } }',
      variables: { i: { username: INSPECTOR, password: DEMO_PASSWORD } },
    },
  });
  const body = await response.json();
  if (body.errors) throw new Error(`sign-in failed: ${JSON.stringify(body.errors)}`);
}

/** A visit of the inspector, started so that its answers can be tapped. */
export async function startedVisit(browser, url) {
  const context = await newContext(browser);
  try {
    await signInContext(context, url);
    const gql = async (query, variables = {}) => {
      const response = await context.request.post(`${url}/graphql`, {
        headers: { 'content-type': 'application/json' },
        data: { query, variables },
      });
      const body = await response.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const { myVisits } = await gql('{ myVisits { id status } }');
    const visit = myVisits.find((v) => v.status === 'IN_PROGRESS') ?? myVisits.find((v) => v.status === 'PLANNED');
    if (!visit) throw new Error(`no planned visit for ${INSPECTOR}: ${JSON.stringify(myVisits)}`);
    if (visit.status === 'PLANNED') {
      await gql('mutation ($i: StartVisitInput!) { startVisit(input: $i) { id } }', {
        i: { operationId: randomUUID(), visitId: visit.id },
      });
    }
    return visit.id;
  } finally {
    await context.close();
  }
}

/** One cold, throttled load in a fresh context; `ready` waits until the screen is really there. */
async function coldLoad(browser, url, { signedIn = null, ready }) {
  const context = await newContext(browser);
  try {
    if (signedIn) await signInContext(context, signedIn);
    const page = await context.newPage();
    await throttle(page);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await ready(page);
    // When the screen itself was seen (the app's sign-in form, the visit's answer buttons): LCP may be the
    // prerendered frame's text, drawn before the app.
    const readyAt = await page.evaluate(() => performance.now());
    return { ...(await paintTimes(page)), readyAt };
  } finally {
    await context.close();
  }
}

/** The app's own sign-in form: the prerendered one (client/build/prerender-shell.ts) taken over. */
const signInReady = (page) =>
  page.waitForFunction(
    () =>
      !document.getElementById('prerendered-sign-in') &&
      document.querySelector('form button[type=submit]:not([disabled])') !== null,
    null,
    { timeout: 60_000 },
  );
const visitReady = (page) =>
  page.getByRole('button', { name: 'Đạt', exact: true }).first().waitFor({ timeout: 60_000 });
const staticReady = (page) => page.getByRole('heading').first().waitFor();

/** Worst interaction (ms) of the Event Timing entries collected since `installEventObserver`. */
const installEventObserver = () => {
  window.__interactions = new Map();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.interactionId) continue;
      const prev = window.__interactions.get(entry.interactionId) ?? 0;
      window.__interactions.set(entry.interactionId, Math.max(prev, entry.duration));
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
};
const readInteractions = async (page) => {
  await page.waitForTimeout(1000);
  return page.evaluate(() => [...window.__interactions.values()]);
};

async function tapAnswers(browser, url, visitUrl) {
  const context = await newContext(browser);
  try {
    await signInContext(context, url);
    const page = await context.newPage();
    await page.goto(visitUrl);
    await visitReady(page);
    await page.waitForTimeout(1000);
    await throttle(page);
    await page.evaluate(installEventObserver);
    const count = Math.min(await page.getByRole('button', { name: 'Đạt', exact: true }).count(), 4);
    let taps = 0;
    for (const choice of ['Đạt', 'Không đạt']) {
      for (let i = 0; i < count; i++) {
        const button = page.getByRole('button', { name: choice, exact: true }).nth(i);
        await button.tap();
        await page.waitForFunction((b) => b.getAttribute('aria-pressed') === 'true', await button.elementHandle());
        await page.waitForTimeout(300);
        taps += 1;
      }
    }
    return { taps, durations: await readInteractions(page) };
  } finally {
    await context.close();
  }
}

async function tapPlainButton(browser, staticUrl, taps) {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(`${staticUrl}/button`);
    await throttle(page);
    await page.evaluate(installEventObserver);
    for (let i = 0; i < taps; i++) {
      await page.locator('#b').tap();
      await page.waitForTimeout(300);
    }
    return { taps, durations: await readInteractions(page) };
  } finally {
    await context.close();
  }
}

/**
 * Warm loads of the visit screen with the service worker controlling it: each round a reload with the
 * network slow (throttled, not cut), then the same reload offline (the baseline: the phone's data alone).
 */
async function warmLoads(browser, url, visitUrl) {
  const context = await newContext(browser);
  try {
    await signInContext(context, url);
    const page = await context.newPage();
    await page.goto(visitUrl);
    await visitReady(page);
    for (let i = 0; ; i++) {
      const state = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        return { active: registration.active?.state, controlled: navigator.serviceWorker.controller !== null };
      });
      if (state.active === 'activated' && state.controlled) break;
      if (i > 100) throw new Error(`service worker not controlling the page: ${JSON.stringify(state)}`);
      if (state.active === 'activated') await page.reload();
      await page.waitForTimeout(200);
    }
    await throttle(page);
    const slow = [];
    const offline = [];
    for (let rep = 0; rep <= REPS; rep++) {
      await page.reload({ waitUntil: 'load' });
      await visitReady(page);
      const onSlow = await paintTimes(page);
      await context.setOffline(true);
      await page.reload({ waitUntil: 'load' });
      await visitReady(page);
      const off = await paintTimes(page);
      await context.setOffline(false);
      if (rep === 0) continue; // warm-up
      slow.push(onSlow);
      offline.push(off);
    }
    return { slow, offline };
  } finally {
    await context.close();
  }
}

// ---------- the section ----------

/**
 * Builds the client into a folder of this run, so that another build of client/dist meanwhile (a test
 * run on the same checkout) cannot change the files under the server. BENCH_CLIENT_SKIP_BUILD=1 uses
 * client/dist as it is.
 */
async function buildClient() {
  if (process.env.BENCH_CLIENT_SKIP_BUILD === '1')
    return { dist: path.join(ROOT, 'client/dist'), remove: async () => {} };
  const dist = await mkdtemp(path.join(tmpdir(), 'kycuong-bench-client-'));
  const remove = () => rm(dist, { recursive: true, force: true });
  const result = spawnSync('pnpm', ['exec', 'vite', 'build', '--outDir', dist, '--emptyOutDir'], {
    cwd: path.join(ROOT, 'client'),
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    await remove();
    throw new Error(`client build failed:\n${result.stdout}\n${result.stderr}`);
  }
  return { dist, remove };
}

/** Prints the client figures and returns the budgets for bench/run.mjs's summary. */
export async function run() {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}`);
  const client = await buildClient();
  console.log('initial JavaScript (gzip -9 of each file, KB = 1024 bytes):');
  const js = await checkBundle({ dist: client.dist, budgetKb: TARGETS.jsKb });

  const statics = await staticServer();
  const app = await startApp(client.dist);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic'],
  });
  try {
    const visitId = await startedVisit(browser, app.url);
    const visitUrl = `${app.url}/cuoc-kiem-tra/${visitId}`;
    // Warm-up, not measured: the server's first requests and Chromium's first page.
    await coldLoad(browser, `${app.url}/`, { ready: signInReady });
    await coldLoad(browser, visitUrl, { signedIn: app.url, ready: visitReady });

    const loads = { static: [], signIn: [], visit: [] };
    for (let rep = 0; rep < REPS; rep++) {
      loads.static.push(await coldLoad(browser, `${statics.url}/`, { ready: staticReady }));
      loads.signIn.push(await coldLoad(browser, `${app.url}/`, { ready: signInReady }));
      loads.visit.push(await coldLoad(browser, visitUrl, { signedIn: app.url, ready: visitReady }));
    }
    const warm = await warmLoads(browser, app.url, visitUrl);
    const inp = { visit: [], plain: [] };
    for (let rep = 0; rep < REPS; rep++) {
      const taps = await tapAnswers(browser, app.url, visitUrl);
      inp.visit.push(taps);
      inp.plain.push(await tapPlainButton(browser, statics.url, taps.taps));
    }

    const lcp = (list) => list.map((l) => l.lcp);
    const fcp = (list) => list.map((l) => l.fcp);
    // The worst interaction of a round; none over the API's threshold counts as the threshold.
    const worst = (round) => Math.max(EVENT_THRESHOLD_MS, ...round.durations);
    const budgets = [
      ...js.screens.map((s) => ({
        budget: `client: initial JS, ${s.name} (KB gzip)`,
        value: `${s.kb.toFixed(1)} KB (${fmtRatio(s.kb / js.vendor)} React+Apollo alone)`,
        baseline: `${js.vendor.toFixed(1)} KB React+Apollo alone`,
        target: `<= ${TARGETS.jsKb} KB`,
        pass: s.kb <= TARGETS.jsKb,
      })),
      ratioBudget(
        'client: LCP, sign-in, cold load',
        lcp(loads.signIn),
        lcp(loads.static),
        'static page, cold',
        TARGETS.lcpSignIn,
      ),
      ratioBudget(
        'client: LCP, visit screen, cold load',
        lcp(loads.visit),
        lcp(loads.static),
        'static page, cold',
        TARGETS.lcpVisit,
      ),
      ratioBudget(
        'client: LCP, visit screen, warm load (slow network)',
        lcp(warm.slow),
        lcp(warm.offline),
        'same reload offline',
        TARGETS.warmLoad,
      ),
      ratioBudget(
        `client: INP, worst of ${inp.visit[0].taps} answer taps`,
        inp.visit.map(worst),
        inp.plain.map(worst),
        'plain button',
        TARGETS.inp,
      ),
    ];
    console.log(
      `\nthrottling: Lighthouse mobile slow-4G figures applied as DevTools (CDP) throttling, not Lighthouse's ` +
        `simulation: ${THROTTLING.latency} ms latency, 1.6 Mbps down, 750 Kbps up, CPU ${THROTTLING.cpuRate}x; ` +
        `390x844 touch viewport; Chromium ${browser.version()}; ${REPS} rounds after a warm-up, ratios per round`,
    );
    console.log(
      `LCP elements: sign-in ${loads.signIn.map((l) => l.element).join('/')}, visit ${loads.visit
        .map((l) => l.element)
        .join('/')}, static ${loads.static.map((l) => l.element).join('/')}; FCP cold sign-in ${spread(
        fcp(loads.signIn),
      )}, visit ${spread(fcp(loads.visit))}, static ${spread(fcp(loads.static))}`,
    );
    const readyAt = (list) => list.map((l) => l.readyAt);
    console.log(
      `screen seen by the bench (polling, an upper bound): cold sign-in ${spread(readyAt(loads.signIn))}, ` +
        `visit ${spread(readyAt(loads.visit))}, static ${spread(readyAt(loads.static))}`,
    );
    console.log(
      `warm load (service worker, slow network): FCP ${spread(fcp(warm.slow))}, offline ${spread(fcp(warm.offline))}; ` +
        `LCP elements ${warm.slow.map((l) => l.element).join('/')}, offline ${warm.offline.map((l) => l.element).join('/')}`,
    );
    const durations = (rounds) => rounds.map((r) => r.durations.map(Math.round).join(', ') || '-').join(' | ');
    console.log(
      `INP: interactions over ${EVENT_THRESHOLD_MS} ms (ms, per round) on the visit screen ${durations(inp.visit)}; ` +
        `plain button ${durations(inp.plain)}`,
    );
    console.log('');
    console.log(
      table(
        ['figure', 'value', 'baseline (same run)', 'target', 'result'],
        budgets.map((b) => [b.budget, b.value, b.baseline, b.target, b.pass ? 'PASS' : 'FAIL']),
      ),
    );
    return budgets;
  } finally {
    await browser.close();
    await app.close();
    await statics.close();
    await client.remove();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  run().then(
    (budgets) => {
      if (budgets.some((b) => !b.pass)) process.exitCode = 1;
    },
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
