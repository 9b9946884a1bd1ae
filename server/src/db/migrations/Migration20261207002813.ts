import { Migration } from '@mikro-orm/migrations';

/**
 * Notifications (issue 18): the inbox, each person's choices, browsers' push subscriptions, and the
 * server's settings made once (the VAPID keys). A reminder's key is unique, so it is stored once.
 */

export class Migration20261207002813 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "server_setting" ("key" varchar(64) not null, "value" jsonb not null, constraint "server_setting_pkey" primary key ("key"));`);

    this.addSql(`create table "push_subscription" ("id" uuid not null, "user_id" uuid not null, "endpoint" text not null, "p256dh" varchar(200) not null, "auth" varchar(100) not null, "created_at" timestamptz not null, constraint "push_subscription_pkey" primary key ("id"));`);
    this.addSql(`create index "push_subscription_user_id_index" on "push_subscription" ("user_id");`);
    this.addSql(`alter table "push_subscription" add constraint "push_subscription_endpoint_unique" unique ("endpoint");`);

    this.addSql(`create table "notification_preference" ("user_id" uuid not null, "muted_kinds" jsonb not null, "push" boolean not null default true, "email" boolean not null default false, "email_address" varchar(254) null, "updated_at" timestamptz not null, constraint "notification_preference_pkey" primary key ("user_id"));`);

    this.addSql(`create table "notification" ("id" uuid not null, "recipient_id" uuid not null, "kind" text check ("kind" in ('VISIT_RETURNED', 'FINDINGS_ISSUED', 'REMEDIATION_REPORTED', 'DEADLINE_SOON', 'DEADLINE_PASSED', 'VISIT_TOMORROW', 'VISIT_PLANNED')) not null, "title" varchar(300) not null, "body" text not null, "link" varchar(300) not null, "record_id" uuid not null, "created_at" timestamptz not null, "read_at" timestamptz null, "reminder_key" varchar(200) null, "delivered_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`alter table "notification" add constraint "notification_reminder_key_unique" unique ("reminder_key");`);
    this.addSql(`create index "notification_undelivered_index" on "notification" ("created_at") where "delivered_at" is null;`);
    this.addSql(`create index "notification_recipient_id_created_at_index" on "notification" ("recipient_id", "created_at");`);

    this.addSql(`alter table "push_subscription" add constraint "push_subscription_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "notification_preference" add constraint "notification_preference_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "notification" add constraint "notification_recipient_id_foreign" foreign key ("recipient_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "server_setting" cascade;`);

    this.addSql(`drop table if exists "push_subscription" cascade;`);

    this.addSql(`drop table if exists "notification_preference" cascade;`);

    this.addSql(`drop table if exists "notification" cascade;`);
  }

}
