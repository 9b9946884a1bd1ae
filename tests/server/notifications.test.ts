import { createECDH, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayLocalDate } from '../../server/src/common/local-date.js';
import { completeVisitThroughApi, visitIdOf } from '../helpers/field.js';
import { type AppInstance, GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Notifications (issue 18): a returned visit reaches its team's inboxes and no one else's, read marks,
 * each person's choices, Web Push to a push endpoint run here (a real HTTP receiver that decrypts what
 * it gets with the browser's keys), the reminder job once per reminder with two instances, and the VAPID
 * keys kept across a restart.
 */

const RETURN = `mutation ($i: ReturnVisitInput!) { returnVisit(input: $i) { status } }`;
const INBOX = `{ myNotifications(first: 50) { total items { id kind title body link readAt } } unreadNotificationCount }`;
const SETTINGS = `mutation ($i: SaveNotificationSettingsInput!) { saveNotificationSettings(input: $i) { kinds channels emailAddress emailAvailable } }`;
const SUBSCRIBE = `mutation ($i: SavePushSubscriptionInput!) { savePushSubscription(input: $i) }`;
const ALL_KINDS = [
  'VISIT_RETURNED',
  'FINDINGS_ISSUED',
  'REMEDIATION_REPORTED',
  'DEADLINE_SOON',
  'DEADLINE_PASSED',
  'VISIT_TOMORROW',
  'VISIT_PLANNED',
];

interface Inbox {
  myNotifications: {
    total: number;
    items: { id: string; kind: string; title: string; body: string; link: string; readAt: string | null }[];
  };
  unreadNotificationCount: number;
}

/** http_ece, the Web Push content encoding that web-push itself uses: here to decrypt as a browser would. */
const ece = createRequire(createRequire(import.meta.url).resolve('web-push'))('http_ece') as {
  decrypt(body: Buffer, params: { version: string; privateKey: unknown; authSecret: string }): Buffer;
};

/** A browser's push keys, and a push service on this machine that records what it receives. */
class PushReceiver {
  readonly received: { path: string; headers: IncomingHttpHeaders; body: Buffer }[] = [];
  readonly ecdh = createECDH('prime256v1');
  readonly authSecret = randomBytes(16);
  private server: Server | null = null;
  url = '';

  async start(): Promise<void> {
    this.ecdh.generateKeys();
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.received.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
        // A push service answers 201; the path /gone/ plays a subscription the browser dropped.
        res.statusCode = req.url?.startsWith('/gone/') ? 410 : 201;
        res.end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  subscription(path: string) {
    return {
      endpoint: `${this.url}${path}`,
      p256dh: this.ecdh.getPublicKey().toString('base64url'),
      auth: this.authSecret.toString('base64url'),
    };
  }

  decrypt(body: Buffer): Record<string, string> {
    const plain = ece.decrypt(body, {
      version: 'aes128gcm',
      privateKey: this.ecdh,
      authSecret: this.authSecret.toString('base64url'),
    });
    return JSON.parse(plain.toString('utf8')) as Record<string, string>;
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

let t: TestApp;
let office: GraphQLCaller;
const receiver = new PushReceiver();
let visitId: string;
let team: string[];
let second: AppInstance | undefined;

beforeAll(async () => {
  t = await startTestApp();
  await receiver.start();
  office = await t.as('vanphong');
  signedIn.set('vanphong', office);
  visitId = await visitIdOf(t, 'CCTL');
  const members = await t.sql<{ username: string }>(
    `select a.username from team_member m join app_user a on a.id = m.user_id join visit v on v.team_id = m.team_id
      where v.id = ? order by a.username`,
    [visitId],
  );
  team = members.map((m) => m.username);
});
afterAll(async () => {
  await t?.close();
  await receiver.close();
});

const signedIn = new Map<string, GraphQLCaller>();

/** One session per person for the whole file: each sign-in is a slow password check. */
async function as(username: string): Promise<GraphQLCaller> {
  const known = signedIn.get(username);
  if (known) return known;
  const caller = await t.as(username);
  signedIn.set(username, caller);
  return caller;
}

async function inbox(caller: GraphQLCaller): Promise<Inbox> {
  const res = await caller.request<Inbox>(INBOX);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

async function submitAgain(inspector: GraphQLCaller): Promise<void> {
  const res = await inspector.request<{ syncBatch: { outcomes: { status: string }[] } }>(
    `mutation ($i: SyncBatchInput!) { syncBatch(input: $i) { outcomes { status code } } }`,
    {
      i: {
        deviceId: randomUUID(),
        operations: [{ operationId: randomUUID(), sequence: 1, kind: 'SUBMIT_VISIT', input: { visitId } }],
      },
    },
  );
  expect(res.data?.syncBatch.outcomes).toEqual([{ status: 'APPLIED', code: null }]);
}

describe('a returned visit', () => {
  it('reaches each member of its team, pushed to their browser, and no one else', { timeout: 240_000 }, async () => {
    expect(team).toContain('kiemtra');
    const kiemtra = await as('kiemtra');
    expect(await kiemtra.request(SUBSCRIBE, { i: receiver.subscription('/push/kiemtra') })).toMatchObject({
      data: { savePushSubscription: true },
    });
    // A second browser of the same person, which the push service has since dropped.
    await kiemtra.request(SUBSCRIBE, { i: receiver.subscription('/gone/kiemtra-old-phone') });
    await completeVisitThroughApi(kiemtra, visitId);
    const returned = await office.request(RETURN, { i: { visitId, comment: 'Bổ sung ảnh tiêu chí 1.2' } });
    expect(returned.data).toEqual({ returnVisit: { status: 'RETURNED' } });

    for (const username of team) {
      const box = await inbox(await as(username));
      expect(box.unreadNotificationCount).toBe(1);
      expect(box.myNotifications.items).toEqual([
        {
          id: expect.any(String),
          kind: 'VISIT_RETURNED',
          title: 'Cuộc kiểm tra Chi cục Thủy lợi bị trả lại',
          body: 'Văn phòng Sở trả lại để bổ sung: Bổ sung ảnh tiêu chí 1.2',
          link: `/cuoc-kiem-tra/${visitId}`,
          readAt: null,
        },
      ]);
    }
    for (const username of ['vanphong', 'lanhdao', 'thutruong', 'admin', 'kiemtra2'].filter((u) => !team.includes(u))) {
      expect((await inbox(await as(username))).myNotifications.total).toBe(0);
    }

    // The push went to kiemtra's browser, encrypted for it and signed with the server's VAPID key.
    await expect.poll(() => receiver.received.filter((r) => r.path === '/push/kiemtra').length).toBe(1);
    const push = receiver.received.find((r) => r.path === '/push/kiemtra');
    const publicKey = (await kiemtra.request<{ pushPublicKey: string }>('{ pushPublicKey }')).data?.pushPublicKey;
    expect(push?.headers['content-encoding']).toBe('aes128gcm');
    expect(push?.headers.authorization).toContain(`k=${publicKey}`);
    expect(receiver.decrypt(push?.body ?? Buffer.alloc(0))).toMatchObject({
      title: 'Cuộc kiểm tra Chi cục Thủy lợi bị trả lại',
      link: `/cuoc-kiem-tra/${visitId}`,
    });
    // The dropped browser answered 410: its subscription is gone.
    await expect
      .poll(async () => (await t.sql(`select 1 from push_subscription where endpoint like '%/gone/%'`)).length)
      .toBe(0);
    expect(await t.sql(`select 1 from push_subscription where endpoint like '%/push/kiemtra'`)).toHaveLength(1);
  });

  it('is marked read, one or all, only by its recipient', async () => {
    const kiemtra = await as('kiemtra');
    const [item] = (await inbox(kiemtra)).myNotifications.items;
    const mark = `mutation ($id: ID!) { markNotificationRead(id: $id) { id readAt } }`;
    expect(await office.code(mark, { id: item?.id })).toBe('NOTIFICATION_NOT_FOUND');
    const marked = await kiemtra.request<{ markNotificationRead: { readAt: string | null } }>(mark, { id: item?.id });
    expect(marked.data?.markNotificationRead.readAt).not.toBeNull();
    expect((await inbox(kiemtra)).unreadNotificationCount).toBe(0);
    const other = team.find((u) => u !== 'kiemtra');
    if (other) {
      const caller = await as(other);
      expect(await caller.request('mutation { markAllNotificationsRead }')).toMatchObject({
        data: { markAllNotificationsRead: 1 },
      });
      expect((await inbox(caller)).unreadNotificationCount).toBe(0);
    }
  });

  it("keeps to each person's choices: a muted kind is not stored, push off is not pushed", async () => {
    const kiemtra = await as('kiemtra');
    const saved = await kiemtra.request(SETTINGS, {
      i: { kinds: ALL_KINDS.filter((k) => k !== 'VISIT_RETURNED'), channels: ['EMAIL'], emailAddress: 'a@b.vn' },
    });
    // E-mail may be chosen without SMTP settings: nothing is sent and nothing fails.
    expect(saved.data).toEqual({
      saveNotificationSettings: {
        kinds: ALL_KINDS.filter((k) => k !== 'VISIT_RETURNED'),
        channels: ['EMAIL'],
        emailAddress: 'a@b.vn',
        emailAvailable: false,
      },
    });
    expect(await kiemtra.code(SETTINGS, { i: { kinds: ALL_KINDS, channels: ['EMAIL'] } })).toBe(
      'NOTIFICATION_EMAIL_REQUIRED',
    );
    const pushesBefore = receiver.received.length;
    await submitAgain(kiemtra);
    await office.request(RETURN, { i: { visitId, comment: 'Lần hai' } });
    expect((await inbox(kiemtra)).myNotifications.total).toBe(1);
    for (const username of team.filter((u) => u !== 'kiemtra')) {
      expect((await inbox(await as(username))).myNotifications.total).toBe(2);
    }
    // Every notification was handled by the sender, and kiemtra's browser got nothing more.
    await expect
      .poll(async () => (await t.sql('select 1 from notification where delivered_at is null')).length)
      .toBe(0);
    expect(receiver.received.length).toBe(pushesBefore);
  });
});

describe('reminders', () => {
  it('are stored once each, run twice and by two instances at once', { timeout: 240_000 }, async () => {
    const today = todayLocalDate();
    // An approved finding, followed now by thutruong's unit (as after a merge), due in 7 days.
    const [head] = await t.sql<{ unit_id: string }>(`select unit_id from app_user where username = 'thutruong'`);
    const [finding] = await t.sql<{ id: string }>(
      `select f.id from finding f join visit v on v.id = f.visit_id where v.status = 'APPROVED' order by f.id limit 1`,
    );
    if (!finding || !head) throw new Error('no approved finding in the demo');
    await t.sql(`update finding set status = 'OPEN', deadline = ?::date + 7, followed_by_unit_id = ? where id = ?`, [
      today,
      head.unit_id,
      finding.id,
    ]);
    const expected = await t.sql<{ n: string }>(
      `select count(*) as n from app_user where active and (role = 'OFFICE' or (role = 'UNIT_HEAD' and unit_id = ?))`,
      [head.unit_id],
    );
    const reminders = () =>
      t.sql<{ recipient_id: string }>(
        `select recipient_id from notification where kind = 'DEADLINE_SOON' and record_id = ?`,
        [finding.id],
      );

    await t.app.jobs.runNow('notification-reminders');
    expect(await reminders()).toHaveLength(Number(expected[0]?.n));
    await t.app.jobs.runNow('notification-reminders');
    second = await t.startSecondInstance();
    await Promise.all([t.app.jobs.runNow('notification-reminders'), second.app.jobs.runNow('notification-reminders')]);
    const rows = await reminders();
    expect(rows).toHaveLength(Number(expected[0]?.n));
    expect(new Set(rows.map((r) => r.recipient_id)).size).toBe(rows.length);
    const box = await inbox(await as('thutruong'));
    expect(
      box.myNotifications.items.filter((i) => i.kind === 'DEADLINE_SOON' && i.link === `/ton-tai/${finding.id}`),
    ).toHaveLength(1);
  });

  it("tell a team the day before a visit planned on its plan line's day, once", async () => {
    const today = todayLocalDate();
    // A visit not yet started has no date of its own: the plan line's planned day is when it is due.
    const [visit] = await t.sql<{ id: string; team_id: string; plan_line_id: string }>(
      `select id, team_id, plan_line_id from visit
        where status = 'PLANNED' and plan_line_id is not null and team_id is not null order by id limit 1`,
    );
    if (!visit) throw new Error('no planned visit in the demo');
    await t.sql(`update visit set visit_date = null where id = ?`, [visit.id]);
    await t.sql(
      `update plan_line set planned_date = ?::date + 1, planned_month = extract(month from ?::date + 1) where id = ?`,
      [today, today, visit.plan_line_id],
    );
    const members = await t.sql<{ user_id: string }>(
      `select m.user_id from team_member m join app_user a on a.id = m.user_id where m.team_id = ? and a.active
        order by m.user_id`,
      [visit.team_id],
    );
    expect(members.length).toBeGreaterThan(0);
    const tomorrow = () =>
      t.sql<{ recipient_id: string }>(
        `select recipient_id from notification where kind = 'VISIT_TOMORROW' and record_id = ? order by recipient_id`,
        [visit.id],
      );
    await t.app.jobs.runNow('notification-reminders');
    await t.app.jobs.runNow('notification-reminders');
    expect((await tomorrow()).map((r) => r.recipient_id)).toEqual(members.map((m) => m.user_id));
  });
});

describe('VAPID keys', () => {
  it('are made once and kept across a restart and a second instance', { timeout: 240_000 }, async () => {
    const key = async (url: string) => {
      const caller = await new GraphQLCaller(url).signIn('kiemtra');
      return (await caller.request<{ pushPublicKey: string }>('{ pushPublicKey }')).data?.pushPublicKey;
    };
    const before = await key(t.url);
    expect(before).toMatch(/^[A-Za-z0-9_-]{80,}$/);
    // The second instance started with the first's key offered by both: one pair stored, one key served.
    if (second) expect(await key(second.url)).toBe(before);
    await t.restart();
    expect(await key(t.url)).toBe(before);
    expect(await t.sql(`select key from server_setting`)).toEqual([{ key: 'vapid-keys' }]);
  });
});
