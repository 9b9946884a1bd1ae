import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
// One copy of graphql for the server, the tests and type-graphql (see ../shared/toolchain.md).
// The shared pure rules are read from their source in tests (the server's runtime uses rules/dist).
const rulesAlias = { find: /^@kycuong\/rules$/, replacement: path.resolve(import.meta.dirname, 'rules/src/index.ts') };
const serverAliases = [
  { find: /^graphql$/, replacement: require.resolve('graphql', { paths: ['./server'] }) },
  rulesAlias,
];

export default defineConfig({
  test: {
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.vitest-results/results.json' },
    projects: [
      {
        resolve: { alias: serverAliases },
        test: {
          name: 'server',
          include: ['server/src/**/*.test.ts', 'tests/server/**/*.test.ts'],
          // graphql-jit must see the same graphql as the server under test (the alias above).
          server: { deps: { inline: ['graphql-jit'] } },
          setupFiles: ['tests/helpers/setup-server.ts'],
          environment: 'node',
          pool: 'forks',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias: [rulesAlias] },
        test: {
          name: 'client',
          include: ['client/src/**/*.test.ts', 'rules/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        resolve: { alias: serverAliases },
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          fileParallelism: false,
          // Deadlines that guard against a hang, not a measure of speed: on a busy 2-core CI machine a
          // browser test runs several times slower than alone (docs/testing.md).
          testTimeout: 240_000,
          hookTimeout: 240_000,
          // vitest's default of 1 s for expect.poll fails a test whenever the machine is busy; this is
          // the same 30 s as `visible()` in tests/helpers/browser.ts.
          expect: { poll: { timeout: 30_000, interval: 100 } },
        },
      },
    ],
  },
});
