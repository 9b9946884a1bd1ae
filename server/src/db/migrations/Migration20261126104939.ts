import { Migration } from '@mikro-orm/migrations';

export class Migration20261126104939 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "administrative_procedure" ("id" uuid not null, "year" int not null, "code" varchar(40) not null, "name" text not null, "level" text check ("level" in ('TINH', 'HUYEN', 'XA')) not null, "mechanism" text check ("mechanism" in ('MOT_CUA', 'MOT_CUA_LIEN_THONG')) not null, "online_service" text check ("online_service" in ('TOAN_TRINH', 'MOT_PHAN', 'KHONG')) not null, "public_postal" boolean not null, "legal_days" int null, "days_cut" int null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "administrative_procedure_pkey" primary key ("id"), constraint administrative_procedure_days_check check (legal_days >= 0 and days_cut >= 0 and days_cut <= legal_days));`);
    this.addSql(`alter table "administrative_procedure" add constraint "administrative_procedure_year_code_unique" unique ("year", "code");`);

    this.addSql(`create table "index_result" ("id" uuid not null, "year" int not null, "assessment_index" text check ("assessment_index" in ('SIPAS', 'PAR_INDEX')) not null, "total_score" double precision not null, "components" jsonb not null, "rank" int null, "note" text null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "index_result_pkey" primary key ("id"));`);
    this.addSql(`alter table "index_result" add constraint "index_result_year_assessment_index_unique" unique ("year", "assessment_index");`);

    this.addSql(`create table "directive_document" ("id" uuid not null, "type" text check ("type" in ('KE_HOACH', 'CONG_VAN', 'QUYET_DINH', 'BAO_CAO', 'THONG_BAO', 'KHAC')) not null, "number" varchar(60) not null, "issued_on" date not null, "year" int not null, "issuing_unit_id" uuid not null, "summary" text not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "directive_document_pkey" primary key ("id"));`);
    this.addSql(`create index "directive_document_year_type_index" on "directive_document" ("year", "type");`);
    this.addSql(`alter table "directive_document" add constraint "directive_document_number_year_unique" unique ("number", "year");`);

    this.addSql(`alter table "directive_document" add constraint "directive_document_issuing_unit_id_foreign" foreign key ("issuing_unit_id") references "unit" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "administrative_procedure" cascade;`);

    this.addSql(`drop table if exists "index_result" cascade;`);

    this.addSql(`drop table if exists "directive_document" cascade;`);
  }

}
