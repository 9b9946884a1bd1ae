// INP profile: 8 answer taps as the client bench does, Event Timing + Long Animation Frames per tap.
// Usage: node bench/inp-profile.mjs <client dist> [rounds]; VERBOSE=1 prints each click's parts and every LoAF.
// BENCH_PORT sets the app's port (default: any free one).
// Each round also counts React's commits from the first tap to the end (a stand-in for React DevTools'
// hook, which the production build calls on every commit): a count that does not move with the machine's load.
import { chromium } from 'playwright-core';
import { newContext as newPhoneContext, signInContext, startedVisit } from './client-budgets.mjs';
import { BENCH_ADMIN_URL, createDatabase, startApp } from './lib.mjs';

const dist = process.argv[2];
const ROUNDS = Number(process.argv[3] ?? 3);
const db = await createDatabase(BENCH_ADMIN_URL, 'kycuong_bench_inp_');
const { app, url: u } = await startApp({
  database: { url: db.url, kind: 'postgresql', poolSize: 5, close: async () => {} },
  clientDist: dist,
  port: Number(process.env.BENCH_PORT ?? 0),
});
const url = u.replace('localhost', '127.0.0.1');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic'],
});
// The phone, its sign-in and the started visit are the client bench's own (client-budgets.mjs).
const newContext = () => newPhoneContext(browser);
const signIn = (ctx) => signInContext(ctx, url);
const visitId = await startedVisit(browser, url);
const BUTTON = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head><body><p>Tiêu chí 1.1</p><button id="b" type="button" aria-pressed="false" style="padding:12px 24px;font-size:16px">Đạt</button><script>const b=document.getElementById('b');b.addEventListener('click',()=>{b.setAttribute('aria-pressed',String(b.getAttribute('aria-pressed')!=='true'));});</script></body></html>`;
async function plainWorst() {
  const ctx = await newContext();
  const page = await ctx.newPage();
  await page.setContent(BUTTON);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluate(() => {
    window.__w = 16;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) if (e.interactionId) window.__w = Math.max(window.__w, e.duration);
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  });
  for (let i = 0; i < 8; i++) {
    await page.locator('#b').tap();
    await page.waitForTimeout(300);
  }
  await page.waitForTimeout(1000);
  const w = await page.evaluate(() => window.__w);
  await ctx.close();
  return w;
}
const all = [];
const ratios = [];
const commits = [];
const longFrames = [];
for (let round = 0; round < ROUNDS; round++) {
  const ctx = await newContext();
  await signIn(ctx);
  await ctx.addInitScript(() => {
    window.__commits = 0;
    window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      isDisabled: false,
      renderers: new Map(),
      inject: () => 1,
      checkDCE: () => undefined,
      onCommitFiberRoot: () => {
        window.__commits += 1;
      },
      onCommitFiberUnmount: () => undefined,
      onPostCommitFiberRoot: () => undefined,
    };
  });
  const page = await ctx.newPage();
  await page.goto(`${url}/cuoc-kiem-tra/${visitId}`);
  await page.getByRole('button', { name: 'Đạt', exact: true }).first().waitFor({ timeout: 60000 });
  await page.waitForTimeout(1000);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluate(() => {
    window.__ev = [];
    window.__loaf = [];
    window.__taps = [];
    window.__commitsAtTap = [];
    window.__commitsBefore = window.__commits;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries())
        if (e.interactionId)
          window.__ev.push({
            name: e.name,
            id: e.interactionId,
            start: e.startTime,
            dur: e.duration,
            delay: e.processingStart - e.startTime,
            proc: e.processingEnd - e.processingStart,
            pres: e.startTime + e.duration - e.processingEnd,
          });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    new PerformanceObserver((l) => {
      for (const e of l.getEntries())
        window.__loaf.push({
          start: e.startTime,
          dur: e.duration,
          block: e.blockingDuration,
          scripts: e.scripts.map((s) => ({
            inv: s.invoker,
            type: s.invokerType,
            dur: Math.round(s.duration),
            src: `${s.sourceFunctionName || ''}@${(s.sourceURL || '').split('/').pop()}:${s.sourceCharPosition}`,
          })),
        });
    }).observe({ type: 'long-animation-frame', buffered: true });
  });
  const count = Math.min(await page.getByRole('button', { name: 'Đạt', exact: true }).count(), 4);
  for (const choice of ['Đạt', 'Không đạt'])
    for (let i = 0; i < count; i++) {
      const button = page.getByRole('button', { name: choice, exact: true }).nth(i);
      await page.evaluate(() => {
        window.__taps.push(performance.now());
        window.__commitsAtTap.push(window.__commits);
      });
      await button.tap();
      await page.waitForFunction((b) => b.getAttribute('aria-pressed') === 'true', await button.elementHandle());
      await page.waitForTimeout(300);
    }
  await page.waitForTimeout(1000);
  const res = await page.evaluate(() => ({
    ev: window.__ev,
    loaf: window.__loaf,
    taps: window.__taps,
    commits: window.__commits - window.__commitsAtTap[0],
    commitsPerTap: window.__commitsAtTap.map((at, i, list) => (list[i + 1] ?? window.__commits) - at),
  }));
  commits.push(res.commits);
  longFrames.push(res.loaf.filter((f) => f.start >= res.taps[0]).length);
  const byId = new Map();
  for (const e of res.ev) {
    const p = byId.get(e.id);
    if (!p || e.dur > p.dur) byId.set(e.id, e);
  }
  const worst = [...byId.values()].map((e) => Math.round(e.dur));
  all.push(Math.max(16, ...worst));
  const plain = await plainWorst();
  ratios.push(all.at(-1) / plain);
  console.log(
    `round ${round}: interactions ${worst.join(', ')}; plain button worst ${Math.round(plain)} ms; ratio ${ratios.at(-1).toFixed(2)}`,
  );
  console.log(
    `  React commits from the first tap: ${res.commits} (per tap, to the next tap or the end: ${res.commitsPerTap.join(', ')}); long animation frames ${longFrames.at(-1)}`,
  );
  if (process.env.VERBOSE) {
    for (const e of byId.values())
      console.log(
        `  ${e.name} start ${Math.round(e.start)} dur ${Math.round(e.dur)} delay ${Math.round(e.delay)} proc ${Math.round(e.proc)} pres ${Math.round(e.pres)}`,
      );
    for (const f of res.loaf)
      console.log(
        `  loaf ${Math.round(f.start)} dur ${Math.round(f.dur)} block ${Math.round(f.block)} ${f.scripts.map((s) => `[${s.type} ${s.inv} ${s.dur}ms ${s.src}]`).join(' ')}`,
      );
    console.log('  taps at', res.taps.map(Math.round).join(', '));
  }
  await ctx.close();
}
const sorted = [...ratios].sort((a, b) => a - b);
console.log(`commits per round ${commits.join(' / ')}; long animation frames per round ${longFrames.join(' / ')}`);
console.log(
  `worst per round ${all.join(' / ')}; ratios ${ratios.map((r) => r.toFixed(2)).join(' / ')}; median ${sorted[Math.floor(sorted.length / 2)].toFixed(2)}x`,
);
await browser.close();
await app.close();
await db.drop();
process.exit(0);
