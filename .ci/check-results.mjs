// Fails CI when a test was skipped, when no browser test ran, or when nothing ran at all.
import { readFileSync } from 'node:fs';

const file = process.argv[2];
const results = JSON.parse(readFileSync(file, 'utf8'));
const tests = results.testResults.flatMap((f) => f.assertionResults.map((a) => ({ file: f.name, ...a })));
const notRun = tests.filter((t) => t.status !== 'passed' && t.status !== 'failed');
const browser = tests.filter((t) => t.file.includes('/tests/browser/'));

const problems = [];
if (tests.length === 0) problems.push('no test ran');
if (browser.length === 0) problems.push('no browser test ran');
for (const t of notRun) problems.push(`not run (${t.status}): ${t.fullName} in ${t.file}`);
if (problems.length > 0) {
  console.error(`Test results check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`Test results check: ${tests.length} tests ran (${browser.length} in the browser), none skipped.`);
