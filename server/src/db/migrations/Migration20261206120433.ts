import { Migration } from '@mikro-orm/migrations';

export class Migration20261206120433 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "notice_acknowledgement" ("id" uuid not null, "visit_id" uuid not null, "acknowledged_by_id" uuid not null, "acknowledged_by_name" varchar(200) not null, "acknowledged_at" timestamptz not null, constraint "notice_acknowledgement_pkey" primary key ("id"));`);
    this.addSql(`alter table "notice_acknowledgement" add constraint "notice_acknowledgement_visit_id_unique" unique ("visit_id");`);

    this.addSql(`alter table "notice_acknowledgement" add constraint "notice_acknowledgement_visit_id_foreign" foreign key ("visit_id") references "visit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notice_acknowledgement" add constraint "notice_acknowledgement_acknowledged_by_id_foreign" foreign key ("acknowledged_by_id") references "app_user" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notice_acknowledgement" cascade;`);
  }

}
