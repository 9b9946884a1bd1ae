import { Migration } from '@mikro-orm/migrations';

export class Migration20261206142534 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "unit_version" ("id" uuid not null, "unit_id" uuid not null, "valid_from" date not null, "valid_to" date null, "code" varchar(32) not null, "name" varchar(200) not null, "short_name" varchar(100) null, "kind" text check ("kind" in ('DEPARTMENT', 'OFFICE', 'INSPECTORATE', 'DIVISION', 'BOARD', 'SUB_DEPARTMENT', 'CENTER', 'RANGER_STATION', 'OTHER')) not null, "parent_id" uuid null, "address" varchar(300) null, constraint "unit_version_pkey" primary key ("id"));`);
    this.addSql(`create index "unit_version_unit_id_index" on "unit_version" ("unit_id");`);
    this.addSql(`alter table "unit_version" add constraint "unit_version_unit_id_valid_from_unique" unique ("unit_id", "valid_from");`);

    this.addSql(`create table "unit_change" ("id" uuid not null, "kind" text check ("kind" in ('CREATE', 'RENAME', 'MOVE', 'MERGE', 'SPLIT', 'DISSOLVE')) not null, "effective_on" date not null, "basis_number" varchar(100) not null, "basis_date" date not null, "unit_ids" jsonb not null, "event" jsonb not null, "moved" jsonb not null, "created_by_id" uuid not null, "created_at" timestamptz not null, constraint "unit_change_pkey" primary key ("id"));`);
    this.addSql(`create index "unit_change_effective_on_index" on "unit_change" ("effective_on");`);

    this.addSql(`alter table "unit_version" add constraint "unit_version_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "unit_version" add constraint "unit_version_parent_id_foreign" foreign key ("parent_id") references "unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "unit_change" add constraint "unit_change_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete restrict;`);

    // Every unit's first version is its own row: the history starts as the tree stands.
    this.addSql(`insert into "unit_version" ("id", "unit_id", "valid_from", "valid_to", "code", "name", "short_name", "kind", "parent_id", "address") select gen_random_uuid(), u."id", u."active_from", u."active_to", u."code", u."name", null, u."kind", u."parent_id", u."address" from "unit" u;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "unit_version" cascade;`);

    this.addSql(`drop table if exists "unit_change" cascade;`);
  }

}
