import { Migration } from '@mikro-orm/migrations';

/** Remediation review: a rejected report's reason, a close without report's reason, the deadline moves. */
export class Migration20261206102714 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "finding_deadline_extension" ("id" uuid not null, "finding_id" uuid not null, "previous_deadline" date null, "new_deadline" date not null, "reason" text not null, "extended_by_id" uuid not null, "extended_by_name" varchar(200) not null, "extended_at" timestamptz not null, constraint "finding_deadline_extension_pkey" primary key ("id"));`);
    this.addSql(`create index "finding_deadline_extension_finding_id_index" on "finding_deadline_extension" ("finding_id");`);

    this.addSql(`alter table "finding_deadline_extension" add constraint "finding_deadline_extension_finding_id_foreign" foreign key ("finding_id") references "finding" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "finding_deadline_extension" add constraint "finding_deadline_extension_extended_by_id_foreign" foreign key ("extended_by_id") references "app_user" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "finding" add column "rejection_reason" text null, add column "rejected_at" timestamptz null, add column "rejected_by_id" uuid null, add column "close_reason" text null;`);
    this.addSql(`alter table "finding" add constraint "finding_rejected_by_id_foreign" foreign key ("rejected_by_id") references "app_user" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "finding_deadline_extension" cascade;`);

    this.addSql(`alter table "finding" drop constraint "finding_rejected_by_id_foreign";`);

    this.addSql(`alter table "finding" drop column "rejection_reason", drop column "rejected_at", drop column "rejected_by_id", drop column "close_reason";`);
  }

}
