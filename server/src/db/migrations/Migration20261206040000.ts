import { Migration } from '@mikro-orm/migrations';

/**
 * A keyed audit chain. The database's own seal (an unkeyed SHA-256 computed by a trigger) could be
 * recomputed by anyone who can write the database, so entries are now sealed by the app with an HMAC
 * under AUDIT_KEY, a key the database never sees (src/features/audit/audit-seal.ts). Here:
 * - `hash_kind` tells the entries sealed before (`sha256`, kept as they are) from keyed ones;
 * - the seal trigger and its digest functions go; a deferred trigger refuses instead a COMMIT that
 *   leaves an entry unsealed, so no write path can skip the app's seal;
 * - the append-only trigger lets only that seal through (once, on an entry of the same open
 *   transaction: committed entries are all sealed), and TRUNCATE is refused too.
 */
export class Migration20261206040000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop trigger if exists audit_entry_seal on "audit_entry";`);
    this.addSql(`drop function if exists audit_entry_seal();`);
    this.addSql(`drop function if exists audit_entry_digest(text, bigint, audit_entry);`);
    this.addSql(`drop function if exists audit_field(text);`);

    this.addSql(`alter table "audit_entry" add column "hash_kind" varchar(16) null;`);
    this.addSql(`alter table "audit_entry" disable trigger audit_entry_append_only;`);
    this.addSql(`update "audit_entry" set "hash_kind" = 'sha256' where "hash" is not null;`);
    this.addSql(`alter table "audit_entry" enable trigger audit_entry_append_only;`);

    this.addSql(`create or replace function audit_entry_append_only() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and old.chain_seq is null and old.hash is null
           and new.chain_seq is not null and new.hash is not null and new.hash_kind is not null
           and (new.id, new.actor_id, new.actor_name, new.entity_type, new.entity_id, new.visit_id,
                new.action, new.reason, new.before, new.after)
               is not distinct from
               (old.id, old.actor_id, old.actor_name, old.entity_type, old.entity_id, old.visit_id,
                old.action, old.reason, old.before, old.after) then
          return new;
        end if;
        raise exception 'audit_entry is append-only';
      end $$;`);

    this.addSql(`create or replace function audit_entry_no_truncate() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_entry is append-only: TRUNCATE is refused';
      end $$;`);
    this.addSql(
      `create trigger audit_entry_no_truncate before truncate on "audit_entry" for each statement execute function audit_entry_no_truncate();`,
    );

    this.addSql(`create or replace function audit_entry_must_be_sealed() returns trigger language plpgsql as $$
      begin
        if not exists (select 1 from audit_entry where id = new.id and hash is not null and chain_seq is not null) then
          raise exception 'audit entry #% was not sealed into the audit chain', new.id;
        end if;
        return null;
      end $$;`);
    this.addSql(
      `create constraint trigger audit_entry_must_be_sealed after insert on "audit_entry" deferrable initially deferred for each row execute function audit_entry_must_be_sealed();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists audit_entry_must_be_sealed on "audit_entry";`);
    this.addSql(`drop function if exists audit_entry_must_be_sealed();`);
    this.addSql(`drop trigger if exists audit_entry_no_truncate on "audit_entry";`);
    this.addSql(`drop function if exists audit_entry_no_truncate();`);
    this.addSql(`alter table "audit_entry" drop column "hash_kind";`);
    // The database's unkeyed seal is not brought back: keyed entries would not verify under it.
    this.addSql(
      `create or replace function audit_entry_append_only() returns trigger language plpgsql as $$ begin raise exception 'audit_entry is append-only'; end $$;`,
    );
  }
}
