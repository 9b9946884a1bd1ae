import { Migration } from '@mikro-orm/migrations';

/**
 * Photo pieces in their own rows instead of one growing bytea rewritten on every piece; the bytes an
 * unfinished upload already holds become its first piece. Indexes for the quota (per uploader) and the
 * cleanup (by age).
 */
export class Migration20261206043000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "file_upload_piece" ("upload_id" uuid not null, "offset" int not null, "data" bytea not null, constraint "file_upload_piece_pkey" primary key ("upload_id", "offset"));`);
    this.addSql(`alter table "file_upload_piece" add constraint "file_upload_piece_upload_id_foreign" foreign key ("upload_id") references "file_upload" ("id") on update cascade on delete cascade;`);
    this.addSql(`insert into "file_upload_piece" ("upload_id", "offset", "data") select "id", 0, "received" from "file_upload" where "received_size" > 0;`);
    this.addSql(`alter table "file_upload" drop column "received";`);
    this.addSql(`create index "file_upload_uploaded_by_id_index" on "file_upload" ("uploaded_by_id");`);
    this.addSql(`create index "file_upload_updated_at_index" on "file_upload" ("updated_at");`);
    this.addSql(`create index "stored_file_uploaded_by_id_index" on "stored_file" ("uploaded_by_id");`);
    this.addSql(`create index "attachment_file_id_index" on "attachment" ("file_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "file_upload" add column "received" bytea not null default '';`);
    this.addSql(`update "file_upload" u set "received" = coalesce((select string_agg(p."data", '' order by p."offset") from "file_upload_piece" p where p."upload_id" = u."id"), '');`);
    this.addSql(`alter table "file_upload" alter column "received" drop default;`);
    this.addSql(`drop table if exists "file_upload_piece" cascade;`);
    this.addSql(`drop index "file_upload_uploaded_by_id_index";`);
    this.addSql(`drop index "file_upload_updated_at_index";`);
    this.addSql(`drop index "stored_file_uploaded_by_id_index";`);
    this.addSql(`drop index "attachment_file_id_index";`);
  }

}
