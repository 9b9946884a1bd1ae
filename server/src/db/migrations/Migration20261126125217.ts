import { Migration } from '@mikro-orm/migrations';

/**
 * Drops the visit (status, visit_date) index of Migration20261126123508: PostgreSQL combined it with
 * visit_unit_id_index in a BitmapAnd for coverage's per-unit count, reading every approved visit of
 * the year once per unit (quadratic in units). The year's visits are a cheap sequential scan anyway.
 */
export class Migration20261126125217 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "visit_status_visit_date_index";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index "visit_status_visit_date_index" on "visit" ("status", "visit_date");`);
  }

}
