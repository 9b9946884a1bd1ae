import { Migration } from '@mikro-orm/migrations';

export class Migration20261206173445 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "finding" add column "followed_by_unit_id" uuid null;`);
    this.addSql(`alter table "finding" add constraint "finding_followed_by_unit_id_foreign" foreign key ("followed_by_unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`create index "finding_followed_by_unit_id_index" on "finding" ("followed_by_unit_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "finding" drop constraint "finding_followed_by_unit_id_foreign";`);

    this.addSql(`drop index "finding_followed_by_unit_id_index";`);
    this.addSql(`alter table "finding" drop column "followed_by_unit_id";`);
  }

}
