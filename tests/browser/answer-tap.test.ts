import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, clientDist, explainFailure, openBrowser, signIn, visible } from '../helpers/browser.js';
import { visitIdOf } from '../helpers/field.js';
import { readOutboxEntries } from '../helpers/phone-steps.mjs';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * An answer tap (issue 19, INP): the card shows the tapped answer in the frame after the tap, before the
 * write is in the outbox; its "Đã lưu" line still waits for the outbox, and a page closed once it shows
 * has lost nothing.
 */
let t: TestApp;
let phone: BrowserSession;
let visitId = '';

beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
  visitId = await visitIdOf(t, 'HKL-CL');
  const inspector = await t.as('kiemtra');
  const planned = await inspector.request<{ visit: { plannedTemplateVersion: { id: string } } }>(
    'query ($id: ID!) { visit(id: $id) { plannedTemplateVersion { id } } }',
    { id: visitId },
  );
  const started = await inspector.request<{ syncBatch: { outcomes: { status: string }[] } }>(
    'mutation ($i: SyncBatchInput!) { syncBatch(input: $i) { outcomes { status } } }',
    {
      i: {
        deviceId: randomUUID(),
        operations: [
          {
            operationId: randomUUID(),
            sequence: 1,
            kind: 'START_VISIT',
            input: { visitId, templateVersionId: planned.data?.visit.plannedTemplateVersion.id },
          },
        ],
      },
    },
  );
  expect(started.data?.syncBatch.outcomes).toEqual([{ status: 'APPLIED' }]);
  phone = await openBrowser({ touch: true });
});
afterAll(async () => {
  await phone?.close();
  await t?.close();
});

/** The ANSWER_ITEM writes in the phone's outbox (IndexedDB), read by a page of the app. */
async function queuedAnswers(): Promise<unknown[]> {
  const page = await phone.context.newPage();
  try {
    await page.goto(`${t.url}/`);
    return (await readOutboxEntries(page))
      .filter((entry) => entry.kind === 'ANSWER_ITEM')
      .map((entry) => entry.input.passFail);
  } finally {
    await page.close();
  }
}

describe('an answer tap', () => {
  it('is drawn in the next frame, says "Đã lưu" only once it is in the outbox, and survives the page', async () => {
    await explainFailure(phone, 'answer-tap', async () => {
      // Nothing leaves the phone: what the tap wrote stays in the outbox to be read.
      await phone.context.route('**/graphql', (route) =>
        (route.request().postData() ?? '').includes('syncBatch')
          ? route.abort('internetdisconnected')
          : route.continue(),
      );
      await signIn(phone.page, t.url, 'kiemtra');
      const page = await phone.context.newPage();
      await page.goto(`${t.url}/cuoc-kiem-tra/${visitId}`);
      await visible(page.getByTestId('visit-item-1.1').getByRole('button', { name: 'Không đạt', exact: true }));
      expect(await queuedAnswers()).toEqual([]);

      // The tap and the frame after it, in the page: the card says "Không đạt" before anything is awaited.
      const pressed = await page.evaluate(
        () =>
          new Promise<string | null>((resolve) => {
            const button = document.querySelector<HTMLButtonElement>(
              '[data-testid="visit-item-1.1"] button.choice-fail',
            );
            if (!button) throw new Error('no Không đạt button on 1.1');
            button.click();
            requestAnimationFrame(() => resolve(button.getAttribute('aria-pressed')));
          }),
      );
      expect(pressed).toBe('true');
      // "Đã lưu" means on the phone: the page is closed as soon as it shows.
      await visible(page.getByTestId('visit-item-1.1').getByText('Đã lưu'));
      await page.close();

      expect(await queuedAnswers()).toEqual(['FAIL']);
    });
  });
});
