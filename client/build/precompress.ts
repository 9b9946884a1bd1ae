import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const gzipAsync = promisify(gzip);
const COMPRESSIBLE = /\.(js|css|html|svg|webmanifest)$/;

/**
 * Writes `<file>.gz` (gzip -9) beside each text file of the build; the server sends it to browsers that
 * accept gzip (server/src/http/client-files.ts). A phone on a slow network then downloads the app at
 * about a third of its size, and the server spends no CPU compressing.
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'kycuong:precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((file) => COMPRESSIBLE.test(file));
      await Promise.all(
        files.map(async (file) => {
          const target = path.join(outDir, file);
          await writeFile(`${target}.gz`, await gzipAsync(await readFile(target), { level: 9 }));
        }),
      );
    },
  };
}
