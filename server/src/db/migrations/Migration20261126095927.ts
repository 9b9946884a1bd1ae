import { Migration } from '@mikro-orm/migrations';

export class Migration20261126095927 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "file_upload" ("id" uuid not null, "uploaded_by_id" uuid not null, "total_size" int not null, "sha256" varchar(64) not null, "received" bytea not null, "received_size" int not null, "updated_at" timestamptz not null, constraint "file_upload_pkey" primary key ("id"));`);

    this.addSql(`create table "visit_conflict" ("id" uuid not null, "visit_id" uuid not null, "item_id" uuid null, "kind" text check ("kind" in ('CONCURRENT_EDIT', 'VISIT_CLOSED')) not null, "operation_id" uuid not null, "kept_value" jsonb null, "losing_value" jsonb not null, "losing_user_id" uuid not null, "losing_edited_at" timestamptz null, "created_at" timestamptz not null, constraint "visit_conflict_pkey" primary key ("id"));`);
    this.addSql(`create index "visit_conflict_visit_id_index" on "visit_conflict" ("visit_id");`);
    this.addSql(`alter table "visit_conflict" add constraint "visit_conflict_operation_id_losing_user_id_unique" unique ("operation_id", "losing_user_id");`);

    this.addSql(`alter table "file_upload" add constraint "file_upload_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "visit_conflict" add constraint "visit_conflict_visit_id_foreign" foreign key ("visit_id") references "visit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "visit_conflict" add constraint "visit_conflict_item_id_foreign" foreign key ("item_id") references "checklist_item" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "visit_conflict" add constraint "visit_conflict_losing_user_id_foreign" foreign key ("losing_user_id") references "app_user" ("id") on update cascade on delete restrict;`);

    // Answers already written were edited when they were saved, by their author alone.
    this.addSql(`alter table "visit_answer" add column "edited_at" timestamptz null, add column "operation_id" uuid null, add column "also_for" jsonb not null default '[]';`);
    this.addSql(`update "visit_answer" set "edited_at" = "updated_at";`);
    this.addSql(`alter table "visit_answer" alter column "edited_at" set not null, alter column "also_for" drop default;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "file_upload" cascade;`);

    this.addSql(`drop table if exists "visit_conflict" cascade;`);

    this.addSql(`alter table "visit_answer" drop column "edited_at", drop column "operation_id", drop column "also_for";`);
  }

}
