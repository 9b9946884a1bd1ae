import { Migration } from '@mikro-orm/migrations';

/**
 * The team's replies to a reviewer's comments on a returned visit (issue 18). Replies appear in the
 * visit's audit trail, so their ids are registered like those of the other audited records
 * (Migration20261206050000).
 */
export class Migration20261207002259 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "review_reply" ("id" uuid not null, "comment_id" uuid not null, "text" text not null, "author_id" uuid not null, "created_at" timestamptz not null, constraint "review_reply_pkey" primary key ("id"));`);
    this.addSql(`create index "review_reply_comment_id_index" on "review_reply" ("comment_id");`);

    this.addSql(`alter table "review_reply" add constraint "review_reply_comment_id_foreign" foreign key ("comment_id") references "review_comment" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "review_reply" add constraint "review_reply_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete restrict;`);
    this.addSql(
      `create trigger "review_reply_register_id" before insert on "review_reply" for each row execute function register_entity_id('ReviewReply');`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "review_reply" cascade;`);
  }

}
