import { Migration } from '@mikro-orm/migrations';

export class Migration20261126132824 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "visit_unit_id_status_visit_date_index" on "visit" ("unit_id", "status", "visit_date");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "visit_unit_id_status_visit_date_index";`);
  }

}
