import { Migration } from '@mikro-orm/migrations';

/** Ngày dự kiến (issue 18): a plan line's planned day; null on the lines planned by month only. */

export class Migration20261207001500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "plan_line" add column "planned_date" date null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "plan_line" drop column "planned_date";`);
  }

}
