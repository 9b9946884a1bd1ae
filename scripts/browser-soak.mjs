#!/usr/bin/env node
// Runs the browser suite several times in a row, optionally with busy processes beside it, and reports
// every test that failed at least once. A test that passes or fails with the machine's load is found
// here before it stops a good submission from landing. See docs/testing.md.
//
//   node scripts/browser-soak.mjs [--runs N] [--busy K] [--no-build] [-- <vitest filters>]
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '5' },
    busy: { type: 'string', default: '0' },
    'no-build': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log('usage: node scripts/browser-soak.mjs [--runs N] [--busy K] [--no-build] [-- <vitest filters>]');
  process.exit(0);
}
const runs = Number(values.runs);
const busy = Number(values.busy);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(busy) || busy < 0) {
  console.error('--runs must be a whole number of at least 1, --busy a whole number of at least 0');
  process.exit(2);
}

/** Runs a command with the terminal's output; resolves with its exit code. */
function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

if (!values['no-build']) {
  console.log('== building the client and server once (pnpm build)');
  if ((await run('pnpm', ['build'], { stdio: ['ignore', 'ignore', 'inherit'] })) !== 0) process.exit(1);
}

// Each busy process spins one core until the soak ends.
const spinners = Array.from({ length: busy }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
);
const stopSpinners = () => {
  for (const spinner of spinners) spinner.kill('SIGKILL');
};
process.on('SIGINT', () => {
  stopSpinners();
  process.exit(130);
});

const work = await mkdtemp(path.join(tmpdir(), 'kycuong-soak-'));
/** test name -> runs in which it failed, with the first line of its message */
const failures = new Map();
const summary = [];
try {
  for (let i = 1; i <= runs; i++) {
    const output = path.join(work, `run-${i}.json`);
    console.log(`\n== run ${i} of ${runs}${busy ? `, ${busy} busy process(es) beside it` : ''}`);
    const started = Date.now();
    const code = await run('npx', [
      'vitest',
      'run',
      '--project',
      'browser',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${output}`,
      ...positionals,
    ]);
    const seconds = Math.round((Date.now() - started) / 1000);
    let report;
    try {
      report = JSON.parse(await readFile(output, 'utf8'));
    } catch {
      report = null;
    }
    if (!report) {
      summary.push({ run: i, seconds, code, passed: 0, failed: 0, note: 'no report (vitest did not finish)' });
      failures.set('(the run itself)', [...(failures.get('(the run itself)') ?? []), `run ${i}: exit ${code}`]);
      continue;
    }
    let passed = 0;
    let failed = 0;
    for (const file of report.testResults ?? []) {
      const fileName = path.relative(root, file.name);
      const tests = file.assertionResults ?? [];
      if (tests.length === 0 && file.status === 'failed') {
        failed++;
        const key = `${fileName} (the file did not start)`;
        failures.set(key, [...(failures.get(key) ?? []), `run ${i}: ${String(file.message ?? '').split('\n')[0]}`]);
      }
      for (const test of tests) {
        if (test.status === 'passed') passed++;
        else {
          failed++;
          const key = `${fileName} > ${test.fullName}`;
          const message = String(test.failureMessages?.[0] ?? test.status).split('\n')[0];
          failures.set(key, [...(failures.get(key) ?? []), `run ${i}: ${message}`]);
        }
      }
    }
    summary.push({ run: i, seconds, code, passed, failed, note: '' });
  }
} finally {
  stopSpinners();
  await rm(work, { recursive: true, force: true });
}

console.log(`\n=== browser soak: ${runs} run(s), ${busy} busy process(es) beside each ===`);
for (const s of summary) {
  console.log(
    `run ${s.run}: ${s.passed} passed, ${s.failed} failed, exit ${s.code}, ${s.seconds} s${s.note ? ` (${s.note})` : ''}`,
  );
}
if (failures.size === 0) {
  console.log('no test failed in any run');
} else {
  console.log(`${failures.size} test(s) failed at least once:`);
  for (const [name, runsFailed] of failures) {
    console.log(`- ${name}`);
    for (const line of runsFailed) console.log(`    ${line}`);
  }
}
process.exit(failures.size === 0 && summary.every((s) => s.code === 0) ? 0 : 1);
