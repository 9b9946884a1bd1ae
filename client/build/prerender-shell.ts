import path from 'node:path';
import type { UiLanguage } from '@kycuong/rules';
import type { Plugin, Rollup } from 'vite';
import { en } from '../src/i18n/en';
import { coreMessages } from '../src/i18n/vi/core';

/**
 * The first screen's text in the HTML (issue 19): a phone on a slow network paints it as soon as the
 * page and its stylesheets arrive, instead of after React and Apollo. The markup repeats the classes of
 * App.tsx, Header.tsx and SignInScreen.tsx so that the app's first render (createRoot replaces the
 * children of #root) lands on the same layout. Three pages of the same head:
 * - shell-sign-in.html: the sign-in screen, sent by the server to a browser without a session cookie;
 * - shell-visit.html: a visit's frame ("Đang mở cuộc kiểm tra…"), sent on a visit's address with a cookie;
 * - index.html: the app's frame ("Đang tải…"), everything else, and the service worker's navigation
 *   fallback (a phone with the app installed is most often signed in).
 * Each also in English (`shell-*.en.html`, `index.en.html`), for a browser whose language cookie asks for it.
 * The sign-in form is typeable before the bundle: main.tsx keeps what was typed (app/prerendered-shell.ts)
 * and SignInScreen starts from it. It cannot be sent before the app is there: its button is disabled
 * until the app's own replaces it (and with no submit button enabled, Enter does not send the form as a
 * plain GET with the password in the address).
 */
/** The messages the prerendered screens show, in one language. */
type ShellMessages = Record<
  | 'app.name'
  | 'app.tagline'
  | 'auth.signInTitle'
  | 'auth.username'
  | 'auth.password'
  | 'auth.signIn'
  | 'shell.openingVisit'
  | 'common.loading',
  string
>;

/** The prerendered screens of one language: the header's switch offers the other one, as Header.tsx does. */
function shells(m: ShellMessages, language: UiLanguage) {
  const other = language === 'vi' ? 'en' : 'vi';
  const header = `<header class="app-header"><div class="app-header-inner"><a class="brand" href="/"><img src="/icon-192.png" alt="" width="32" height="32">${m['app.name']}</a><span class="header-spacer"></span><button type="button" class="lang-switch" lang="${other}">${other.toUpperCase()}<span class="visually-hidden">${other === 'en' ? ' English' : ' Tiếng Việt'}</span></button></div></header>`;

  const frame = (content: string) =>
    `${header}<div class="shell"><main class="container stack" data-prerendered>${content}</main></div>`;

  const field = (id: string, label: string, attrs: string) =>
    `<div class="field"><label class="field-label" for="${id}">${label}</label><input id="${id}" class="field-input" ${attrs}></div>`;

  return {
    signIn: frame(
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
    ),
    visit: frame(
      `<h1 class="shell-title">${m['shell.openingVisit']}</h1><div class="shell-skeleton" aria-hidden="true"></div><div class="shell-skeleton" aria-hidden="true"></div><div class="shell-skeleton" aria-hidden="true"></div>`,
    ),
    app: frame(`<output class="spinner" aria-live="polite">${m['common.loading']}</output>`),
  };
}

const ROOT = '<div id="root"></div>';
const CLIENT = path.resolve(import.meta.dirname, '..');
const SIGN_IN_SCREEN = 'src/features/auth/SignInScreen.tsx';
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

/**
 * The sign-in screen's code (a chunk of its own, app/screen-chunks.tsx) preloaded by the server's sign-in
 * page, beside the entry's: main.tsx waits for it before its first render there.
 */
function preloadSignIn(html: string, bundle: Rollup.OutputBundle): string {
  const signIn = Object.values(bundle).find(
    (output): output is Rollup.OutputChunk =>
      output.type === 'chunk' && output.facadeModuleId === path.join(CLIENT, SIGN_IN_SCREEN),
  );
  if (!signIn) throw new Error(`prerender-shell: ${SIGN_IN_SCREEN} is not a chunk of its own`);
  const files = new Set<string>();
  const visit = (file: string) => {
    const chunk = bundle[file];
    if (chunk?.type !== 'chunk' || files.has(file) || html.includes(`/${file}"`)) return;
    files.add(file);
    for (const imported of chunk.imports) visit(imported);
  };
  visit(signIn.fileName);
  const links = [...files].map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`).join('');
  return html.replace('</head>', `${links}</head>`);
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
        // index.html is also the service worker's navigation fallback, which stays Vietnamese.
        index.source = withRoot(shells(coreMessages, 'vi').app);
        for (const language of ['vi', 'en'] as const) {
          const shell = shells(language === 'vi' ? coreMessages : en, language);
          // The server sends `<page>.en.html` to a browser whose language cookie asks for English.
          const suffix = language === 'vi' ? '' : `.${language}`;
          const page = (content: string) =>
            inlineStylesheets(withRoot(content), bundle).replace('<html lang="vi">', `<html lang="${language}">`);
          this.emitFile({
            type: 'asset',
            fileName: `shell-sign-in${suffix}.html`,
            source: preloadSignIn(page(shell.signIn), bundle),
          });
          this.emitFile({ type: 'asset', fileName: `shell-visit${suffix}.html`, source: page(shell.visit) });
        }
        // The app's frame in English, for the server to send to a signed-in browser that chose English.
        const english = shells(en, 'en').app;
        this.emitFile({
          type: 'asset',
          fileName: 'index.en.html',
          source: withRoot(english).replace('<html lang="vi">', '<html lang="en">'),
        });
      },
    },
  };
}
