import { Migration } from '@mikro-orm/migrations';

/** An index result's N of "xếp hạng 5/N": how many departments the province ranked that year (issue 18). */

export class Migration20261207004500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "index_result" add column "rank_of" int null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "index_result" drop column "rank_of";`);
  }

}
