import { Migration } from '@mikro-orm/migrations';

/** The paged lists (issue 18): indexes in the order of the visit and finding pages, so a page reads only its rows. */

export class Migration20261207002535 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "visit_status_list_order_index" on "visit" ("status", "visit_date" desc nulls last, "id");`);
    this.addSql(`create index "visit_list_order_index" on "visit" ("visit_date" desc nulls last, "id");`);

    this.addSql(`create index "finding_list_order_index" on "finding" ("deadline", "created_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "finding_list_order_index";`);

    this.addSql(`drop index "visit_status_list_order_index";`);
    this.addSql(`drop index "visit_list_order_index";`);
  }

}
