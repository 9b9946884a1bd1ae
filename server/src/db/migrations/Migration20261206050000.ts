import { Migration } from '@mikro-orm/migrations';

/**
 * Ids unique across entity types. Some ids are chosen by the phone (a finding's, an attachment's), and
 * each table alone kept them unique, so a finding could take a visit's id and have the visit's history
 * shown as its own. Every table whose records appear in the audit trail now registers its ids in
 * `entity_id_registry` (id -> entity type, as the audit trail names it) on insert: an id already used
 * by any record of any of these tables is refused. Ids stay registered after a record is deleted, so
 * its history is never taken over either. Existing ids are registered here; if two tables already
 * shared one, the first listed keeps it.
 */
const REGISTERED: [table: string, entityType: string][] = [
  ['unit', 'Unit'],
  ['app_user', 'User'],
  ['visit', 'Visit'],
  ['visit_answer', 'VisitAnswer'],
  ['finding', 'Finding'],
  ['attachment', 'Attachment'],
  ['checklist_template', 'ChecklistTemplate'],
  ['inspection_plan', 'InspectionPlan'],
  ['inspection_team', 'InspectionTeam'],
  ['directive_document', 'DirectiveDocument'],
  ['administrative_procedure', 'AdministrativeProcedure'],
  ['index_result', 'IndexResult'],
  ['annual_report_draft', 'AnnualReportDraft'],
];

export class Migration20261206050000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "entity_id_registry" ("id" uuid not null, "entity_type" varchar(64) not null, constraint "entity_id_registry_pkey" primary key ("id"));`,
    );
    this.addSql(`create or replace function register_entity_id() returns trigger language plpgsql as $$
      begin
        insert into entity_id_registry (id, entity_type) values (new.id, tg_argv[0]);
        return new;
      end $$;`);
    for (const [table, entityType] of REGISTERED) {
      this.addSql(
        `insert into "entity_id_registry" ("id", "entity_type") select "id", '${entityType}' from "${table}" on conflict do nothing;`,
      );
      this.addSql(
        `create trigger "${table}_register_id" before insert on "${table}" for each row execute function register_entity_id('${entityType}');`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const [table] of REGISTERED) this.addSql(`drop trigger if exists "${table}_register_id" on "${table}";`);
    this.addSql(`drop function if exists register_entity_id();`);
    this.addSql(`drop table if exists "entity_id_registry";`);
  }
}
