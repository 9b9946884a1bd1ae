import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { earlyStart } from './build/early-start';
import { inlineGraphqlDocuments } from './build/inline-documents';
import { precompress } from './build/precompress';
import { prerenderShell } from './build/prerender-shell';

const THEME = '#0b4f8a';

export default defineConfig({
  plugins: [
    inlineGraphqlDocuments(),
    earlyStart(),
    react(),
    VitePWA({
      strategies: 'generateSW',
      injectRegister: false,
      registerType: 'prompt',
      filename: 'sw.js',
      includeAssets: ['icon-192.png'],
      manifest: {
        name: 'Kỷ cương – Kiểm tra kỷ luật, kỷ cương hành chính',
        short_name: 'Kỷ cương',
        lang: 'vi',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: THEME,
        background_color: '#ffffff',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        navigateFallback: '/index.html',
        // The API and health probes always go to the network; offline data comes from the Apollo cache.
        navigateFallbackDenylist: [/^\/graphql/, /^\/healthz/, /^\/readyz/],
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}'],
        // The server's prerendered pages for a first load without the app (build/prerender-shell.ts): a
        // phone with the service worker opens index.html.
        globIgnores: ['shell-*.html'],
        // Photos and signatures: fetched once when a visit is taken offline, then served without network.
        // A file id never changes content (the server checks its SHA-256), so the cache can go first.
        runtimeCaching: [
          {
            urlPattern: ({ url, request, sameOrigin }) =>
              sameOrigin && request.method === 'GET' && url.pathname.startsWith('/api/files/'),
            handler: 'CacheFirst',
            options: {
              cacheName: 'kycuong-files',
              expiration: { maxEntries: 500 },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
        cleanupOutdatedCaches: true,
        // Empties the 'kycuong-files' cache when the page signs out (public/sw-sign-out.js); shows Web Push
        // notifications and opens their record when tapped (public/sw-push.js).
        importScripts: ['/sw-sign-out.js', '/sw-push.js'],
      },
    }),
    prerenderShell(),
    precompress(),
  ],
  resolve: {
    // The rules shared with the server, bundled from their source (only what the phone imports).
    alias: { '@kycuong/rules': fileURLToPath(new URL('../rules/src/index.ts', import.meta.url)) },
  },
  server: {
    proxy: { '/graphql': 'http://localhost:3100' },
  },
  build: {
    target: 'es2022',
    // Read by scripts/check-bundle.mjs (the JS budget): which chunks each screen loads.
    manifest: true,
    // Chrome (66+) and Safari (17+) know <link rel="modulepreload">: no polyfill in the first screen's JS. An
    // older Safari still runs the app and fetches the same chunks, each when the module importing it runs.
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        codeSplitting: {
          // The first screen's modules that lazy screens use too go into one chunk, not one small chunk per
          // set of screens: the phone has six connections to the server, and the early requests of boot.ts
          // must not queue behind a row of tiny files.
          groups: [
            {
              name: 'shared',
              tags: ['$initial'],
              minShareCount: 2,
            },
          ],
        },
      },
    },
  },
});
