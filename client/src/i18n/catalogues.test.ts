import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreMessages } from './vi/core';
import { errorsMessages } from './vi/errors';
import { fieldMessages } from './vi/field';
import { officeMessages } from './vi/office';
import { visitMessages } from './vi/visit';
import { visitPartsMessages } from './vi/visit-parts';

// The Vietnamese messages are split by the screens that show them (messages.ts). A message shown before
// its catalogue has loaded would read as its key, so this checks, from the source, that every module a
// screen runs uses only keys of the catalogues loaded by then:
// - the entry (main.tsx and its static imports) and sign-in (a chunk of its own): vi/core.ts;
// - the visit screen and its static imports: core and visit; the parts it imports lazily (each loaded with
//   features/visits/load-part.ts) also vi/visit-parts.ts;
// - the other field screens (the lazy imports of app/screen-chunks.tsx) and theirs: core, visit and field;
// - the office screens load every catalogue (app/Screen.tsx);
// - the messages of the API's error codes (vi/errors.ts) load after the first screen, so they are read
//   only through errorText (i18n/error-messages.ts), which says something general until they have.
// A key is "used" by a module when the module holds it as a string ('visits.title') or as the fixed start
// of a template (`visits.status.${status}`, every key that starts so): more than the module may show,
// never less.

const SRC = path.resolve(import.meta.dirname, '..');
const catalogues = {
  core: coreMessages,
  errors: errorsMessages,
  visit: visitMessages,
  visitParts: visitPartsMessages,
  field: fieldMessages,
  office: officeMessages,
};
const allKeys = Object.values(catalogues).flatMap((messages) => Object.keys(messages));
const catalogueOf = new Map<string, string>(
  Object.entries(catalogues).flatMap(([name, messages]) => Object.keys(messages).map((key) => [key, name])),
);

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}

/** The modules a module imports for their values (type-only imports leave nothing in the bundle). */
function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [
    ...[...source.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?\sfrom\s+'([^']+)'/gms)]
      .filter((match) => !match[1])
      .map((match) => match[2]),
    ...[...source.matchAll(/^import\s+'([^']+)'/gm)].map((match) => match[1]),
  ];
  return specifiers.flatMap((specifier) => resolveImport(file, specifier) ?? []);
}

/** The modules a module imports lazily (`import('./x')`). */
function lazyImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/import\('([^']+)'\)/g)].flatMap(([, specifier]) => resolveImport(file, specifier) ?? []);
}

/**
 * `lazyFrom`: the modules that folder imports lazily too (the parts of a screen, which load with its
 * messages); other lazy imports load their own catalogues (messages.ts) or none.
 */
function reachable(roots: string[], lazyFrom?: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of staticImports(file)) visit(next);
    if (lazyFrom && file.startsWith(lazyFrom)) for (const next of lazyImports(file)) visit(next);
  };
  for (const root of roots) visit(root);
  return seen;
}

function keysUsedBy(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const used = new Set<string>();
  for (const [, text] of source.matchAll(/'([a-zA-Z]+\.[\w.]+)'/g)) if (catalogueOf.has(text)) used.add(text);
  for (const [, start] of source.matchAll(/`([a-zA-Z]+\.[\w.]*)\$\{/g)) {
    for (const key of allKeys) if (key.startsWith(start)) used.add(key);
  }
  return [...used];
}

/** "file: key (in catalogue)" for each key a module uses outside the catalogues allowed to it. */
function misplaced(files: Iterable<string>, allowed: string[]): string[] {
  const wrong: string[] = [];
  for (const file of files) {
    if (file.includes(`${path.sep}i18n${path.sep}vi${path.sep}`) || file.endsWith(`${path.sep}en.ts`)) continue;
    if (file.endsWith(`${path.sep}error-messages.ts`) && !allowed.includes('errors')) continue;
    for (const key of keysUsedBy(file)) {
      const catalogue = catalogueOf.get(key) as string;
      if (!allowed.includes(catalogue)) wrong.push(`${path.relative(SRC, file)}: ${key} (in vi/${catalogue}.ts)`);
    }
  }
  return wrong;
}

const entry = reachable([path.join(SRC, 'main.tsx')]);
const screenChunks = path.join(SRC, 'app/screen-chunks.tsx');
const signInScreen = path.join(SRC, 'features/auth/SignInScreen.tsx');
const signIn = [...reachable([signInScreen])].filter((file) => !entry.has(file));
const fieldRoots = lazyImports(screenChunks).filter((root) => root !== signInScreen);
const visitScreen = path.join(SRC, 'features/visits/VisitScreen.tsx');
const visit = [...reachable([visitScreen], path.join(SRC, 'features/visits/'))].filter(
  (file) => !entry.has(file) && !signIn.includes(file),
);
const visitFirst = [...reachable([visitScreen])].filter((file) => visit.includes(file));
const visitParts = visit.filter((file) => !visitFirst.includes(file));
// A module the visit screen's lazy parts share with another field screen is checked as that screen's too:
// the other field screens do not load the parts' messages.
const field = [...reachable(fieldRoots.filter((root) => root !== visitScreen))].filter(
  (file) => !entry.has(file) && !signIn.includes(file) && !visitFirst.includes(file),
);

describe('message catalogues', () => {
  it('hold each key once', () => {
    expect(allKeys.length).toBe(catalogueOf.size);
  });

  it('are found where the test looks: the entry, and the field screens through app/screen-chunks.tsx', () => {
    expect(lazyImports(screenChunks)).toContain(signInScreen);
    expect(signIn).toContain(signInScreen);
    expect(fieldRoots).toContain(visitScreen);
    expect(visit).toContain(path.join(SRC, 'features/visits/ItemAnswer.tsx'));
    expect(visit).toContain(path.join(SRC, 'features/visits/ItemNotices.tsx'));
    expect(field).toContain(path.join(SRC, 'features/home/HomeScreen.tsx'));
    // The checks below would pass on nothing if the key scan found nothing.
    expect(keysUsedBy(path.join(SRC, 'features/auth/SignInScreen.tsx'))).toContain('auth.signIn');
  });

  it('the entry and sign-in use only the first screen’s messages (vi/core.ts)', () => {
    expect(misplaced(entry, ['core'])).toEqual([]);
    expect(misplaced(signIn, ['core'])).toEqual([]);
  });

  it('the error codes’ messages are read only through errorText', () => {
    expect(misplaced([path.join(SRC, 'i18n/error-messages.ts')], ['core', 'errors'])).toEqual([]);
    const elsewhere = [...entry, ...signIn, ...visit, ...field].filter((file) => !file.endsWith('error-messages.ts'));
    expect(misplaced(elsewhere, ['core', 'visit', 'visitParts', 'field', 'office'])).toEqual([]);
  });

  it('the visit screen uses only the core and visit messages, its lazy parts also the parts’ messages', () => {
    expect(visitFirst).toContain(path.join(SRC, 'features/visits/ItemAnswer.tsx'));
    expect(visitParts).toContain(path.join(SRC, 'features/visits/ItemNotices.tsx'));
    expect(visitParts).toContain(path.join(SRC, 'features/visits/VisitLowerSections.tsx'));
    expect(misplaced(visitFirst, ['core', 'visit'])).toEqual([]);
    expect(misplaced(visitParts, ['core', 'visit', 'visitParts'])).toEqual([]);
  });

  it('the visit screen’s first render loads each of its lazy parts with the parts’ messages (load-part.ts)', () => {
    for (const file of visitFirst.filter((f) => f.startsWith(path.join(SRC, 'features/visits/')))) {
      const source = readFileSync(file, 'utf8');
      const bare = [...source.matchAll(/lazy\(\(\) => import\(|= \(\) => import\(/g)];
      expect(bare, path.relative(SRC, file)).toEqual([]);
    }
  });

  it('the other field screens use only the core, visit and field messages', () => {
    expect(misplaced(field, ['core', 'visit', 'field'])).toEqual([]);
  });

  it('no module of the app imports a catalogue but the first screen’s (messages.ts loads them by screen)', () => {
    const lazyCatalogues = [
      'vi/errors.ts',
      'vi/visit.ts',
      'vi/visit-parts.ts',
      'vi/field.ts',
      'vi/office.ts',
      'vi/all.ts',
    ].map((file) => path.join(SRC, 'i18n', file));
    const appFiles = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
      .filter(
        (file) =>
          /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.startsWith(`i18n${path.sep}vi${path.sep}`),
      )
      .map((file) => path.join(SRC, file));
    expect(appFiles.length).toBeGreaterThan(100);
    for (const file of appFiles) {
      const imported = staticImports(file).filter((target) => lazyCatalogues.includes(target));
      expect(imported, path.relative(SRC, file)).toEqual([]);
    }
  });
});
