import { Migration } from '@mikro-orm/migrations';

/**
 * A phone reports what it holds for every person whose work is on it, whoever is signed in: a device
 * row may now exist before that person ever synced from it (no last sync), and records when the phone
 * last reported.
 */
export class Migration20261206041500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "device" alter column "last_sync_at" drop not null;`);
    this.addSql(`alter table "device" add column "pending_reported_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "device" drop column "pending_reported_at";`);
    this.addSql(`update "device" set "last_sync_at" = "created_at" where "last_sync_at" is null;`);
    this.addSql(`alter table "device" alter column "last_sync_at" set not null;`);
  }

}
