import { Migration } from '@mikro-orm/migrations';

/**
 * The self-assessment's evidence packs (issue 17): each pack's progress, so any instance answers for it,
 * and its .zip in pieces, written as the background job builds it.
 */

export class Migration20261206214239 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "evidence_pack" ("id" uuid not null, "assessment_id" uuid not null, "year" int not null, "status" text check ("status" in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')) not null default 'QUEUED', "done" int not null default 0, "total" int not null default 0, "error_code" varchar(64) null, "error_message" text null, "size" double precision null, "files" int null, "file_name" varchar(120) not null, "requested_by_id" uuid not null, "created_at" timestamptz not null, "started_at" timestamptz null, "finished_at" timestamptz null, constraint "evidence_pack_pkey" primary key ("id"));`);
    this.addSql(`create index "evidence_pack_assessment_id_index" on "evidence_pack" ("assessment_id");`);
    this.addSql(`create index "evidence_pack_created_at_index" on "evidence_pack" ("created_at");`);

    this.addSql(`create table "evidence_pack_piece" ("pack_id" uuid not null, "position" int not null, "data" bytea not null, constraint "evidence_pack_piece_pkey" primary key ("pack_id", "position"));`);

    this.addSql(`alter table "evidence_pack" add constraint "evidence_pack_assessment_id_foreign" foreign key ("assessment_id") references "self_assessment" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "evidence_pack" add constraint "evidence_pack_requested_by_id_foreign" foreign key ("requested_by_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "evidence_pack_piece" add constraint "evidence_pack_piece_pack_id_foreign" foreign key ("pack_id") references "evidence_pack" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "evidence_pack_piece" drop constraint "evidence_pack_piece_pack_id_foreign";`);

    this.addSql(`drop table if exists "evidence_pack" cascade;`);

    this.addSql(`drop table if exists "evidence_pack_piece" cascade;`);
  }

}
