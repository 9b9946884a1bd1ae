import { Migration } from '@mikro-orm/migrations';

/**
 * A finding says what was found (found_text), not the requirement. A failed item's finding used to be
 * the item's text, followed by the inspector's note when there was one: the item's text alone becomes
 * "not written yet" (null, shown to the office as "Chưa ghi thực trạng"), and the note after the item's
 * text becomes what was found. Any other text was written by someone and stays. A Không đạt answer now
 * carries what was found and the recommendation, which its finding follows: they start as the finding's.
 */
export class Migration20261206103453 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "finding" rename column "description" to "found_text";`);
    this.addSql(`alter table "finding" alter column "found_text" drop not null;`);
    this.addSql(`update "finding" f set "found_text" = case
        when btrim(f."found_text") = btrim(i."text") then null
        else nullif(btrim(substr(btrim(f."found_text"), length(btrim(i."text")) + 1)), '')
      end
      from "checklist_item" i
      where i."id" = f."item_id" and f."from_failed_item"
        and (btrim(f."found_text") = btrim(i."text") or starts_with(btrim(f."found_text"), btrim(i."text") || ' '));`);
    this.addSql(`update "finding" set "found_text" = null where btrim("found_text") = '';`);

    this.addSql(`alter table "visit_answer" add column "found_text" text null, add column "recommendation" text null;`);
    this.addSql(`update "visit_answer" a set "found_text" = f."found_text", "recommendation" = f."recommendation"
      from "finding" f
      where f."visit_id" = a."visit_id" and f."item_id" = a."item_id" and f."from_failed_item" and a."pass_fail" = 'FAIL';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "visit_answer" drop column "found_text", drop column "recommendation";`);
    this.addSql(`update "finding" f set "found_text" = coalesce(f."found_text", i."text", '')
      from "checklist_item" i where i."id" = f."item_id";`);
    this.addSql(`update "finding" set "found_text" = '' where "found_text" is null;`);
    this.addSql(`alter table "finding" alter column "found_text" set not null;`);
    this.addSql(`alter table "finding" rename column "found_text" to "description";`);
  }
}
