import { Migration } from '@mikro-orm/migrations';

/**
 * The department's identities as the issuer of its documents, per period (features/agency/). Beside
 * the table: no two periods may share a day (an exclusion constraint over the periods as date ranges,
 * an open end unbounded), and the ids join the audit trail's registry like other audited records.
 */
export class Migration20261206135326 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "issuing_agency_identity" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "valid_from" date not null, "valid_to" date null, "name" varchar(200) not null, "parent_name" varchar(200) null, "abbreviation" varchar(32) not null, "place" varchar(100) not null, "notice_recipients" jsonb not null, "report_recipients" jsonb not null, "signer_title_lines" jsonb not null, "legal_basis" varchar(300) not null, "legal_basis_date" date null, constraint "issuing_agency_identity_pkey" primary key ("id"), constraint issuing_agency_identity_period_check check (valid_to is null or valid_to >= valid_from));`);
    this.addSql(`create index "issuing_agency_identity_valid_from_index" on "issuing_agency_identity" ("valid_from");`);
    this.addSql(
      `alter table "issuing_agency_identity" add constraint "issuing_agency_identity_no_overlap" exclude using gist (daterange("valid_from", "valid_to", '[]') with &&);`,
    );
    this.addSql(
      `create trigger "issuing_agency_identity_register_id" before insert on "issuing_agency_identity" for each row execute function register_entity_id('IssuingAgencyIdentity');`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "issuing_agency_identity" cascade;`);
  }

}
