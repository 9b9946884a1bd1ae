// File sizes (issue 14): `node scripts/check-sizes.mjs`, run by `pnpm test` right after check-imports.
//
// Fails, with a list, when a server source file (server/src, outside migrations, seeders and tests) is
// over 400 lines, or a client file of React components (client/src/**/*.tsx, outside tests) is over 200
// lines: a file that size is doing more than one job, and is split by job (conventions.md).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const REPO = path.resolve(import.meta.dirname, '..');
const LIMITS = [
  {
    folder: 'server/src',
    max: 400,
    applies: (file) =>
      file.endsWith('.ts') && !/\.test\.ts$/.test(file) && !/(^|\/)db\/(migrations|seeders)\//.test(file),
  },
  { folder: 'client/src', max: 200, applies: (file) => file.endsWith('.tsx') && !/\.test\.tsx$/.test(file) },
];

const over = [];
let checked = 0;
for (const { folder, max, applies } of LIMITS) {
  for (const relative of readdirSync(path.join(REPO, folder), { recursive: true, encoding: 'utf8' })) {
    const file = relative.split(path.sep).join('/');
    if (!applies(file)) continue;
    checked++;
    const lines = readFileSync(path.join(REPO, folder, relative), 'utf8').split('\n').length - 1;
    if (lines > max) over.push(`${folder}/${file}: ${lines} lines (at most ${max})`);
  }
}
if (over.length > 0) {
  console.error(`check-sizes: ${over.length} file(s) over their limit:\n  ${over.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-sizes: ${checked} files within their limits`);
