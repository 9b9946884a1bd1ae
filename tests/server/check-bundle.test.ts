import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SCRIPT = path.resolve(import.meta.dirname, '../../scripts/check-bundle.mjs');

/** A fake vite build: an entry importing a shared chunk, and the visit screen as a lazy chunk. */
async function fixture(dist: string, sizes: { entry: number; shared: number; visit: number }) {
  await mkdir(path.join(dist, '.vite'), { recursive: true });
  await mkdir(path.join(dist, 'assets'), { recursive: true });
  // Base64 of random bytes gzips to about 3/4 of its size.
  const js = (bytes: number) => randomBytes(bytes).toString('base64').slice(0, bytes);
  await writeFile(path.join(dist, 'assets/index.js'), js(sizes.entry));
  await writeFile(path.join(dist, 'assets/shared.js'), js(sizes.shared));
  await writeFile(path.join(dist, 'assets/VisitScreen.js'), js(sizes.visit));
  await writeFile(path.join(dist, 'assets/Office.js'), js(400_000));
  const manifest = {
    'index.html': {
      file: 'assets/index.js',
      isEntry: true,
      imports: ['_shared.js'],
      dynamicImports: ['src/Office.tsx'],
    },
    '_shared.js': { file: 'assets/shared.js' },
    'src/features/visits/VisitScreen.tsx': {
      file: 'assets/VisitScreen.js',
      isDynamicEntry: true,
      imports: ['_shared.js'],
    },
    'src/Office.tsx': { file: 'assets/Office.js', isDynamicEntry: true },
  };
  await writeFile(path.join(dist, '.vite/manifest.json'), JSON.stringify(manifest));
}

const check = (dist: string) =>
  spawnSync(process.execPath, [SCRIPT, '--dist', dist, '--no-baseline'], { encoding: 'utf8' });

describe('scripts/check-bundle.mjs (the client JS budget)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kycuong-bundle-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("passes a build under each screen's budget (KB gzip), counting lazy office chunks for no screen", async () => {
    const dist = path.join(dir, 'small');
    await fixture(dist, { entry: 140_000, shared: 30_000, visit: 20_000 });
    const run = check(dist);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/sign-in \(2 files\)\s+\d+\.\d\s+-\s+<= 140\s+PASS/);
    expect(run.stdout).toMatch(/visit screen \(3 files\)\s+\d+\.\d\s+-\s+<= 149\s+PASS/);
  });

  it('fails (exit 1) when the visit screen goes over the budget', async () => {
    const dist = path.join(dir, 'large');
    await fixture(dist, { entry: 140_000, shared: 30_000, visit: 100_000 });
    const run = check(dist);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/sign-in \(2 files\).*PASS/);
    expect(run.stdout).toMatch(/visit screen \(3 files\).*FAIL/);
    expect(run.stderr).toMatch(/JS budget exceeded: visit screen \d+\.\d KB > 149 KB gzip/);
  });

  it('fails when there is no build to check', () => {
    const run = check(path.join(dir, 'missing'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/run `pnpm build` first/);
  });
});
