import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ALLOW_FILE, checkImports, importSpecifiers } from '../../scripts/check-imports.mjs';

const SCRIPT = path.resolve(import.meta.dirname, '../../scripts/check-imports.mjs');
const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await rm(root, { recursive: true, force: true });
});

/** A repository of the given files (path -> source) in a new temporary folder. */
async function tree(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'kycuong-imports-'));
  roots.push(root);
  for (const [file, source] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), source);
  }
  return root;
}

/** The layers as they should be: every import runs downwards, and nothing loops. */
const GOOD: Record<string, string> = {
  'server/src/common/app-error.ts': 'export class AppError extends Error {}\n',
  'server/src/common/request-context.ts':
    "import type { AppError } from './app-error.js';\nexport type C = AppError;\n",
  'server/src/db/orm.ts': "import { AppError } from '../common/app-error.js';\nexport const orm = AppError;\n",
  'server/src/http/route.ts': "import { AppError } from '../common/app-error.js';\nexport const r = AppError;\n",
  'server/src/features/a/a.service.ts': "import { orm } from '../../db/orm.js';\nexport const a = orm;\n",
  'server/src/features/a/a.resolver.ts': [
    "import type { C } from '../../common/request-context.js';",
    "import { a } from './a.service.js';",
    '// an example in a comment is not an import: import { schema } from "../../graphql/schema.js";',
    'export const resolver = (c: C) => [a, c];',
  ].join('\n'),
  'server/src/graphql/schema.ts':
    "import { resolver } from '../features/a/a.resolver.js';\nexport const schema = resolver;\n",
  'server/src/app.ts': "import { schema } from './graphql/schema.js';\nexport const app = schema;\n",
  'client/src/features/visits/types.ts': 'export type Visit = { id: string };\n',
  'client/src/offline/outbox.ts': "import { x } from '../apollo/client';\nexport const outbox = x;\n",
  'client/src/apollo/client.ts': 'export const x = 1;\n',
};

interface Case {
  name: string;
  /** Files added to GOOD, or put in place of its own. */
  files: Record<string, string>;
  direction: string[];
  cycles: string[];
}

const CASES: Case[] = [
  { name: 'layers in order', files: {}, direction: [], cycles: [] },
  {
    name: 'a feature importing graphql/',
    files: { 'server/src/features/a/b.ts': "import { schema } from '../../graphql/schema.js';\n" },
    direction: ['features/ must not import graphql/: server/src/features/a/b.ts -> server/src/graphql/schema.ts'],
    // graphql/schema -> a.resolver does not reach b.ts: no loop.
    cycles: [],
  },
  {
    name: 'http/ importing graphql/ (an export-from)',
    files: { 'server/src/http/x.ts': "export { schema } from '../graphql/schema.js';\n" },
    direction: ['http/ must not import graphql/: server/src/http/x.ts -> server/src/graphql/schema.ts'],
    cycles: [],
  },
  {
    name: 'common/ importing a feature (type only)',
    files: {
      'server/src/common/user.ts': "import type { a } from '../features/a/a.service.js';\nexport type U = typeof a;\n",
    },
    direction: ['common/ must not import a feature: server/src/common/user.ts -> server/src/features/a/a.service.ts'],
    cycles: [],
  },
  {
    name: 'a loop of two files, type-only on one side',
    files: {
      'server/src/features/a/a.service.ts': "import type { resolver } from './a.resolver.js';\nexport const a = 1;\n",
    },
    direction: [],
    cycles: [
      'server/src/features/a/a.resolver.ts -> server/src/features/a/a.service.ts -> server/src/features/a/a.resolver.ts',
    ],
  },
  {
    name: 'a loop through three layers, reported as its path',
    files: { 'server/src/db/orm.ts': "import { app } from '../app.js';\nexport const orm = app;\n" },
    direction: [],
    cycles: [
      'server/src/app.ts -> server/src/graphql/schema.ts -> server/src/features/a/a.resolver.ts -> server/src/features/a/a.service.ts -> server/src/db/orm.ts -> server/src/app.ts',
    ],
  },
  {
    name: 'client offline/ importing a feature',
    files: { 'client/src/offline/overlay.ts': "import type { Visit } from '../features/visits/types';\n" },
    direction: [
      'offline/ must not import features/: client/src/offline/overlay.ts -> client/src/features/visits/types.ts',
    ],
    cycles: [],
  },
];

describe('check-imports', () => {
  it.each(CASES)('$name', async ({ files, direction, cycles }) => {
    const result = checkImports(await tree({ ...GOOD, ...files }));
    expect(result.direction.map((v) => `${v.rule}: ${v.file} -> ${v.target}`)).toEqual(direction);
    expect(result.cycles.map((c) => c.path.join(' -> '))).toEqual(cycles);
  });

  it('tolerates the client violations of the allow list, and reports the entries no longer seen', async () => {
    const root = await tree({
      ...GOOD,
      'client/src/offline/overlay.ts': "import type { Visit } from '../features/visits/types';\n",
    });
    const known = 'client/src/offline/overlay.ts -> client/src/features/visits/types.ts';
    const gone = 'client/src/offline/take-offline.ts -> client/src/features/visits/operations.ts';
    expect(checkImports(root, [known, gone])).toMatchObject({ direction: [], allowedSeen: [known], stale: [gone] });
  });

  it('reads every form of import and export-from, and no comment', () => {
    const source = [
      "import a from './a.js';",
      "import type { B } from './b.js';",
      "import { c,\n  type D } from './c.js';",
      "import './side-effect.js';",
      "export * from './e.js';",
      "export type { F } from './f.js';",
      "const g = await import('./g.js');",
      "/* import { h } from './h.js'; */",
      "// import { i } from './i.js';",
      "const url = 'http://example.com/not-a-comment'; import { j } from './j.js';",
    ].join('\n');
    expect(importSpecifiers(source)).toEqual([
      './a.js',
      './b.js',
      './c.js',
      './side-effect.js',
      './e.js',
      './f.js',
      './g.js',
      './j.js',
    ]);
  });

  it('as a command: exits 1 with the list, 0 on a clean tree with its allow list', async () => {
    const bad = await tree({
      ...GOOD,
      'server/src/jobs/queue.ts': "import { schema } from '../graphql/schema.js';\n",
      'server/src/features/a/a.service.ts': "import { resolver } from './a.resolver.js';\nexport const a = 1;\n",
    });
    const failed = spawnSync(process.execPath, [SCRIPT, '--root', bad], { encoding: 'utf8' });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain(
      'wrong direction (jobs/ must not import graphql/): server/src/jobs/queue.ts -> server/src/graphql/schema.ts',
    );
    expect(failed.stderr).toContain(
      'import cycle: server/src/features/a/a.resolver.ts -> server/src/features/a/a.service.ts -> server/src/features/a/a.resolver.ts',
    );

    const allowed = await tree({
      ...GOOD,
      'client/src/offline/overlay.ts': "import type { Visit } from '../features/visits/types';\n",
      [ALLOW_FILE]: JSON.stringify({
        allowed: ['client/src/offline/overlay.ts -> client/src/features/visits/types.ts'],
      }),
    });
    const passed = spawnSync(process.execPath, [SCRIPT, '--root', allowed], { encoding: 'utf8' });
    expect(passed.stderr).toBe('');
    expect(passed.status).toBe(0);
  });

  it('passes on this repository', () => {
    const passed = spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8' });
    expect(passed.stderr).toBe('');
    expect(passed.status).toBe(0);
  });
});
