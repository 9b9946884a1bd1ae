import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-data.js';
import { CHROMIUM_ARGS, submitSignIn as submitSignInWith, waitForServiceWorker } from './phone-steps.mjs';

export { waitForServiceWorker };

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const VIEWPORT = { width: 390, height: 844 } as const;
const ARTIFACTS = path.resolve(import.meta.dirname, '../.artifacts');

/** The built client, served by the test server. Browser tests need it: they are never skipped. */
export function clientDist(): string {
  const dist = path.resolve(import.meta.dirname, '../../client/dist');
  if (!existsSync(path.join(dist, 'index.html'))) {
    throw new Error(
      `The built client is missing (${dist}/index.html): run \`pnpm build\` in the repository root first.`,
    );
  }
  return dist;
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Console errors, page errors and failed requests seen so far, to explain a failure. */
  log: string[];
  close(): Promise<void>;
}

/**
 * A fresh Chromium profile (its own temporary directory) at a phone's size; `close()` removes it.
 * `touch` makes it a touch phone (touch events, mobile viewport).
 */
export async function openBrowser(options: { touch?: boolean } = {}): Promise<BrowserSession> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}; install it with apt-get install -y chromium`);
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'kycuong-browser-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      viewport: VIEWPORT,
      locale: 'vi-VN',
      hasTouch: options.touch ?? false,
      isMobile: options.touch ?? false,
      acceptDownloads: true,
      args: CHROMIUM_ARGS,
    });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const log: string[] = [];
  const started = Date.now();
  const note = (line: string) => log.push(`+${Date.now() - started} ms ${line}`);
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      note(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => note(`page error: ${error.message}`));
  page.on('requestfailed', (request) => note(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  return {
    context,
    page,
    log,
    async close() {
      try {
        await context.close();
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * Runs `test` in a fresh browser and closes it. On failure, saves a screenshot `failure-<name>` and adds
 * the browser's log to the error so that a failure in CI can be understood.
 */
export async function withBrowser(name: string, test: (session: BrowserSession) => Promise<void>): Promise<void> {
  const session = await openBrowser();
  try {
    await explainFailure(session, name, async () => {
      await test(session);
      // A message shown before its catalogue loaded reads as its key (client/src/i18n/messages.ts logs it).
      expect(session.log.filter((line) => line.includes('i18n:'))).toEqual([]);
    });
  } finally {
    await session.close();
  }
}

/** Runs `test`; on failure saves a screenshot `failure-<name>` and adds the browser's log to the error. */
export async function explainFailure(session: BrowserSession, name: string, test: () => Promise<void>): Promise<void> {
  try {
    await test();
  } catch (error) {
    await screenshot(session.page, `failure-${name}`).catch(() => undefined);
    if (error instanceof Error && session.log.length > 0) {
      error.message += `\n\nBrowser log (${session.page.url()}):\n${session.log.slice(-40).join('\n')}`;
    }
    throw error;
  }
}

/**
 * One step of a test whose steps share a phone's or a server's state (a later step starts where the
 * earlier one left off, so they are one test, not several that a failure would take down together).
 * A failure names the step it happened in.
 */
export async function step(name: string, action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    if (error instanceof Error) error.message = `step "${name}" failed: ${error.message}`;
    throw error;
  }
}

/** Saves a PNG of the page to tests/.artifacts/<name>.png (gitignored), for a human to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** Fills the sign-in form and submits it; does not wait for the result. */
export function submitSignIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  return submitSignInWith(page, username, password);
}

/** Opens the app and signs in; resolves once the user's name shows in the header. */
export async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(baseUrl);
  await submitSignIn(page, username);
  await visible(page.getByTestId('header-user'));
}

/** Waits until the locator is visible (Playwright auto-waiting) and returns it. */
export async function visible(locator: Locator, timeout = 30_000): Promise<Locator> {
  await locator.waitFor({ state: 'visible', timeout });
  return locator;
}

/**
 * The Apollo cache as persisted in IndexedDB for the phone's last user (database `kycuong`, store
 * `apollo-cache`), or null. Never creates the database: an empty one made here would stop the app
 * from creating its store.
 */
export async function readPersistedCache(page: Page): Promise<Record<string, unknown> | null> {
  return page.evaluate(async () =>
    !(await indexedDB.databases()).some((db) => db.name === 'kycuong')
      ? null
      : new Promise<Record<string, unknown> | null>((resolve, reject) => {
          const open = indexedDB.open('kycuong');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('apollo-cache')) {
              db.close();
              resolve(null);
              return;
            }
            // One saved cache per user, under root:<id>; `lastUser` names the phone's last user.
            const store = db.transaction('apollo-cache', 'readonly').objectStore('apollo-cache');
            const last = store.get('lastUser');
            last.onsuccess = () => {
              if (typeof last.result !== 'string') {
                db.close();
                resolve(null);
                return;
              }
              const get = store.get(`root:${last.result}`);
              get.onsuccess = () => {
                db.close();
                resolve((get.result as Record<string, unknown> | undefined) ?? null);
              };
              get.onerror = () => {
                db.close();
                reject(get.error);
              };
            };
            last.onerror = () => {
              db.close();
              reject(last.error);
            };
          };
        }),
  );
}
