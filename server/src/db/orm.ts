import { ReflectMetadataProvider } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, MikroORM, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { IssuingAgencyIdentity } from '../features/agency/issuing-agency-identity.entity.js';
import { AnnualReportDraft } from '../features/annual-report/annual-report-draft.entity.js';
import { AuditEntry } from '../features/audit/audit-entry.entity.js';
import { AuditChainSeal } from '../features/audit/audit-seal.js';
import { EntityIdRegistration } from '../features/audit/entity-id-registry.entity.js';
import { SignInThrottle, UserSession } from '../features/auth/session.entity.js';
import {
  ChecklistGroup,
  ChecklistItem,
  ChecklistTemplate,
  ChecklistVersion,
} from '../features/checklists/checklist.entity.js';
import { FileBlob, FileUpload, FileUploadPiece, StoredFile } from '../features/files/stored-file.entity.js';
import { Finding } from '../features/findings/finding.entity.js';
import { FindingDeadlineExtension } from '../features/findings/finding-deadline-extension.entity.js';
import { ConclusionNotice } from '../features/notices/conclusion-notice.entity.js';
import { NoticeAcknowledgement } from '../features/notices/notice-acknowledgement.entity.js';
import {
  Notification,
  NotificationPreference,
  PushSubscriptionRecord,
} from '../features/notifications/notification.entity.js';
import { AppliedOperation } from '../features/operations/applied-operation.entity.js';
import { InspectionPlan, InspectionTeam, PlanLine, TeamMember } from '../features/plans/plan.entity.js';
import { AdministrativeProcedure } from '../features/registers/administrative-procedure.entity.js';
import { DirectiveDocument } from '../features/registers/directive-document.entity.js';
import { IndexResult } from '../features/registers/index-result.entity.js';
import { ReviewReply } from '../features/review-loop/review-reply.entity.js';
import { CriteriaSet, Criterion } from '../features/self-assessment/criteria-set.entity.js';
import { EvidencePack, EvidencePackPiece } from '../features/self-assessment/outputs/evidence-pack.entity.js';
import {
  AssessmentEvidence,
  CriterionScore,
  SelfAssessment,
} from '../features/self-assessment/self-assessment.entity.js';
import { Device } from '../features/sync/device.entity.js';
import { Unit } from '../features/units/unit.entity.js';
import { UnitChange, UnitVersion } from '../features/units/unit-version.entity.js';
import { User } from '../features/users/user.entity.js';
import { Attachment, ReviewComment, Visit, VisitAnswer, VisitConflict } from '../features/visits/visit.entity.js';
import { BoundParametersPostgreSqlDriver } from './bound-parameters.js';
import type { DatabaseEndpoint } from './database.js';
import { migrationsList } from './migrations/index.js';
import { ServerSetting } from './server-setting.entity.js';

export const ENTITIES = [
  Unit,
  User,
  UserSession,
  SignInThrottle,
  ChecklistTemplate,
  ChecklistVersion,
  ChecklistGroup,
  ChecklistItem,
  InspectionTeam,
  TeamMember,
  InspectionPlan,
  PlanLine,
  Visit,
  VisitAnswer,
  VisitConflict,
  Attachment,
  ReviewComment,
  ReviewReply,
  Finding,
  FindingDeadlineExtension,
  NoticeAcknowledgement,
  ConclusionNotice,
  UnitVersion,
  UnitChange,
  StoredFile,
  FileBlob,
  FileUpload,
  FileUploadPiece,
  AuditEntry,
  EntityIdRegistration,
  AppliedOperation,
  Device,
  DirectiveDocument,
  AdministrativeProcedure,
  IndexResult,
  AnnualReportDraft,
  IssuingAgencyIdentity,
  CriteriaSet,
  Criterion,
  SelfAssessment,
  CriterionScore,
  AssessmentEvidence,
  EvidencePack,
  EvidencePackPiece,
  Notification,
  NotificationPreference,
  PushSubscriptionRecord,
  ServerSetting,
];

/**
 * The ORM's settings for a database. On a real PostgreSQL server every value goes apart from the SQL
 * text (`BoundParametersPostgreSqlDriver`); on the embedded PGlite MikroORM inlines the values as it does
 * by default, because PGlite's connections share one backend session (see `bound-parameters.ts`).
 */
export function ormConfig(database: Pick<DatabaseEndpoint, 'url' | 'kind'>, poolSize: number) {
  return defineConfig({
    driver: database.kind === 'postgresql' ? BoundParametersPostgreSqlDriver : PostgreSqlDriver,
    clientUrl: database.url,
    entities: ENTITIES,
    metadataProvider: ReflectMetadataProvider,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    extensions: [Migrator],
    migrations: {
      migrationsList,
      path: 'src/db/migrations',
      emit: 'ts',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    pool: { min: 0, max: poolSize },
    // No JIT compilation on PostgreSQL: the roll-up's queries over a year of answers are planned costly
    // enough for JIT with inlining and optimization, whose compiling took 1-2 s of a 3-4 s query at 1.2
    // million answers (EXPLAIN ANALYZE, docs/performance.md) and saves less than that when they run; the
    // app's other queries are short. PGlite has no JIT.
    ...(database.kind === 'postgresql' ? { driverOptions: { connection: { options: '-c jit=off' } } } : {}),
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: false,
  });
}

/**
 * Connects and applies every pending migration; the schema never changes any other way. Every write
 * of an audit entry is sealed into the keyed chain by `seal` (the database refuses unsealed entries).
 */
export async function openOrm(database: DatabaseEndpoint, seal: AuditChainSeal): Promise<MikroORM> {
  const orm = await MikroORM.init({ ...ormConfig(database, database.poolSize), subscribers: [seal] });
  await orm.getMigrator().up();
  return orm;
}
