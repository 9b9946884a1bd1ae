import { Migration } from '@mikro-orm/migrations';

/**
 * The PAR INDEX self-assessment (issue 17): criteria sets with their criteria, the year's assessment,
 * its scores and their evidence. The audit trail records changes on the sets and the assessments, so
 * their ids are registered as unique across entity types (Migration20261206050000).
 */
const REGISTERED: [table: string, entityType: string][] = [
  ['criteria_set', 'CriteriaSet'],
  ['self_assessment', 'SelfAssessment'],
];

export class Migration20261206210834 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "criteria_set" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "year" int not null, "agency_kind" text check ("agency_kind" in ('DEPARTMENT')) not null, "revision" int not null, "title" varchar(500) not null, "document_number" varchar(60) not null, "issued_on" date not null, "effective_on" date not null, "total_points" numeric(6,2) not null, "created_by_id" uuid not null, constraint "criteria_set_pkey" primary key ("id"));`);
    this.addSql(`alter table "criteria_set" add constraint "criteria_set_year_agency_kind_revision_unique" unique ("year", "agency_kind", "revision");`);

    this.addSql(`create table "self_assessment" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "year" int not null, "agency_kind" text check ("agency_kind" in ('DEPARTMENT')) not null, "criteria_set_id" uuid not null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'APPROVED', 'APPRAISAL', 'FINAL')) not null default 'DRAFT', "submitted_at" timestamptz null, "submitted_by_id" uuid null, "approved_at" timestamptz null, "approved_by_id" uuid null, "return_comment" text null, "returned_at" timestamptz null, "finalised_at" timestamptz null, "created_by_id" uuid not null, constraint "self_assessment_pkey" primary key ("id"));`);
    this.addSql(`alter table "self_assessment" add constraint "self_assessment_year_agency_kind_unique" unique ("year", "agency_kind");`);

    this.addSql(`create table "criterion" ("id" uuid not null, "set_id" uuid not null, "parent_id" uuid null, "position" int not null, "level" text check ("level" in ('AREA', 'CRITERION', 'COMPONENT')) not null, "code" varchar(32) not null, "text" text not null, "max_points" numeric(6,2) not null, "is_leaf" boolean not null, "guidance" text null, "bands" jsonb null, "score_step" numeric(6,2) null, "expected_evidence" text null, "measure" text check ("measure" in ('PLAN_INSPECTED', 'FINDINGS_FIXED_ON_TIME', 'FINDINGS_FOLLOWED_UP', 'DIRECTIVE_ISSUED_ON_TIME', 'TTHC_ONE_STOP', 'TTHC_ONLINE', 'TTHC_POSTAL', 'TTHC_TIME_CUT')) null, "measure_params" jsonb null, constraint "criterion_pkey" primary key ("id"));`);
    this.addSql(`create index "criterion_set_id_index" on "criterion" ("set_id");`);
    this.addSql(`alter table "criterion" add constraint "criterion_set_id_code_unique" unique ("set_id", "code");`);

    this.addSql(`create table "criterion_score" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "assessment_id" uuid not null, "criterion_id" uuid not null, "points" numeric(6,2) null, "explanation" text null, "not_applicable" boolean not null default false, "not_applicable_reason" text null, "needs_review" boolean not null default false, "prior_points" numeric(6,2) null, "prior_max_points" numeric(6,2) null, "prior_text" text null, "review_note" text null, "retired_in_revision" int null, "suggested_points" numeric(6,2) null, "suggestion_computation" text null, "suggestion_accepted_by_id" uuid null, "suggestion_accepted_at" timestamptz null, "override_explanation" text null, "appraisal_points1" numeric(6,2) null, "appraisal_comment1" text null, "appraisal_points2" numeric(6,2) null, "appraisal_comment2" text null, "updated_by_id" uuid null, constraint "criterion_score_pkey" primary key ("id"));`);
    this.addSql(`create index "criterion_score_assessment_id_index" on "criterion_score" ("assessment_id");`);
    this.addSql(`create index "criterion_score_criterion_id_index" on "criterion_score" ("criterion_id");`);
    this.addSql(`alter table "criterion_score" add constraint "criterion_score_assessment_id_criterion_id_unique" unique ("assessment_id", "criterion_id");`);

    this.addSql(`create table "assessment_evidence" ("id" uuid not null, "score_id" uuid not null, "record_kind" text check ("record_kind" in ('DIRECTIVE_DOCUMENT', 'PLAN', 'VISIT', 'NOTICE', 'FINDING', 'PROCEDURE', 'INDEX_RESULT')) null, "record_id" uuid null, "file_id" uuid null, "pointer" varchar(200) null, "document_number" varchar(60) null, "document_date" date null, "issuer" varchar(300) null, "note" text null, "added_by_id" uuid not null, "created_at" timestamptz not null, constraint "assessment_evidence_pkey" primary key ("id"));`);
    this.addSql(`create index "assessment_evidence_score_id_index" on "assessment_evidence" ("score_id");`);
    this.addSql(`create index "assessment_evidence_file_id_index" on "assessment_evidence" ("file_id");`);

    this.addSql(`alter table "criteria_set" add constraint "criteria_set_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "self_assessment" add constraint "self_assessment_criteria_set_id_foreign" foreign key ("criteria_set_id") references "criteria_set" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "self_assessment" add constraint "self_assessment_submitted_by_id_foreign" foreign key ("submitted_by_id") references "app_user" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "self_assessment" add constraint "self_assessment_approved_by_id_foreign" foreign key ("approved_by_id") references "app_user" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "self_assessment" add constraint "self_assessment_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "criterion" add constraint "criterion_set_id_foreign" foreign key ("set_id") references "criteria_set" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "criterion" add constraint "criterion_parent_id_foreign" foreign key ("parent_id") references "criterion" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "criterion_score" add constraint "criterion_score_assessment_id_foreign" foreign key ("assessment_id") references "self_assessment" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "criterion_score" add constraint "criterion_score_criterion_id_foreign" foreign key ("criterion_id") references "criterion" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "criterion_score" add constraint "criterion_score_suggestion_accepted_by_id_foreign" foreign key ("suggestion_accepted_by_id") references "app_user" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "criterion_score" add constraint "criterion_score_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "assessment_evidence" add constraint "assessment_evidence_score_id_foreign" foreign key ("score_id") references "criterion_score" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "assessment_evidence" add constraint "assessment_evidence_file_id_foreign" foreign key ("file_id") references "stored_file" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assessment_evidence" add constraint "assessment_evidence_added_by_id_foreign" foreign key ("added_by_id") references "app_user" ("id") on update cascade on delete restrict;`);

    for (const [table, entityType] of REGISTERED) {
      this.addSql(
        `create trigger "${table}_register_id" before insert on "${table}" for each row execute function register_entity_id('${entityType}');`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const [table] of REGISTERED) this.addSql(`drop trigger if exists "${table}_register_id" on "${table}";`);
    this.addSql(`alter table "self_assessment" drop constraint "self_assessment_criteria_set_id_foreign";`);

    this.addSql(`alter table "criterion" drop constraint "criterion_set_id_foreign";`);

    this.addSql(`alter table "criterion_score" drop constraint "criterion_score_assessment_id_foreign";`);

    this.addSql(`alter table "criterion" drop constraint "criterion_parent_id_foreign";`);

    this.addSql(`alter table "criterion_score" drop constraint "criterion_score_criterion_id_foreign";`);

    this.addSql(`alter table "assessment_evidence" drop constraint "assessment_evidence_score_id_foreign";`);

    this.addSql(`drop table if exists "criteria_set" cascade;`);

    this.addSql(`drop table if exists "self_assessment" cascade;`);

    this.addSql(`drop table if exists "criterion" cascade;`);

    this.addSql(`drop table if exists "criterion_score" cascade;`);

    this.addSql(`drop table if exists "assessment_evidence" cascade;`);
  }

}
