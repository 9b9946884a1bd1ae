// Types of phone-steps.mjs, for the browser tests' helpers.
import type { Page } from 'playwright-core';

export const CHROMIUM_ARGS: string[];
export function submitSignIn(page: Page, username: string, password: string): Promise<void>;
export function waitForServiceWorker(page: Page, options?: { controlling?: boolean; timeout?: number }): Promise<void>;
export function takeVisitOffline(page: Page, baseUrl: string, visitId: string): Promise<void>;
export function drawSignature(page: Page, testId: string): Promise<void>;
export function readOutboxEntries(
  page: Page,
): Promise<{ kind: string; input: Record<string, unknown>; createdAt: string }[]>;
export function readOutboxBlobs(
  page: Page,
): Promise<{ fileId: string; sha256: string; mimeType: string; bytes: Buffer }[]>;
