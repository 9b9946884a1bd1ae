import type { EntityManager } from '@mikro-orm/postgresql';
import webPush from 'web-push';
import { sql } from '../../common/sql.js';
import { executeSql, readRows } from '../../db/read-path/read-rows.js';

/** The server's Web Push identity (VAPID): the public key goes to browsers, the private key signs each push. */
export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

const VAPID_SETTING = 'vapid-keys';

/**
 * The VAPID keys, made on the first start and kept in `server_setting`: never made again once there,
 * since every browser's subscription is bound to the public key. Two instances starting at once each
 * offer a pair; the first insert wins (`on conflict do nothing`) and both read the stored one.
 */
export async function loadVapidKeys(em: EntityManager): Promise<VapidKeys> {
  const offered = webPush.generateVAPIDKeys();
  await executeSql(
    em,
    sql`insert into server_setting (key, value) values (${VAPID_SETTING}, ${JSON.stringify(offered)}::jsonb)
        on conflict (key) do nothing`,
  );
  const [row] = await readRows<{ value: VapidKeys | string }>(
    em,
    sql`select value from server_setting where key = ${VAPID_SETTING}`,
  );
  if (!row) throw new Error('VAPID keys were not stored');
  return typeof row.value === 'string' ? (JSON.parse(row.value) as VapidKeys) : row.value;
}
