import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A value the server makes once and keeps for every instance and restart (the Web Push VAPID keys):
 * written with `insert ... on conflict do nothing`, so the first instance to start decides it.
 */
@Entity({ tableName: 'server_setting' })
export class ServerSetting {
  @PrimaryKey({ type: 'string', length: 64 })
  key!: string;

  @Property({ type: 'json' })
  value!: unknown;
}
