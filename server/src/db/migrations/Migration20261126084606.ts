import { Migration } from '@mikro-orm/migrations';

export class Migration20261126084606 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "device" ("id" uuid not null, "user_id" uuid not null, "user_agent" varchar(300) null, "created_at" timestamptz not null, "last_sync_at" timestamptz not null, "last_sequence" int not null default 0, "pending_count" int not null default 0, "pending_operation_ids" jsonb not null, "oldest_pending_at" timestamptz null, constraint "device_pkey" primary key ("id"));`);
    this.addSql(`create index "device_user_id_index" on "device" ("user_id");`);

    this.addSql(`alter table "device" add constraint "device_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "device" cascade;`);
  }

}
