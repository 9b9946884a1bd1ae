import { Migration } from '@mikro-orm/migrations';

/**
 * A tamper-evident audit trail: every entry carries its position in one chain, the hash of the entry
 * before it and its own hash over both and its content. The chain is sealed by a deferred trigger at
 * COMMIT under an advisory lock, so concurrent transactions (and several server instances) append in
 * commit order without holding a lock for the whole transaction. The hash is recomputed independently
 * by `pnpm cli audit verify` (src/features/audit/audit-chain.ts); keep the two in step.
 */
export class Migration20261126123000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "audit_entry" add column "chain_seq" bigint null, add column "prev_hash" varchar(64) null, add column "hash" varchar(64) null;`,
    );
    this.addSql(`alter table "audit_entry" add constraint "audit_entry_chain_seq_unique" unique ("chain_seq");`);

    // One field of the hashed text: its length in bytes and its value, or "~" for null.
    this.addSql(`create or replace function audit_field(value text) returns text language sql immutable as $$
      select case when value is null then '~;' else octet_length(value)::text || ':' || value || ';' end
    $$;`);
    this.addSql(`create or replace function audit_entry_digest(prev text, seq bigint, e audit_entry) returns varchar language sql stable as $$
      select encode(sha256(convert_to(
        audit_field(prev) || audit_field(seq::text) || audit_field(e.id::text)
        || audit_field(to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'))
        || audit_field(e.actor_id::text) || audit_field(e.actor_name) || audit_field(e.entity_type)
        || audit_field(e.entity_id::text) || audit_field(e.visit_id::text) || audit_field(e.action)
        || audit_field(e.reason) || audit_field(e.before::text) || audit_field(e.after::text),
        'UTF8')), 'hex')
    $$;`);

    this.addSql(`create or replace function audit_entry_seal() returns trigger language plpgsql as $$
      declare
        head_seq bigint;
        head_hash varchar(64);
        entry audit_entry;
      begin
        perform pg_advisory_xact_lock(7715310001);
        select chain_seq, hash into head_seq, head_hash from audit_entry
         where chain_seq is not null order by chain_seq desc limit 1;
        select * into entry from audit_entry where id = new.id;
        head_seq := coalesce(head_seq, 0) + 1;
        update audit_entry
           set chain_seq = head_seq, prev_hash = head_hash, hash = audit_entry_digest(head_hash, head_seq, entry)
         where id = new.id;
        return null;
      end $$;`);

    // Append-only, except for the seal itself: set once, from the seal trigger, content unchanged.
    this.addSql(`create or replace function audit_entry_append_only() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and pg_trigger_depth() > 1 and old.hash is null and new.hash is not null
           and (new.id, new.at, new.actor_id, new.actor_name, new.entity_type, new.entity_id, new.visit_id,
                new.action, new.reason, new.before, new.after)
               is not distinct from
               (old.id, old.at, old.actor_id, old.actor_name, old.entity_type, old.entity_id, old.visit_id,
                old.action, old.reason, old.before, old.after) then
          return new;
        end if;
        raise exception 'audit_entry is append-only';
      end $$;`);

    // Seal what is already there, in the order it was written.
    this.addSql(`alter table "audit_entry" disable trigger audit_entry_append_only;`);
    this.addSql(`do $$
      declare
        entry audit_entry;
        seq bigint := 0;
        prev varchar(64) := null;
      begin
        for entry in select * from audit_entry order by id loop
          seq := seq + 1;
          update audit_entry set chain_seq = seq, prev_hash = prev, hash = audit_entry_digest(prev, seq, entry)
           where id = entry.id returning hash into prev;
        end loop;
      end $$;`);
    this.addSql(`alter table "audit_entry" enable trigger audit_entry_append_only;`);

    this.addSql(
      `create constraint trigger audit_entry_seal after insert on "audit_entry" deferrable initially deferred for each row execute function audit_entry_seal();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists audit_entry_seal on "audit_entry";`);
    this.addSql(`drop function if exists audit_entry_seal();`);
    this.addSql(`drop function if exists audit_entry_digest(text, bigint, audit_entry);`);
    this.addSql(`drop function if exists audit_field(text);`);
    this.addSql(
      `create or replace function audit_entry_append_only() returns trigger language plpgsql as $$ begin raise exception 'audit_entry is append-only'; end $$;`,
    );
    this.addSql(`alter table "audit_entry" drop constraint "audit_entry_chain_seq_unique";`);
    this.addSql(`alter table "audit_entry" drop column "chain_seq", drop column "prev_hash", drop column "hash";`);
  }
}
