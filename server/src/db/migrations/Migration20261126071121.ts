import { Migration } from '@mikro-orm/migrations';

export class Migration20261126071121 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "sign_in_throttle" ("key" varchar(200) not null, "failures" int not null default 0, "window_started_at" timestamptz not null, "locked_until" timestamptz null, constraint "sign_in_throttle_pkey" primary key ("key"));`);

    this.addSql(`create table "unit" ("id" uuid not null, "code" varchar(32) not null, "name" varchar(200) not null, "search_name" varchar(200) not null, "kind" text check ("kind" in ('DEPARTMENT', 'OFFICE', 'INSPECTORATE', 'DIVISION', 'BOARD', 'SUB_DEPARTMENT', 'CENTER', 'RANGER_STATION', 'OTHER')) not null, "parent_id" uuid null, "address" varchar(300) null, "latitude" double precision null, "longitude" double precision null, "active_from" date not null, "active_to" date null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "unit_pkey" primary key ("id"));`);
    this.addSql(`alter table "unit" add constraint "unit_code_unique" unique ("code");`);
    this.addSql(`create index "unit_search_name_index" on "unit" ("search_name");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "username" varchar(64) not null, "full_name" varchar(200) not null, "password_hash" varchar(300) not null, "role" text check ("role" in ('ADMIN', 'OFFICE', 'LEADERSHIP', 'INSPECTOR', 'UNIT_HEAD')) not null, "unit_id" uuid null, "active" boolean not null default true, "must_change_password" boolean not null default false, "created_at" timestamptz not null, "password_changed_at" timestamptz not null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);

    this.addSql(`create table "user_session" ("id" uuid not null, "token_hash" varchar(64) not null, "user_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "user_agent" varchar(300) null, constraint "user_session_pkey" primary key ("id"));`);
    this.addSql(`alter table "user_session" add constraint "user_session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "user_session_user_id_index" on "user_session" ("user_id");`);

    this.addSql(`alter table "unit" add constraint "unit_parent_id_foreign" foreign key ("parent_id") references "unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "app_user" add constraint "app_user_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "unit" drop constraint "unit_parent_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_unit_id_foreign";`);

    this.addSql(`alter table "user_session" drop constraint "user_session_user_id_foreign";`);

    this.addSql(`drop table if exists "sign_in_throttle" cascade;`);

    this.addSql(`drop table if exists "unit" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "user_session" cascade;`);
  }

}
