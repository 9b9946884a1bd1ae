import { Migration } from '@mikro-orm/migrations';

export class Migration20261126074126 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "applied_operation" ("id" uuid not null, "user_id" uuid not null, "name" varchar(64) not null, "request_hash" varchar(64) not null, "result" jsonb not null, "created_at" timestamptz not null, constraint "applied_operation_pkey" primary key ("id"));`);

    this.addSql(`create table "audit_entry" ("id" bigserial primary key, "at" timestamptz not null, "actor_id" uuid null, "actor_name" varchar(200) null, "entity_type" varchar(64) not null, "entity_id" uuid not null, "visit_id" uuid null, "action" varchar(64) not null, "reason" text null, "before" jsonb null, "after" jsonb null);`);
    this.addSql(`create index "audit_entry_visit_id_index" on "audit_entry" ("visit_id");`);
    this.addSql(`create index "audit_entry_entity_type_entity_id_index" on "audit_entry" ("entity_type", "entity_id");`);

    this.addSql(`create table "checklist_template" ("id" uuid not null, "code" varchar(32) not null, "name" varchar(300) not null, "description" text null, "created_at" timestamptz not null, constraint "checklist_template_pkey" primary key ("id"));`);
    this.addSql(`alter table "checklist_template" add constraint "checklist_template_code_unique" unique ("code");`);

    this.addSql(`create table "checklist_version" ("id" uuid not null, "template_id" uuid not null, "number" int not null, "status" text check ("status" in ('DRAFT', 'PUBLISHED')) not null default 'DRAFT', "published_at" timestamptz null, "created_at" timestamptz not null, constraint "checklist_version_pkey" primary key ("id"));`);
    this.addSql(`alter table "checklist_version" add constraint "checklist_version_template_id_number_unique" unique ("template_id", "number");`);

    this.addSql(`create table "checklist_group" ("id" uuid not null, "version_id" uuid not null, "position" int not null, "code" varchar(32) not null, "title" varchar(300) not null, constraint "checklist_group_pkey" primary key ("id"));`);
    this.addSql(`create index "checklist_group_version_id_index" on "checklist_group" ("version_id");`);

    this.addSql(`create table "checklist_item" ("id" uuid not null, "group_id" uuid not null, "position" int not null, "code" varchar(32) not null, "text" text not null, "guidance" text null, "legal_basis" text null, "answer_type" text check ("answer_type" in ('PASS_FAIL', 'NUMBER', 'TEXT')) not null, "min_value" double precision null, "max_value" double precision null, "points" double precision not null, "photo_required_on_fail" boolean not null, "required" boolean not null, constraint "checklist_item_pkey" primary key ("id"));`);
    this.addSql(`create index "checklist_item_group_id_index" on "checklist_item" ("group_id");`);

    this.addSql(`create table "file_blob" ("file_id" uuid not null, "data" bytea not null, constraint "file_blob_pkey" primary key ("file_id"));`);

    this.addSql(`create table "inspection_plan" ("id" uuid not null, "year" int not null, "title" varchar(300) not null, "document_number" varchar(64) not null, "document_date" date not null, "template_id" uuid not null, "created_at" timestamptz not null, constraint "inspection_plan_pkey" primary key ("id"));`);
    this.addSql(`create index "inspection_plan_year_index" on "inspection_plan" ("year");`);

    this.addSql(`create table "inspection_team" ("id" uuid not null, "year" int not null, "name" varchar(200) not null, "decision_number" varchar(64) not null, "decision_date" date not null, "created_at" timestamptz not null, constraint "inspection_team_pkey" primary key ("id"));`);

    this.addSql(`create table "plan_line" ("id" uuid not null, "plan_id" uuid not null, "unit_id" uuid not null, "planned_month" int not null, "team_id" uuid not null, constraint "plan_line_pkey" primary key ("id"));`);
    this.addSql(`alter table "plan_line" add constraint "plan_line_plan_id_unit_id_unique" unique ("plan_id", "unit_id");`);

    this.addSql(`create table "team_member" ("id" uuid not null, "team_id" uuid not null, "user_id" uuid not null, "role" text check ("role" in ('LEAD', 'MEMBER', 'SECRETARY')) not null, constraint "team_member_pkey" primary key ("id"));`);
    this.addSql(`create index "team_member_user_id_index" on "team_member" ("user_id");`);
    this.addSql(`alter table "team_member" add constraint "team_member_team_id_user_id_unique" unique ("team_id", "user_id");`);

    this.addSql(`create table "stored_file" ("id" uuid not null, "sha256" varchar(64) not null, "size" int not null, "mime_type" varchar(64) not null, "uploaded_by_id" uuid not null, "created_at" timestamptz not null, constraint "stored_file_pkey" primary key ("id"));`);

    this.addSql(`create table "visit" ("id" uuid not null, "plan_line_id" uuid null, "unit_id" uuid not null, "team_id" uuid not null, "status" text check ("status" in ('PLANNED', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED', 'APPROVED')) not null default 'PLANNED', "template_version_id" uuid null, "started_at" timestamptz null, "start_latitude" double precision null, "start_longitude" double precision null, "visit_date" date null, "attendees" jsonb not null, "conclusion" text null, "return_comment" text null, "submitted_at" timestamptz null, "approved_at" timestamptz null, "approved_by_id" uuid null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "visit_pkey" primary key ("id"));`);
    this.addSql(`alter table "visit" add constraint "visit_plan_line_id_unique" unique ("plan_line_id");`);
    this.addSql(`create index "visit_unit_id_index" on "visit" ("unit_id");`);
    this.addSql(`create index "visit_team_id_index" on "visit" ("team_id");`);

    this.addSql(`create table "review_comment" ("id" uuid not null, "visit_id" uuid not null, "item_id" uuid null, "comment" text not null, "author_id" uuid not null, "created_at" timestamptz not null, constraint "review_comment_pkey" primary key ("id"));`);
    this.addSql(`create index "review_comment_visit_id_index" on "review_comment" ("visit_id");`);

    this.addSql(`create table "finding" ("id" uuid not null, "visit_id" uuid not null, "item_id" uuid null, "from_failed_item" boolean not null default false, "responsible_unit_id" uuid not null, "group_title" varchar(300) not null, "severity" text check ("severity" in ('LOW', 'MEDIUM', 'HIGH')) not null, "description" text not null, "recommendation" text null, "deadline" date null, "status" text check ("status" in ('OPEN', 'REMEDIATION_REPORTED', 'CLOSED')) not null default 'OPEN', "remediation_text" text null, "remediation_reported_at" timestamptz null, "remediation_reported_by_id" uuid null, "closed_at" timestamptz null, "closed_by_id" uuid null, "reopen_count" int not null default 0, "created_at" timestamptz not null, "version" int not null default 1, constraint "finding_pkey" primary key ("id"));`);
    this.addSql(`create index "finding_visit_id_index" on "finding" ("visit_id");`);
    this.addSql(`create index "finding_responsible_unit_id_index" on "finding" ("responsible_unit_id");`);

    this.addSql(`create table "attachment" ("id" uuid not null, "visit_id" uuid null, "item_id" uuid null, "finding_id" uuid null, "kind" text check ("kind" in ('PHOTO', 'SIGNATURE_TEAM_LEAD', 'SIGNATURE_UNIT_REPRESENTATIVE', 'REMEDIATION')) not null, "file_id" uuid not null, "caption" varchar(300) null, "created_by_id" uuid not null, "created_at" timestamptz not null, constraint "attachment_pkey" primary key ("id"));`);
    this.addSql(`create index "attachment_visit_id_index" on "attachment" ("visit_id");`);
    this.addSql(`create index "attachment_finding_id_index" on "attachment" ("finding_id");`);

    this.addSql(`create table "visit_answer" ("id" uuid not null, "visit_id" uuid not null, "item_id" uuid not null, "pass_fail" text check ("pass_fail" in ('PASS', 'FAIL', 'NOT_APPLICABLE')) null, "number_value" double precision null, "text_value" text null, "note" text null, "updated_by_id" uuid not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "visit_answer_pkey" primary key ("id"));`);
    this.addSql(`alter table "visit_answer" add constraint "visit_answer_visit_id_item_id_unique" unique ("visit_id", "item_id");`);

    this.addSql(`alter table "checklist_version" add constraint "checklist_version_template_id_foreign" foreign key ("template_id") references "checklist_template" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "checklist_group" add constraint "checklist_group_version_id_foreign" foreign key ("version_id") references "checklist_version" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "checklist_item" add constraint "checklist_item_group_id_foreign" foreign key ("group_id") references "checklist_group" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "inspection_plan" add constraint "inspection_plan_template_id_foreign" foreign key ("template_id") references "checklist_template" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "plan_line" add constraint "plan_line_plan_id_foreign" foreign key ("plan_id") references "inspection_plan" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "plan_line" add constraint "plan_line_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "plan_line" add constraint "plan_line_team_id_foreign" foreign key ("team_id") references "inspection_team" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "team_member" add constraint "team_member_team_id_foreign" foreign key ("team_id") references "inspection_team" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "team_member" add constraint "team_member_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "stored_file" add constraint "stored_file_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "visit" add constraint "visit_plan_line_id_foreign" foreign key ("plan_line_id") references "plan_line" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "visit" add constraint "visit_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "visit" add constraint "visit_team_id_foreign" foreign key ("team_id") references "inspection_team" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "visit" add constraint "visit_template_version_id_foreign" foreign key ("template_version_id") references "checklist_version" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "visit" add constraint "visit_approved_by_id_foreign" foreign key ("approved_by_id") references "app_user" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "review_comment" add constraint "review_comment_visit_id_foreign" foreign key ("visit_id") references "visit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "review_comment" add constraint "review_comment_item_id_foreign" foreign key ("item_id") references "checklist_item" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "review_comment" add constraint "review_comment_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "finding" add constraint "finding_visit_id_foreign" foreign key ("visit_id") references "visit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "finding" add constraint "finding_item_id_foreign" foreign key ("item_id") references "checklist_item" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "finding" add constraint "finding_responsible_unit_id_foreign" foreign key ("responsible_unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "finding" add constraint "finding_remediation_reported_by_id_foreign" foreign key ("remediation_reported_by_id") references "app_user" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "finding" add constraint "finding_closed_by_id_foreign" foreign key ("closed_by_id") references "app_user" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "attachment" add constraint "attachment_visit_id_foreign" foreign key ("visit_id") references "visit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "attachment" add constraint "attachment_item_id_foreign" foreign key ("item_id") references "checklist_item" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "attachment" add constraint "attachment_file_id_foreign" foreign key ("file_id") references "stored_file" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "attachment" add constraint "attachment_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "visit_answer" add constraint "visit_answer_visit_id_foreign" foreign key ("visit_id") references "visit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "visit_answer" add constraint "visit_answer_item_id_foreign" foreign key ("item_id") references "checklist_item" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "visit_answer" add constraint "visit_answer_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on update cascade on delete restrict;`);

    // The audit trail is append-only: refuse every UPDATE and DELETE on it, whoever runs them.
    this.addSql(`create or replace function audit_entry_append_only() returns trigger language plpgsql as $$ begin raise exception 'audit_entry is append-only'; end $$;`);
    this.addSql(`create trigger audit_entry_append_only before update or delete on "audit_entry" for each row execute function audit_entry_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists audit_entry_append_only on "audit_entry";`);
    this.addSql(`drop function if exists audit_entry_append_only();`);
    this.addSql(`alter table "checklist_version" drop constraint "checklist_version_template_id_foreign";`);

    this.addSql(`alter table "inspection_plan" drop constraint "inspection_plan_template_id_foreign";`);

    this.addSql(`alter table "checklist_group" drop constraint "checklist_group_version_id_foreign";`);

    this.addSql(`alter table "visit" drop constraint "visit_template_version_id_foreign";`);

    this.addSql(`alter table "checklist_item" drop constraint "checklist_item_group_id_foreign";`);

    this.addSql(`alter table "review_comment" drop constraint "review_comment_item_id_foreign";`);

    this.addSql(`alter table "finding" drop constraint "finding_item_id_foreign";`);

    this.addSql(`alter table "attachment" drop constraint "attachment_item_id_foreign";`);

    this.addSql(`alter table "visit_answer" drop constraint "visit_answer_item_id_foreign";`);

    this.addSql(`alter table "plan_line" drop constraint "plan_line_plan_id_foreign";`);

    this.addSql(`alter table "plan_line" drop constraint "plan_line_team_id_foreign";`);

    this.addSql(`alter table "team_member" drop constraint "team_member_team_id_foreign";`);

    this.addSql(`alter table "visit" drop constraint "visit_team_id_foreign";`);

    this.addSql(`alter table "visit" drop constraint "visit_plan_line_id_foreign";`);

    this.addSql(`alter table "attachment" drop constraint "attachment_file_id_foreign";`);

    this.addSql(`alter table "review_comment" drop constraint "review_comment_visit_id_foreign";`);

    this.addSql(`alter table "finding" drop constraint "finding_visit_id_foreign";`);

    this.addSql(`alter table "attachment" drop constraint "attachment_visit_id_foreign";`);

    this.addSql(`alter table "visit_answer" drop constraint "visit_answer_visit_id_foreign";`);

    this.addSql(`drop table if exists "applied_operation" cascade;`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "checklist_template" cascade;`);

    this.addSql(`drop table if exists "checklist_version" cascade;`);

    this.addSql(`drop table if exists "checklist_group" cascade;`);

    this.addSql(`drop table if exists "checklist_item" cascade;`);

    this.addSql(`drop table if exists "file_blob" cascade;`);

    this.addSql(`drop table if exists "inspection_plan" cascade;`);

    this.addSql(`drop table if exists "inspection_team" cascade;`);

    this.addSql(`drop table if exists "plan_line" cascade;`);

    this.addSql(`drop table if exists "team_member" cascade;`);

    this.addSql(`drop table if exists "stored_file" cascade;`);

    this.addSql(`drop table if exists "visit" cascade;`);

    this.addSql(`drop table if exists "review_comment" cascade;`);

    this.addSql(`drop table if exists "finding" cascade;`);

    this.addSql(`drop table if exists "attachment" cascade;`);

    this.addSql(`drop table if exists "visit_answer" cascade;`);
  }

}
