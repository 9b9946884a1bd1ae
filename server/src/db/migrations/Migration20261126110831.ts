import { Migration } from '@mikro-orm/migrations';

export class Migration20261126110831 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "annual_report_draft" ("id" uuid not null, "year" int not null, "basis" text null, "sipas_tasks" text null, "par_tasks" text null, "strengths" text not null, "weaknesses" text not null, "directions" text not null, "signer_name" varchar(200) null, "issued_number" int null, "issued_on" date null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "annual_report_draft_pkey" primary key ("id"));`);
    this.addSql(`alter table "annual_report_draft" add constraint "annual_report_draft_year_unique" unique ("year");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "annual_report_draft" cascade;`);
  }

}
