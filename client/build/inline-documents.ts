import { readFileSync } from 'node:fs';
import path from 'node:path';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { type DocumentNode, print } from 'graphql';
import type { Plugin } from 'vite';

const GENERATED = path.resolve(import.meta.dirname, '../src/apollo/generated/graphql.ts');
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const DEFINITION = /\b(query|mutation|subscription|fragment)\s+(\w+)/;
const DOCUMENT_LINE = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/;
/** The queries boot.ts sends before the app has loaded, by operation name: the document of each. */
const EARLY_QUERIES = { Me: 'MeDocument', FieldVisit: 'FieldVisitDocument' };

function readDocuments(): Map<string, string> {
  const documents = new Map<string, string>();
  for (const line of readFileSync(GENERATED, 'utf8').split('\n')) {
    const match = DOCUMENT_LINE.exec(line);
    if (match?.[1] && match[2]) documents.set(match[1], match[2]);
  }
  return documents;
}

/**
 * The text Apollo Client sends for a document (its cache adds `__typename` to every selection), so
 * that an answer fetched early can stand for the query's own request (src/apollo/early-link.ts
 * checks the text is the same before using it).
 */
export function sentQueryText(document: string): string {
  return print(addTypenameToDocument(JSON.parse(document) as DocumentNode));
}

/** The text of each early query, by operation name (`__KYCUONG_EARLY_QUERIES__` in boot.ts). */
export function earlyQueries(documents = readDocuments()): Record<string, string> {
  return Object.fromEntries(
    Object.entries(EARLY_QUERIES).map(([name, key]) => {
      const document = documents.get(key);
      if (!document) throw new Error(`${key} is not in ${GENERATED}: run \`pnpm schema:emit\` (codegen)`);
      return [name, sentQueryText(document)];
    }),
  );
}

/**
 * What the codegen client preset's babel/swc plugin does, for vite's oxc pipeline: each
 * `graphql(`...`)` call becomes the parsed document codegen wrote for it. Without this, `graphql()`
 * looks documents up in gql.ts, a map holding every operation of the app (with its source text as
 * the key), so the first screen downloaded all of them; now each document lands in its screen's chunk.
 * It also defines `__KYCUONG_EARLY_QUERIES__`, the printed queries boot.ts sends early.
 */
export function inlineGraphqlDocuments(): Plugin {
  let documents = new Map<string, string>();
  const load = () => {
    documents = readDocuments();
  };
  return {
    name: 'kycuong:inline-graphql-documents',
    enforce: 'pre',
    config() {
      return { define: { __KYCUONG_EARLY_QUERIES__: JSON.stringify(earlyQueries()) } };
    },
    buildStart() {
      load();
      this.addWatchFile(GENERATED);
    },
    watchChange(id) {
      if (id === GENERATED) load();
    },

    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('/apollo/generated/') || !code.includes('graphql(`')) return null;
      const inlined = code.replace(CALL, (_call, source: string) => {
        const [, kind, name] = DEFINITION.exec(source) ?? [];
        const key = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
        const document = documents.get(key);
        if (!document) this.error(`${key} is not in ${GENERATED}: run \`pnpm schema:emit\` (codegen)`);
        return `(${document})`;
      });
      return { code: inlined, map: null };
    },
  };
}
