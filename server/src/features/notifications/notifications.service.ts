import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/ids.js';
import type { PageArgs } from '../../common/paging.js';
import { sql } from '../../common/sql.js';
import { executeSql, readRows } from '../../db/read-path/read-rows.js';
import type { User } from '../users/user.entity.js';
import { Notification, NotificationPreference, PushSubscriptionRecord } from './notification.entity.js';
import { ALL_NOTIFICATION_KINDS, type NotificationChannel } from './notification-kind.js';
import { NotificationErrors } from './notifications.errors.js';
import type {
  NotificationPage,
  NotificationSettings,
  SaveNotificationSettingsInput,
  SavePushSubscriptionInput,
} from './notifications.inputs.js';

const DEFAULT_PAGE = 20;

/** Whether a push endpoint may be called: https always; plain http only to this machine outside production. */
export function pushEndpointAllowed(endpoint: string, production: boolean): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (url.protocol === 'https:') return true;
  return !production && url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/** A person's inbox, their choices and their browsers' push subscriptions: each only their own. */
export class NotificationsService {
  constructor(private readonly em: EntityManager) {}

  async page(user: User, page: PageArgs | null): Promise<NotificationPage> {
    const first = page?.first ?? DEFAULT_PAGE;
    const [items, total] = await this.em.findAndCount(
      Notification,
      { recipient: user.id },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first, offset: page?.offset ?? 0 },
    );
    return { items, total };
  }

  async unreadCount(user: User): Promise<number> {
    return this.em.count(Notification, { recipient: user.id, readAt: null });
  }

  async markRead(user: User, id: string): Promise<Notification> {
    const notification = isUuid(id) ? await this.em.findOne(Notification, { id, recipient: user.id }) : null;
    if (!notification) throw NotificationErrors.notFound();
    notification.readAt ??= new Date();
    await this.em.flush();
    return notification;
  }

  async markAllRead(user: User): Promise<number> {
    const rows = await readRows<{ id: string }>(
      this.em,
      sql`update notification set read_at = now() where recipient_id = ${user.id} and read_at is null returning id`,
    );
    return rows.length;
  }

  async settings(user: User, emailAvailable: boolean): Promise<NotificationSettings> {
    const preference = await this.em.findOne(NotificationPreference, { user: user.id });
    const muted = new Set<string>(preference?.mutedKinds ?? []);
    const channels: NotificationChannel[] = [];
    if (preference?.push ?? true) channels.push('PUSH');
    if (preference?.email) channels.push('EMAIL');
    return {
      kinds: ALL_NOTIFICATION_KINDS.filter((kind) => !muted.has(kind)),
      channels,
      emailAddress: preference?.emailAddress ?? null,
      emailAvailable,
    };
  }

  async saveSettings(
    user: User,
    input: SaveNotificationSettingsInput,
    emailAvailable: boolean,
  ): Promise<NotificationSettings> {
    const emailAddress = input.emailAddress?.trim() || null;
    const email = input.channels.includes('EMAIL');
    if (email && !emailAddress) throw NotificationErrors.emailAddressRequired();
    const values = {
      mutedKinds: ALL_NOTIFICATION_KINDS.filter((kind) => !input.kinds.includes(kind)),
      push: input.channels.includes('PUSH'),
      email,
      emailAddress,
      updatedAt: new Date(),
    };
    const existing = await this.em.findOne(NotificationPreference, { user: user.id });
    if (existing) Object.assign(existing, values);
    else this.em.persist(this.em.create(NotificationPreference, { user, ...values }));
    await this.em.flush();
    return this.settings(user, emailAvailable);
  }

  async pushPublicKey(): Promise<string> {
    const [row] = await readRows<{ key: string }>(
      this.em,
      sql`select value->>'publicKey' as key from server_setting where key = 'vapid-keys'`,
    );
    if (!row) throw new Error('VAPID keys missing');
    return row.key;
  }

  /** Keeps a browser's subscription for the person signed in on it: a shared phone's follows its new user. */
  async saveSubscription(user: User, input: SavePushSubscriptionInput, production: boolean): Promise<boolean> {
    if (!pushEndpointAllowed(input.endpoint, production) || !input.p256dh || !input.auth) {
      throw NotificationErrors.pushEndpointInvalid();
    }
    await executeSql(
      this.em,
      sql`insert into push_subscription (id, user_id, endpoint, p256dh, auth, created_at)
          values (${new PushSubscriptionRecord().id}, ${user.id}, ${input.endpoint}, ${input.p256dh}, ${input.auth}, now())
          on conflict (endpoint) do update
             set user_id = excluded.user_id, p256dh = excluded.p256dh, auth = excluded.auth`,
    );
    return true;
  }

  async removeSubscription(user: User, endpoint: string): Promise<boolean> {
    const rows = await readRows<{ id: string }>(
      this.em,
      sql`delete from push_subscription where endpoint = ${endpoint} and user_id = ${user.id} returning id`,
    );
    return rows.length > 0;
  }
}
