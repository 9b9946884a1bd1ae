import type { Plugin, Rollup } from 'vite';
import { coreMessages as m } from '../src/i18n/vi/core';

/**
 * The first screen's text in the HTML (issue 19): a phone on a slow network paints it as soon as the
 * page and its stylesheets arrive, instead of after React and Apollo. The markup repeats the classes of
 * App.tsx, Header.tsx and SignInScreen.tsx so that the app's first render (createRoot replaces the
 * children of #root) lands on the same layout. Three pages of the same head:
 * - shell-sign-in.html: the sign-in screen, sent by the server to a browser without a session cookie;
 * - shell-visit.html: a visit's frame ("Đang mở cuộc kiểm tra…"), sent on a visit's address with a cookie;
 * - index.html: the app's frame ("Đang tải…"), everything else, and the service worker's navigation
 *   fallback (a phone with the app installed is most often signed in).
 * The sign-in form is typeable before the bundle: main.tsx keeps what was typed (app/prerendered-shell.ts)
 * and SignInScreen starts from it. It cannot be sent before the app is there: its button is disabled
 * until the app's own replaces it (and with no submit button enabled, Enter does not send the form as a
 * plain GET with the password in the address).
 */
const header = `<header class="app-header"><div class="app-header-inner"><a class="brand" href="/"><img src="/icon-192.png" alt="" width="32" height="32">${m['app.name']}</a><span class="header-spacer"></span><button type="button" class="lang-switch" lang="en">EN<span class="visually-hidden"> English</span></button></div></header>`;

const frame = (content: string) =>
  `${header}<div class="shell"><main class="container stack" data-prerendered>${content}</main></div>`;

const field = (id: string, label: string, attrs: string) =>
  `<div class="field"><label class="field-label" for="${id}">${label}</label><input id="${id}" class="field-input" ${attrs}></div>`;

export const SIGN_IN_SHELL = frame(
  `<div class="sign-in"><div class="sign-in-brand"><img src="/icon-192.png" alt="" width="72" height="72"><div><p class="sign-in-app">${m['app.name']}</p><p class="sign-in-tagline">${m['app.tagline']}</p></div></div>` +
    `<form class="card stack" id="prerendered-sign-in" novalidate><h1>${m['auth.signInTitle']}</h1>` +
    field(
      'prerendered-username',
      m['auth.username'],
      'name="username" autocomplete="username" autocapitalize="none" autocorrect="off" spellcheck="false" required',
    ) +
    field(
      'prerendered-password',
      m['auth.password'],
      'type="password" name="password" autocomplete="current-password" required',
    ) +
    `<button type="submit" class="btn btn-primary btn-block" disabled>${m['auth.signIn']}</button></form></div>`,
);

export const VISIT_SHELL = frame(
  `<h1 class="shell-title">${m['shell.openingVisit']}</h1><div class="shell-skeleton" aria-hidden="true"></div><div class="shell-skeleton" aria-hidden="true"></div><div class="shell-skeleton" aria-hidden="true"></div>`,
);

export const APP_SHELL = frame(`<output class="spinner" aria-live="polite">${m['common.loading']}</output>`);

const ROOT = '<div id="root"></div>';
const STYLESHEET = /<link rel="stylesheet" crossorigin href="\/([^"]+\.css)">/g;

/**
 * The page's stylesheets inline, for the server's pages: the prerendered screen then paints with the
 * page itself, without waiting another round trip for its CSS (and the app's bundle, downloading at the
 * same time, cannot slow it). The server allows exactly this style element by its hash in the page's CSP
 * (server/src/http/client-files.ts). index.html keeps its links: the service worker has the files.
 */
function inlineStylesheets(html: string, bundle: Rollup.OutputBundle): string {
  const css: string[] = [];
  const without = html.replace(STYLESHEET, (_link, file: string) => {
    const asset = bundle[file];
    if (asset?.type !== 'asset') throw new Error(`prerender-shell: ${file} is not in the build`);
    css.push(String(asset.source));
    return '';
  });
  if (css.length === 0) throw new Error('prerender-shell: index.html links no stylesheet');
  return without.replace('</head>', `<style>${css.join('\n')}</style></head>`);
}

export function prerenderShell(): Plugin {
  return {
    name: 'kycuong:prerender-shell',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const index = bundle['index.html'];
        if (index?.type !== 'asset' || typeof index.source !== 'string' || !index.source.includes(ROOT))
          throw new Error(`prerender-shell: index.html without ${ROOT}`);
        const html = index.source;
        const withRoot = (content: string) => html.replace(ROOT, `<div id="root">${content}</div>`);
        index.source = withRoot(APP_SHELL);
        const page = (content: string) => inlineStylesheets(withRoot(content), bundle);
        this.emitFile({ type: 'asset', fileName: 'shell-sign-in.html', source: page(SIGN_IN_SHELL) });
        this.emitFile({ type: 'asset', fileName: 'shell-visit.html', source: page(VISIT_SHELL) });
      },
    },
  };
}
