import { Migration } from '@mikro-orm/migrations';

export class Migration20261206135557 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "conclusion_notice" ("id" uuid not null, "visit_id" uuid not null, "document_id" uuid not null, "strengths" text not null, "report_due_on" date null, "signer_name" varchar(200) not null, "issued_by_id" uuid not null, "updated_at" timestamptz not null, "issued_at" timestamptz not null, constraint "conclusion_notice_pkey" primary key ("id"));`);
    this.addSql(`alter table "conclusion_notice" add constraint "conclusion_notice_visit_id_unique" unique ("visit_id");`);
    this.addSql(`alter table "conclusion_notice" add constraint "conclusion_notice_document_id_unique" unique ("document_id");`);

    this.addSql(`alter table "conclusion_notice" add constraint "conclusion_notice_visit_id_foreign" foreign key ("visit_id") references "visit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "conclusion_notice" add constraint "conclusion_notice_document_id_foreign" foreign key ("document_id") references "directive_document" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "conclusion_notice" add constraint "conclusion_notice_issued_by_id_foreign" foreign key ("issued_by_id") references "app_user" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "conclusion_notice" cascade;`);
  }

}
