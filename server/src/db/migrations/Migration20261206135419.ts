import { Migration } from '@mikro-orm/migrations';

export class Migration20261206135419 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "attachment" drop constraint if exists "attachment_kind_check";`);

    this.addSql(`alter table "visit" add column "unit_comments" text null;`);

    this.addSql(`alter table "attachment" add constraint "attachment_kind_check" check("kind" in ('PHOTO', 'SIGNATURE_TEAM_LEAD', 'SIGNATURE_UNIT_REPRESENTATIVE', 'SIGNATURE_SECRETARY', 'REMEDIATION'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "attachment" drop constraint if exists "attachment_kind_check";`);

    this.addSql(`alter table "attachment" add constraint "attachment_kind_check" check("kind" in ('PHOTO', 'SIGNATURE_TEAM_LEAD', 'SIGNATURE_UNIT_REPRESENTATIVE', 'REMEDIATION'));`);

    this.addSql(`alter table "visit" drop column "unit_comments";`);
  }

}
