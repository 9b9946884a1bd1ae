import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const GENERATED = path.resolve(import.meta.dirname, '../src/apollo/generated/graphql.ts');
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const DEFINITION = /\b(query|mutation|subscription|fragment)\s+(\w+)/;
const DOCUMENT_LINE = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/;

/**
 * What the codegen client preset's babel/swc plugin does, for vite's oxc pipeline: each
 * `graphql(`...`)` call becomes the parsed document codegen wrote for it. Without this, `graphql()`
 * looks documents up in gql.ts, a map holding every operation of the app (with its source text as
 * the key), so the first screen downloaded all of them; now each document lands in its screen's chunk.
 */
export function inlineGraphqlDocuments(): Plugin {
  let documents = new Map<string, string>();
  const load = () => {
    documents = new Map();
    for (const line of readFileSync(GENERATED, 'utf8').split('\n')) {
      const match = DOCUMENT_LINE.exec(line);
      if (match?.[1] && match[2]) documents.set(match[1], match[2]);
    }
  };
  return {
    name: 'kycuong:inline-graphql-documents',
    enforce: 'pre',
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
