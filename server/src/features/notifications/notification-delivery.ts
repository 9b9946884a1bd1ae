import type { EventArgs, EventSubscriber, Transaction, TransactionEventArgs } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { AppConfig } from '../../common/config.js';
import type { Logger } from '../../common/logger.js';
import { sql } from '../../common/sql.js';
import { executeSql, readRows } from '../../db/read-path/read-rows.js';
import type { RecurringJob } from '../../jobs/job-queue.js';
import { rootTransaction } from '../audit/audit-seal.js';
import type { EmailSender } from './email-sender.js';
import { Notification } from './notification.entity.js';
import type { VapidKeys } from './vapid-keys.js';
import { type PushOutcome, sendPush } from './web-push-sender.js';

/** A claimed notification with its recipient's channels. */
interface Claimed {
  id: string;
  title: string;
  body: string;
  link: string;
  recipientId: string;
  push: boolean | null;
  email: boolean | null;
  emailAddress: string | null;
}

interface Subscription {
  id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
}

export interface DeliveryReport {
  notifications: number;
  pushes: number;
  emails: number;
  removedSubscriptions: number;
}

/** Notifications older than this when first seen by a sender are kept in the inbox but not pushed. */
const STALE = '2 days';

/**
 * Sends push and e-mail for the notifications not yet delivered, after their transaction committed.
 * Each notification is claimed by one sender (an UPDATE over SKIP LOCKED rows), so with several
 * instances each is pushed once. The inbox item is already there: a push that fails is not retried
 * (a reminder the next day says it again), and a subscription the push service no longer knows is removed.
 */
export class NotificationDelivery implements EventSubscriber<Notification> {
  private readonly written = new WeakSet<Transaction>();
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly config: Pick<AppConfig, 'vapidSubject' | 'publicUrl'>,
    private readonly keys: VapidKeys,
    private readonly email: EmailSender | null,
    private readonly logger: Logger,
  ) {}

  getSubscribedEntities() {
    return [Notification];
  }

  afterCreate(args: EventArgs<Notification>): void {
    const trx = args.em.getTransactionContext<Transaction>();
    if (trx) this.written.add(rootTransaction(trx));
    else this.kick();
  }

  afterTransactionCommit(args: TransactionEventArgs): void {
    if (args.transaction && this.written.has(args.transaction)) {
      this.written.delete(args.transaction);
      this.kick();
    }
  }

  /** Starts a sending round now, or one more after the round under way. */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.deliverPending()
      .then(() => undefined)
      .catch((err) => this.logger.error({ err }, 'notification delivery failed'))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Waits for the round under way (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Claims and sends every pending notification; what a sweep job runs too. */
  async deliverPending(): Promise<DeliveryReport> {
    const report: DeliveryReport = { notifications: 0, pushes: 0, emails: 0, removedSubscriptions: 0 };
    for (;;) {
      const em = this.orm.em.fork();
      const claimed = await readRows<Claimed>(
        em,
        sql`with taken as (
              update notification n set delivered_at = now()
               where n.id in (select id from notification
                               where delivered_at is null and created_at > now() - interval '${sql.raw(STALE)}'
                               order by created_at limit 50 for update skip locked)
              returning n.id, n.title, n.body, n.link, n.recipient_id)
            select t.id, t.title, t.body, t.link, t.recipient_id as "recipientId", p.push, p.email,
                   p.email_address as "emailAddress"
              from taken t left join notification_preference p on p.user_id = t.recipient_id`,
      );
      if (claimed.length === 0) return report;
      report.notifications += claimed.length;
      for (const item of claimed) await this.deliver(em, item, report);
    }
  }

  private async deliver(em: EntityManager, item: Claimed, report: DeliveryReport): Promise<void> {
    // No choices stored: push on, e-mail off.
    if (item.push ?? true) {
      const targets = await readRows<Subscription>(
        em,
        sql`select id, endpoint, p256dh, auth from push_subscription where user_id = ${item.recipientId}`,
      );
      for (const target of targets) {
        const outcome = await sendPush(this.keys, this.config.vapidSubject, target, {
          id: item.id,
          title: item.title,
          body: item.body,
          link: item.link,
        }).catch((err): PushOutcome => {
          this.logger.warn({ err, notification: item.id }, 'push not sent');
          return 'FAILED';
        });
        if (outcome === 'SENT') report.pushes += 1;
        if (outcome === 'GONE') {
          await executeSql(em, sql`delete from push_subscription where id = ${target.id}`);
          report.removedSubscriptions += 1;
        }
      }
    }
    if (this.email && item.email && item.emailAddress) {
      const link = `${this.config.publicUrl ?? ''}${item.link}`;
      try {
        await this.email({ to: item.emailAddress, subject: item.title, text: `${item.body}\n\n${link}` });
        report.emails += 1;
      } catch (err) {
        this.logger.warn({ err, notification: item.id }, 'notification e-mail not sent');
      }
    }
  }
}

/** Every minute, sends what an instance that stopped right after a commit left unsent. */
export function notificationDeliveryJob(delivery: NotificationDelivery): RecurringJob {
  return { name: 'notification-delivery', cron: '* * * * *', run: () => delivery.deliverPending() };
}
