import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreMessages } from './vi/core';
import { errorsMessages } from './vi/errors';
import { fieldMessages } from './vi/field';
import { officeMessages } from './vi/office';
import { visitMessages } from './vi/visit';

// The Vietnamese messages are split by the screens that show them (messages.ts). A message shown before
// its catalogue has loaded would read as its key, so this checks, from the source, that every module a
// screen runs uses only keys of the catalogues loaded by then:
// - the entry (main.tsx and its static imports): vi/core.ts;
// - the visit screen and its static imports: core and visit;
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

function reachable(roots: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of staticImports(file)) visit(next);
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
const fieldRoots = [...readFileSync(screenChunks, 'utf8').matchAll(/import\('([^']+)'\)/g)].map(
  ([, specifier]) => resolveImport(screenChunks, specifier) as string,
);
const visitScreen = path.join(SRC, 'features/visits/VisitScreen.tsx');
const visit = [...reachable([visitScreen])].filter((file) => !entry.has(file));
const field = [...reachable(fieldRoots.filter((root) => root !== visitScreen))].filter(
  (file) => !entry.has(file) && !visit.includes(file),
);

describe('message catalogues', () => {
  it('hold each key once', () => {
    expect(allKeys.length).toBe(catalogueOf.size);
  });

  it('are found where the test looks: the entry, and the field screens through app/screen-chunks.tsx', () => {
    expect(entry.has(path.join(SRC, 'features/auth/SignInScreen.tsx'))).toBe(true);
    expect(fieldRoots).toContain(visitScreen);
    expect(visit).toContain(path.join(SRC, 'features/visits/ItemAnswer.tsx'));
    expect(field).toContain(path.join(SRC, 'features/home/HomeScreen.tsx'));
    // The checks below would pass on nothing if the key scan found nothing.
    expect(keysUsedBy(path.join(SRC, 'features/auth/SignInScreen.tsx'))).toContain('auth.signIn');
  });

  it('the entry uses only the first screen’s messages (vi/core.ts)', () => {
    expect(misplaced(entry, ['core'])).toEqual([]);
  });

  it('the error codes’ messages are read only through errorText', () => {
    expect(misplaced([path.join(SRC, 'i18n/error-messages.ts')], ['core', 'errors'])).toEqual([]);
    const elsewhere = [...entry, ...visit, ...field].filter((file) => !file.endsWith('error-messages.ts'));
    expect(misplaced(elsewhere, ['core', 'visit', 'field', 'office'])).toEqual([]);
  });

  it('the visit screen uses only the core and visit messages', () => {
    expect(misplaced(visit, ['core', 'visit'])).toEqual([]);
  });

  it('the other field screens use only the core, visit and field messages', () => {
    expect(misplaced(field, ['core', 'visit', 'field'])).toEqual([]);
  });

  it('no module of the app imports a catalogue but the first screen’s (messages.ts loads them by screen)', () => {
    const lazyCatalogues = ['vi/errors.ts', 'vi/visit.ts', 'vi/field.ts', 'vi/office.ts', 'vi/all.ts'].map((file) =>
      path.join(SRC, 'i18n', file),
    );
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
