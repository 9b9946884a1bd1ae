// Client JS budget (issue 6): `node scripts/check-bundle.mjs`, run by `pnpm test` right after the build.
//
// Reads the vite build (client/dist/.vite/manifest.json, written because vite.config sets
// build.manifest) and sums, per screen, the JavaScript a phone must download before the screen can
// show: the entry script of index.html and its static imports (what vite modulepreloads), with the boot
// script index.html starts first (client/build/early-start.ts), plus for sign-in its own chunk (the server's
// sign-in page preloads it, client/build/prerender-shell.ts) and its static imports, and for the visit screen
// its lazy chunk, its messages (vi/visit.ts) and their static imports (boot.ts preloads them on a
// visit's address). Each file is gzipped on its own with zlib level 9 (as `gzip -9`); KB are 1024 bytes.
// Exits 1 when a screen is over its budget.
//
// The baseline, from the same run: React, React DOM and Apollo Client alone (a tiny app that renders
// one query), built with the same vite and gzipped the same way.
//
// Budgets per screen (KB gzip): sign-in 140 (issue 19's target); the visit screen 149 for now (148.6 on
// 7 December 2026, its lazy parts' wording in vi/visit-parts.ts), a step towards issue 19's 140
// (docs/performance.md says what is left).
//
// Options: --dist <folder> (default client/dist), --budget <KB> (one budget for every screen instead),
// --no-baseline.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = path.resolve(import.meta.dirname, '..');
const CLIENT = path.join(ROOT, 'client');

/**
 * The screens with a budget (KB gzip): the source modules whose chunks load for them (index.html: the
 * entry).
 */
export const SCREENS = [
  {
    name: 'sign-in',
    sources: ['index.html', 'src/early-start/boot.ts', 'src/features/auth/SignInScreen.tsx'],
    budgetKb: 140,
  },
  {
    name: 'visit screen',
    sources: ['index.html', 'src/early-start/boot.ts', 'src/features/visits/VisitScreen.tsx', 'src/i18n/vi/visit.ts'],
    budgetKb: 149,
  },
];

export const gzipKb = (bytes) => gzipSync(bytes, { level: 9 }).length / 1024;

/**
 * The JS files a screen loads: each source's chunk and, transitively, its static imports. A source that
 * is not a chunk of its own is bundled into one that is (the entry), so it adds nothing.
 */
export function screenFiles(manifest, sources) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const source of sources) visit(source);
  return [...files].filter((file) => file.endsWith('.js'));
}

export function measureScreens(dist, screens = SCREENS) {
  const manifestPath = path.join(dist, '.vite/manifest.json');
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read ${manifestPath} (run \`pnpm build\` first): ${error.message}`);
  }
  if (!manifest['index.html']?.isEntry) throw new Error(`${manifestPath} has no index.html entry`);
  return screens.map((screen) => {
    const files = screenFiles(manifest, screen.sources);
    const lazy = screen.sources.filter((source) => source !== 'index.html' && !manifest[source]);
    const sizes = files.map((file) => ({ file, kb: gzipKb(readFileSync(path.join(dist, file))) }));
    return { ...screen, files: sizes, kb: sizes.reduce((sum, f) => sum + f.kb, 0), inEntry: lazy };
  });
}

/** React, React DOM and Apollo Client alone: a tiny app rendering one query, built like the client. */
export async function vendorBaselineKb() {
  const { build } = await import('vite');
  const id = '\0react-apollo-baseline';
  const code = `
    import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
    import { ApolloProvider, useQuery } from '@apollo/client/react';
    import { createElement } from 'react';
    import { createRoot } from 'react-dom/client';
    const client = new ApolloClient({ cache: new InMemoryCache(), link: new HttpLink({ uri: '/graphql' }) });
    const Q = gql\`query Me { me { id } }\`;
    function Me() { const { data } = useQuery(Q); return createElement('p', null, data?.me?.id ?? '-'); }
    createRoot(document.body).render(createElement(ApolloProvider, { client }, createElement(Me)));`;
  const result = await build({
    configFile: false,
    root: CLIENT,
    logLevel: 'silent',
    plugins: [
      {
        name: 'baseline',
        resolveId: (source) => (source === 'baseline' ? id : null),
        load: (i) => (i === id ? code : null),
      },
    ],
    build: { write: false, target: 'es2022', rollupOptions: { input: 'baseline' } },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  return outputs.filter((o) => o.type === 'chunk').reduce((sum, o) => sum + gzipKb(Buffer.from(o.code)), 0);
}

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])));
  return [
    line(header).join('  '),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map((r) => line(r).join('  ')),
  ].join('\n');
}

/** `budgetKb`: one budget for every screen instead of each screen's own. */
export async function checkBundle({ dist = path.join(CLIENT, 'dist'), budgetKb, baseline = true } = {}) {
  const screens = measureScreens(dist).map((s) => ({ ...s, budgetKb: budgetKb ?? s.budgetKb }));
  const vendor = baseline ? await vendorBaselineKb() : null;
  const rows = screens.map((s) => [
    `initial JS, ${s.name} (${s.files.length} files)`,
    s.kb.toFixed(1),
    vendor == null ? '-' : vendor.toFixed(1),
    `<= ${s.budgetKb}`,
    s.kb <= s.budgetKb ? 'PASS' : 'FAIL',
  ]);
  console.log(table(['figure (KB gzip -9)', 'value', 'baseline: React+Apollo alone', 'target', 'result'], rows));
  for (const s of screens) {
    const biggest = [...s.files].sort((a, b) => b.kb - a.kb).slice(0, 3);
    console.log(
      `  ${s.name}: ${biggest.map((f) => `${path.basename(f.file)} ${f.kb.toFixed(1)}`).join(', ')}` +
        (s.inEntry.length ? `; ${s.inEntry.join(', ')} is bundled into the entry` : ''),
    );
  }
  const over = screens.filter((s) => s.kb > s.budgetKb);
  if (over.length)
    console.error(
      `JS budget exceeded: ${over.map((s) => `${s.name} ${s.kb.toFixed(1)} KB > ${s.budgetKb} KB gzip`).join(', ')}`,
    );
  return { screens, vendor, pass: over.length === 0 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  checkBundle({
    dist: option('--dist') ? path.resolve(option('--dist')) : undefined,
    budgetKb: option('--budget') ? Number(option('--budget')) : undefined,
    baseline: !args.includes('--no-baseline'),
  }).then(
    (result) => {
      process.exitCode = result.pass ? 0 : 1;
    },
    (error) => {
      console.error(error.message);
      process.exitCode = 1;
    },
  );
}
