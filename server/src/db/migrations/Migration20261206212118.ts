import { Migration } from '@mikro-orm/migrations';

/** The unit row holds its latest version's short name too, as it holds its name and code (issue 16). */
export class Migration20261206212118 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "unit" add column "short_name" varchar(100) null;`);
    this.addSql(`update "unit" u set "short_name" = v."short_name" from "unit_version" v
      where v."unit_id" = u."id"
        and v."valid_from" = (select max(l."valid_from") from "unit_version" l where l."unit_id" = u."id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "unit" drop column "short_name";`);
  }

}
