import path from 'node:path';
import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';

const CLIENT = path.resolve(import.meta.dirname, '..');
const BOOT = 'src/early-start/boot.ts';
/**
 * Screens whose code (and messages) boot.ts preloads when the page opens at their address (App.tsx's
 * paths): the lazy modules the screen waits for (app/screen-chunks.tsx).
 */
const ROUTE_SCREENS: Record<string, string[]> = {
  '/cuoc-kiem-tra/': ['src/features/visits/VisitScreen.tsx', 'src/i18n/vi/visit.ts'],
};

type Chunk = Rollup.OutputChunk & { viteMetadata?: { importedCss: Set<string> } };

/** A chunk and, transitively, the chunks it imports statically, with their CSS. */
function staticClosure(bundle: Rollup.OutputBundle, start: Chunk): Set<string> {
  const files = new Set<string>();
  const visit = (chunk: Chunk) => {
    if (files.has(chunk.fileName)) return;
    files.add(chunk.fileName);
    for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
    for (const imported of chunk.imports) {
      const next = bundle[imported];
      if (next?.type === 'chunk') visit(next);
    }
  };
  visit(start);
  return files;
}

const chunkOf = (bundle: Rollup.OutputBundle, source: string): Chunk | undefined =>
  Object.values(bundle).find(
    (output): output is Chunk => output.type === 'chunk' && output.facadeModuleId === path.join(CLIENT, source),
  );

/**
 * Makes src/boot.ts an entry of its own and puts it in index.html before the app's bundle, so that it
 * runs as soon as its few hundred bytes arrive, while React and Apollo are still downloading (nothing
 * imports it: the app reads what it started from `window.kycuongEarly`). For a screen in ROUTE_SCREENS, index.html lists the
 * chunks (and CSS) that screen needs beyond the entry's, in a JSON block that boot.ts reads to preload
 * them when the page opens at that screen's address; a JSON block is data, not script, for the CSP.
 */
export function earlyStart(): Plugin {
  return {
    name: 'kycuong:early-start',
    config() {
      return {
        build: {
          rollupOptions: { input: { index: path.join(CLIENT, 'index.html'), boot: path.join(CLIENT, BOOT) } },
        },
      };
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        if (!bundle)
          return [{ tag: 'script', attrs: { type: 'module', async: true, src: `/${BOOT}` }, injectTo: 'head-prepend' }];
        const boot = chunkOf(bundle, BOOT);
        const entry =
          chunkOf(bundle, 'index.html') ??
          Object.values(bundle).find(
            (output): output is Chunk => output.type === 'chunk' && output.isEntry && output !== boot,
          );
        if (!boot || !entry) throw new Error('early-start: the boot or the entry chunk is missing from the build');
        const initial = staticClosure(bundle, entry);
        const routes: Record<string, string[]> = {};
        for (const [prefix, sources] of Object.entries(ROUTE_SCREENS)) {
          const files = new Set<string>();
          for (const source of sources) {
            const screen = chunkOf(bundle, source);
            if (!screen) throw new Error(`early-start: ${source} is not a chunk of its own (is it imported lazily?)`);
            for (const file of staticClosure(bundle, screen)) if (!initial.has(file)) files.add(file);
          }
          routes[prefix] = [...files].map((f) => `/${f}`);
        }
        const tags: HtmlTagDescriptor[] = [
          {
            tag: 'script',
            attrs: { type: 'application/json', id: 'kycuong-route-modules' },
            children: JSON.stringify(routes),
            injectTo: 'head',
          },
          {
            tag: 'script',
            // async: run when it arrives, without waiting for the stylesheets as deferred scripts do.
            attrs: { type: 'module', async: true, crossorigin: true, src: `/${boot.fileName}` },
            injectTo: 'head-prepend',
          },
        ];
        return tags;
      },
    },
  };
}
