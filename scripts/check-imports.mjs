// Dependency direction (issue 14): `node scripts/check-imports.mjs`, run by `pnpm test` right after lint.
//
// Reads the import and export-from specifiers of every .ts/.tsx file under server/src and client/src
// (type-only imports count too: a loop of types is still a loop to read) and fails, with a list, when:
// - a server file under features/, http/, db/, jobs/ or common/ imports graphql/: only the assembly
//   (app.ts, main.ts, cli.ts, dev-cli.ts and graphql/ itself) may;
// - a server file under common/ imports a feature;
// - server/src holds an import cycle, reported as a path a -> b -> a;
// - a client file under offline/ imports from features/. The violations known when the check came in
//   are listed in scripts/check-imports.allow.json: a new one fails, and one that is gone is reported
//   so that its line can be deleted.
//
// Options: --root <folder> (default: this repository).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const REPO = path.resolve(import.meta.dirname, '..');
export const ALLOW_FILE = 'scripts/check-imports.allow.json';

const SERVER = 'server/src';
const CLIENT = 'client/src';
/** Server folders below the GraphQL assembly: they must not reach up into it. */
const BELOW_GRAPHQL = ['features', 'http', 'db', 'jobs', 'common'];

/** The source without its comments (strings kept), so that an example in a comment is not an import. */
function withoutComments(source) {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? source.length : end + 2;
      out += ' ';
    } else if (c === "'" || c === '"' || c === '`') {
      // A quote or double quote ends at its line's end at the latest, so a stray one in a regex costs little.
      let j = i + 1;
      const ends = (at) => source[at] === c || (c !== '`' && source[at] === '\n');
      while (j < source.length && !ends(j)) j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

// `import x from '...'`, `import type { x } from '...'`, `export { x } from '...'`, `export * from '...'`,
// `import '...'` and `import('...')`. `[^'";]*?` keeps the match inside one statement.
const SPECIFIER =
  /(?:^|[;\s}])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The specifiers a source file imports from, in order. */
export function importSpecifiers(source) {
  return [...withoutComments(source).matchAll(SPECIFIER)].map((match) => match[1] ?? match[2]);
}

function sourceFiles(root, folder) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name === 'dist') continue;
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) files.push(full);
    }
  };
  if (existsSync(path.join(root, folder))) walk(path.join(root, folder));
  return files.map((file) => path.relative(root, file).split(path.sep).join('/')).sort();
}

/** A relative specifier as a repository path (`./x.js` is x.ts or x.tsx); undefined for a package. */
function resolve(root, from, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.posix.join(path.posix.dirname(from), specifier);
  const stem = base.replace(/\.(m?js|jsx)$/, '');
  const candidates = [`${stem}.ts`, `${stem}.tsx`, base, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((file) => /\.tsx?$/.test(file) && existsSync(path.join(root, file))) ?? base;
}

/** The import graph of a source folder: each file and the repository files it imports. */
export function importGraph(root, folder) {
  const graph = new Map();
  for (const file of sourceFiles(root, folder)) {
    const targets = importSpecifiers(readFileSync(path.join(root, file), 'utf8'))
      .map((specifier) => resolve(root, file, specifier))
      .filter((target) => target !== undefined);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The path of a file inside `folder`, split: ('server/src', 'server/src/features/visits/x.ts') -> ['features', 'visits', 'x.ts']. */
const within = (folder, file) => (file.startsWith(`${folder}/`) ? file.slice(folder.length + 1).split('/') : []);

/**
 * The import cycles of a graph: for each group of files that reach each other (Tarjan's strongly
 * connected components), the shortest loop through its first file, as [a, b, ..., a], and the
 * group's size (a group can hold more loops than the one shown).
 */
export function findCycles(graph) {
  let counter = 0;
  const order = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const groups = [];
  const connect = (node) => {
    order.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!order.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), order.get(next)));
    }
    if (low.get(node) !== order.get(node)) return;
    const group = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1 || graph.get(node).includes(node)) groups.push(group);
  };
  for (const node of graph.keys()) if (!order.has(node)) connect(node);

  return groups
    .map((group) => {
      const members = new Set(group);
      const start = [...group].sort()[0];
      // Breadth first from `start` until an edge leads back to it.
      const previous = new Map([[start, null]]);
      const queue = [start];
      for (let at = 0; at < queue.length; at++) {
        const node = queue[at];
        for (const next of graph.get(node)) {
          if (next === start) {
            const cycle = [start];
            for (let back = node; back !== start; back = previous.get(back)) cycle.splice(1, 0, back);
            return { path: [...cycle, start], files: group.length };
          }
          if (members.has(next) && !previous.has(next)) {
            previous.set(next, node);
            queue.push(next);
          }
        }
      }
      throw new Error(`no loop found through ${start}`);
    })
    .sort((a, b) => a.path[0].localeCompare(b.path[0]));
}

/** Server imports against the layers: { file, target, rule }. */
function serverDirection(graph) {
  const found = [];
  for (const [file, targets] of graph) {
    const [layer] = within(SERVER, file);
    for (const target of targets) {
      const [targetLayer] = within(SERVER, target);
      if (BELOW_GRAPHQL.includes(layer) && targetLayer === 'graphql')
        found.push({ file, target, rule: `${layer}/ must not import graphql/` });
      if (layer === 'common' && targetLayer === 'features')
        found.push({ file, target, rule: 'common/ must not import a feature' });
    }
  }
  return found;
}

/** Client files under offline/ importing from features/: { file, target, rule }. */
function clientDirection(graph) {
  const found = [];
  for (const [file, targets] of graph) {
    if (within(CLIENT, file)[0] !== 'offline') continue;
    for (const target of targets)
      if (within(CLIENT, target)[0] === 'features')
        found.push({ file, target, rule: 'offline/ must not import features/' });
  }
  return found;
}

/** How an allow-list entry names a client violation. */
export const violationKey = ({ file, target }) => `${file} -> ${target}`;

/**
 * The whole check of the repository at `root`. `allowed` lists known client violations (violationKey).
 * Returns what fails the check (`direction`, `cycles`), the allowed violations still present, and the
 * allow-list entries no longer seen (`stale`).
 */
export function checkImports(root, allowed = []) {
  const allowSet = new Set(allowed);
  const client = clientDirection(importGraph(root, CLIENT));
  const serverGraph = importGraph(root, SERVER);
  return {
    direction: [...serverDirection(serverGraph), ...client.filter((v) => !allowSet.has(violationKey(v)))],
    cycles: findCycles(serverGraph),
    allowedSeen: client.map(violationKey).filter((key) => allowSet.has(key)),
    stale: allowed.filter((key) => !client.some((v) => violationKey(v) === key)),
  };
}

function main() {
  const rootAt = process.argv.indexOf('--root');
  const root = rootAt > 0 ? path.resolve(process.argv[rootAt + 1]) : REPO;
  const allowPath = path.join(root, ALLOW_FILE);
  const allowed = existsSync(allowPath) ? JSON.parse(readFileSync(allowPath, 'utf8')).allowed : [];
  const { direction, cycles, allowedSeen, stale } = checkImports(root, allowed);

  if (allowedSeen.length > 0) console.log(`known, allowed by ${ALLOW_FILE}:\n  ${allowedSeen.join('\n  ')}`);
  if (stale.length > 0) console.log(`gone, delete from ${ALLOW_FILE}:\n  ${stale.join('\n  ')}`);
  for (const v of direction) console.error(`wrong direction (${v.rule}): ${violationKey(v)}`);
  for (const { path: loop, files } of cycles) {
    const more = files > loop.length - 1 ? ` (${files} files import each other)` : '';
    console.error(`import cycle: ${loop.join(' -> ')}${more}`);
  }
  if (direction.length + cycles.length > 0) {
    console.error(`check-imports: ${direction.length} wrong-direction import(s), ${cycles.length} cycle(s)`);
    process.exit(1);
  }
  console.log('check-imports: dependency direction ok, no import cycle in server/src');
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
