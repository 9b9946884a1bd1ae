import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { validateArguments } from '../common/input-text.js';
import { AgencyResolver } from '../features/agency/agency.resolver.js';
import { AnnualReportResolver } from '../features/annual-report/annual-report.resolver.js';
import { AuditResolver } from '../features/audit/audit.resolver.js';
import { AuthResolver } from '../features/auth/auth.resolver.js';
import {
  ChecklistGroupResolver,
  ChecklistTemplateResolver,
  ChecklistVersionResolver,
} from '../features/checklists/checklists.resolver.js';
import { FindingWordingResolver } from '../features/findings/finding-wording.resolver.js';
import { FindingsResolver } from '../features/findings/findings.resolver.js';
import { HomeResolver } from '../features/home/home.resolver.js';
import { NoticesResolver } from '../features/notices/notices.resolver.js';
import { NotificationsResolver } from '../features/notifications/notifications.resolver.js';
import {
  PlanLineResolver,
  PlansResolver,
  TeamMemberResolver,
  TeamsResolver,
} from '../features/plans/plans.resolver.js';
import {
  AdministrativeProceduresResolver,
  DirectiveDocumentsResolver,
  IndexResultsResolver,
} from '../features/registers/registers.resolver.js';
import {
  ReviewCommentRepliesResolver,
  ReviewLoopResolver,
  VisitChangesSinceReturnResolver,
} from '../features/review-loop/review-loop.resolver.js';
import { ComplianceFigureResolver, RollupResolver, RollupUnitResolver } from '../features/rollup/rollup.resolver.js';
import { EvidencePackResolver } from '../features/self-assessment/outputs/outputs.resolver.js';
import {
  AssessmentEvidenceResolver,
  CriteriaSetResolver,
  CriterionResolver,
  CriterionScoreResolver,
  SelfAssessmentResolver,
} from '../features/self-assessment/self-assessment.resolver.js';
import { SyncResolver } from '../features/sync/sync.resolver.js';
import { UnitHistoryResolver, UnitVersionResolver } from '../features/units/unit-history.resolver.js';
import { UnitsResolver } from '../features/units/units.resolver.js';
import { UsersResolver } from '../features/users/users.resolver.js';
import {
  AttachmentResolver,
  ReviewCommentResolver,
  VisitAnswerResolver,
  VisitConflictResolver,
  VisitFieldsResolver,
} from '../features/visits/visit-fields.resolver.js';
import { VisitsResolver } from '../features/visits/visits.resolver.js';
import { authChecker } from './auth-checker.js';
import { ErrorExtensions } from './error-extensions.js';

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      AuthResolver,
      UnitsResolver,
      UnitHistoryResolver,
      UnitVersionResolver,
      AgencyResolver,
      UsersResolver,
      ChecklistTemplateResolver,
      ChecklistVersionResolver,
      ChecklistGroupResolver,
      PlansResolver,
      PlanLineResolver,
      TeamsResolver,
      TeamMemberResolver,
      VisitsResolver,
      VisitFieldsResolver,
      VisitAnswerResolver,
      VisitConflictResolver,
      AttachmentResolver,
      ReviewCommentResolver,
      ReviewLoopResolver,
      ReviewCommentRepliesResolver,
      VisitChangesSinceReturnResolver,
      FindingsResolver,
      HomeResolver,
      NoticesResolver,
      NotificationsResolver,
      FindingWordingResolver,
      SyncResolver,
      DirectiveDocumentsResolver,
      AdministrativeProceduresResolver,
      IndexResultsResolver,
      AnnualReportResolver,
      RollupResolver,
      RollupUnitResolver,
      ComplianceFigureResolver,
      AuditResolver,
      CriteriaSetResolver,
      CriterionResolver,
      SelfAssessmentResolver,
      CriterionScoreResolver,
      AssessmentEvidenceResolver,
      EvidencePackResolver,
    ],
    orphanedTypes: [ErrorExtensions],
    authChecker,
    // Every argument: control characters refused, bidirectional controls dropped, then class-validator.
    validateFn: validateArguments({ forbidUnknownValues: false, stopAtFirstError: false }),
  });
}

/** The SDL committed as schema/schema.graphql, sorted so that it only changes when the API does. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
