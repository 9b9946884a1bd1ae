// Trace of answer taps on the visit screen (CPU 4x): what the main thread does from each tap to its paint.
// Usage: node bench/tap-trace.mjs <client dist> [taps]; prints each tap's Event Timing entries and writes a
// Chrome trace (TRACE_OUT, default <tmp>/kycuong-tap-trace.json) to open in DevTools' Performance panel.
// Each tap is marked (performance.mark tap0, tap1...) in the trace.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { newContext as newPhoneContext, signInContext, startedVisit } from './client-budgets.mjs';
import { BENCH_ADMIN_URL, createDatabase, startApp } from './lib.mjs';

const dist = process.argv[2];
const TAPS = Number(process.argv[3] ?? 4);
const db = await createDatabase(BENCH_ADMIN_URL, 'kycuong_bench_trace_');
const { app, url: u } = await startApp({
  database: { url: db.url, kind: 'postgresql', poolSize: 5, close: async () => {} },
  clientDist: dist,
  port: 0,
});
const url = u.replace('localhost', '127.0.0.1');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic'],
});
const visitId = await startedVisit(browser, url);
const ctx = await newPhoneContext(browser);
await signInContext(ctx, url);
const page = await ctx.newPage();
await page.goto(`${url}/cuoc-kiem-tra/${visitId}`);
await page.getByRole('button', { name: 'Đạt', exact: true }).first().waitFor({ timeout: 60000 });
await page.waitForTimeout(1500);
const cdp = await ctx.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.evaluate(() => {
  window.__ev = [];
  new PerformanceObserver((l) => {
    for (const e of l.getEntries())
      if (e.interactionId)
        window.__ev.push({
          name: e.name,
          start: e.startTime,
          dur: e.duration,
          delay: e.processingStart - e.startTime,
          proc: e.processingEnd - e.processingStart,
        });
  }).observe({ type: 'event', durationThreshold: 0, buffered: true });
});
const chunks = [];
cdp.on('Tracing.dataCollected', (d) => chunks.push(...d.value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', {
  categories:
    'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,v8.execute,disabled-by-default-devtools.timeline.frame,latencyInfo,input',
  transferMode: 'ReportEvents',
});
for (let i = 0; i < TAPS; i++) {
  const button = page.getByRole('button', { name: i % 2 ? 'Không đạt' : 'Đạt', exact: true }).nth(i % 4);
  await page.evaluate((n) => performance.mark(`tap${n}`), i);
  await button.tap();
  await page.waitForTimeout(600);
}
await cdp.send('Tracing.end');
await done;
console.log(
  JSON.stringify(
    await page.evaluate(() =>
      window.__ev.map((e) => ({
        ...e,
        start: Math.round(e.start),
        dur: Math.round(e.dur),
        delay: Math.round(e.delay),
        proc: Math.round(e.proc),
      })),
    ),
  ),
);
const out = process.env.TRACE_OUT ?? path.join(tmpdir(), 'kycuong-tap-trace.json');
writeFileSync(out, JSON.stringify(chunks));
console.log(`trace written to ${out}`);
await browser.close();
await app.close();
await db.drop();
process.exit(0);
