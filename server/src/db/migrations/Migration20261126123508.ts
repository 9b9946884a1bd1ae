import { Migration } from '@mikro-orm/migrations';

export class Migration20261126123508 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "visit_status_visit_date_index" on "visit" ("status", "visit_date");`);

    this.addSql(`create index "visit_answer_visit_id_pass_fail_item_id_index" on "visit_answer" ("visit_id", "pass_fail", "item_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "visit_status_visit_date_index";`);

    this.addSql(`drop index "visit_answer_visit_id_pass_fail_item_id_index";`);
  }

}
