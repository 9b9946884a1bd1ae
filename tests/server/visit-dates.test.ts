import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayLocalDate } from '../../server/src/common/local-date.js';
import { DEMO_YEAR } from '../helpers/demo.js';
import { visitIdOf } from '../helpers/field.js';
import type { GraphQLCaller } from '../helpers/test-app.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Issue 13 item 23: a phone clock a year behind dated a 2026 visit 2025-12-06. The date a visit gets
 * from the phone is checked: in its plan's year and not after the server's today.
 */
const SYNC = `mutation ($i: SyncBatchInput!) { syncBatch(input: $i) { outcomes { operationId status code message } } }`;

interface Outcome {
  status: string;
  code: string | null;
  message: string | null;
}

let t: TestApp;
let inspector: GraphQLCaller;
let visitId = '';
let sequence = 0;
const deviceId = randomUUID();

beforeAll(async () => {
  t = await startTestApp();
  inspector = await t.as('kiemtra');
  visitId = await visitIdOf(t, 'HKL-CL');
});
afterAll(() => t?.close());

async function start(startedAt: string): Promise<Outcome | undefined> {
  const res = await inspector.request<{ syncBatch: { outcomes: Outcome[] } }>(SYNC, {
    i: {
      deviceId,
      operations: [
        { operationId: randomUUID(), sequence: ++sequence, kind: 'START_VISIT', input: { visitId, startedAt } },
      ],
    },
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data?.syncBatch.outcomes[0];
}

async function stored() {
  const [visit] = await t.sql<{ status: string; visit_date: string | null }>(
    `select status, to_char(visit_date, 'YYYY-MM-DD') as visit_date from visit where id = ?`,
    [visitId],
  );
  const audit = await t.sql(`select id from audit_entry where entity_id = ? and action = 'START'`, [visitId]);
  return { ...visit, startAudits: audit.length };
}

describe('the date a phone gives a visit', () => {
  const now = new Date();
  const yearBehind = new Date(now.getTime() - 365 * 24 * 3600 * 1000);
  const tomorrow = new Date(now.getTime() + 26 * 3600 * 1000);

  it.each([
    {
      name: 'a clock a year behind: outside the plan year',
      startedAt: yearBehind,
      code: 'VISIT_DATE_OUTSIDE_PLAN_YEAR',
      message: new RegExp(
        `^Ngày kiểm tra \\d\\d/\\d\\d/${DEMO_YEAR - 1} không thuộc năm ${DEMO_YEAR} của kế hoạch\\. Hãy kiểm tra ngày giờ của điện thoại`,
      ),
    },
    {
      name: 'a clock ahead into tomorrow: in the future',
      startedAt: tomorrow,
      code: 'VISIT_DATE_IN_FUTURE',
      message: /^Ngày kiểm tra \d\d\/\d\d\/\d{4} sau ngày hôm nay \(\d\d\/\d\d\/\d{4}\)\./,
    },
  ])('$name is refused with a code and a Vietnamese message, nothing saved', async ({ startedAt, code, message }) => {
    const outcome = await start(startedAt.toISOString());
    expect(outcome).toMatchObject({ status: 'REFUSED', code });
    expect(outcome?.message).toMatch(message);
    expect(await stored()).toEqual({ status: 'PLANNED', visit_date: null, startAudits: 0 });
  });

  it('a right clock starts the visit on the server’s today', async () => {
    const outcome = await start(new Date(now.getTime() - 60_000).toISOString());
    expect(outcome).toMatchObject({ status: 'APPLIED' });
    expect(await stored()).toEqual({ status: 'IN_PROGRESS', visit_date: todayLocalDate(), startAudits: 1 });
  });
});
