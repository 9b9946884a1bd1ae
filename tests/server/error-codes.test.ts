import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { GraphQLEnumType } from 'graphql';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { AppError, type CommonErrorCode } from '../../server/src/common/app-error.js';
import type { DATABASE_UNAVAILABLE } from '../../server/src/common/connection-errors.js';
import { ERROR_CODES, ERROR_STATUS, type ErrorCode, isErrorCode } from '../../server/src/common/error-codes.js';
import type { InputTextErrorCode } from '../../server/src/common/input-text.js';
import type { LimitErrorCode } from '../../server/src/common/limit-errors.js';
import type { AgencyErrorCode } from '../../server/src/features/agency/agency.errors.js';
import type { AnnualReportErrorCode } from '../../server/src/features/annual-report/annual-report.errors.js';
import type { AuthErrorCode } from '../../server/src/features/auth/auth.errors.js';
import type { ChecklistErrorCode } from '../../server/src/features/checklists/checklists.errors.js';
import type { DocumentErrorCode } from '../../server/src/features/documents/documents.errors.js';
import type { FileErrorCode } from '../../server/src/features/files/files.errors.js';
import type { FindingErrorCode } from '../../server/src/features/findings/findings.errors.js';
import type { NoticeErrorCode } from '../../server/src/features/notices/notices.errors.js';
import type { NotificationErrorCode } from '../../server/src/features/notifications/notifications.errors.js';
import type { OperationErrorCode } from '../../server/src/features/operations/operations.errors.js';
import type { PlanErrorCode } from '../../server/src/features/plans/plans.errors.js';
import type { RegisterErrorCode } from '../../server/src/features/registers/registers.errors.js';
import type { ReviewLoopErrorCode } from '../../server/src/features/review-loop/review-loop.errors.js';
import type { RollupErrorCode } from '../../server/src/features/rollup/rollup.errors.js';
import type { MeasureErrorCode } from '../../server/src/features/self-assessment/measures/measures.errors.js';
import type { EvidencePackErrorCode } from '../../server/src/features/self-assessment/outputs/evidence-pack.errors.js';
import type {
  CriteriaErrorCode,
  SelfAssessmentErrorCode,
} from '../../server/src/features/self-assessment/self-assessment.errors.js';
import type { HELD_AFTER_REFUSED_OPERATION, SyncErrorCode } from '../../server/src/features/sync/sync.errors.js';
import type { UnitErrorCode } from '../../server/src/features/units/units.errors.js';
import type { UserErrorCode } from '../../server/src/features/users/users.errors.js';
import type { VisitErrorCode } from '../../server/src/features/visits/visits.errors.js';
import { buildAppSchema } from '../../server/src/graphql/schema.js';
import type { RouteErrorCode } from '../../server/src/http/api-fallback.js';
import type { BodyErrorCode } from '../../server/src/http/request-body.js';
import type { ZipErrorCode } from '../../server/src/http/zip-guard.js';

/*
 * The one table of error codes (issue 14, item 6): every code the server gives an error is in
 * ERROR_STATUS, with its HTTP status, and in the schema's enum ErrorCode; nothing in the table is stale.
 */

const SERVER_SRC = path.resolve(import.meta.dirname, '../../server/src');
const TABLE_FILE = path.join(SERVER_SRC, 'common/error-codes.ts');

/** The server's own source files: no tests, no migrations or demo data. */
function serverSources(dir = SERVER_SRC): { file: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'migrations' || name === 'seeders' ? [] : serverSources(full);
    if (!name.endsWith('.ts') || name.endsWith('.test.ts') || full === TABLE_FILE) return [];
    return [{ file: path.relative(SERVER_SRC, full), text: readFileSync(full, 'utf8') }];
  });
}

/**
 * Where the source writes a code: an AppError's first argument, a refusal's `[code, message]` (limits,
 * body parsers) and a literal typed `satisfies ErrorCode`. Codes that arrive typed from elsewhere (a
 * visit date problem's code) are checked by the compiler, as every AppError's code is.
 */
const CODE_SITES = [
  /new AppError\(\s*'([A-Z][A-Z0-9_]*)'/g,
  /\[\s*'([A-Z][A-Z0-9_]*)',\s*(?:MASKED_MESSAGE|'[^'\n]* [^'\n]*'|`[^`\n]* [^`\n]*`)\s*\]/g,
  /'([A-Z][A-Z0-9_]*)'\)?\s+satisfies\s+ErrorCode\b/g,
];

describe('error codes', () => {
  const sources = serverSources();

  it('every code the server writes is in the status table', () => {
    const written = new Map<string, string>();
    for (const { file, text } of sources) {
      for (const site of CODE_SITES) for (const match of text.matchAll(site)) written.set(match[1], file);
    }
    // The scan does find the codes (a broken pattern would find none and pass).
    expect(written.size).toBeGreaterThan(100);
    const missing = [...written].filter(([code]) => !isErrorCode(code)).map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it('every code of the table is used by the server', () => {
    const unused = ERROR_CODES.filter((code) => !sources.some(({ text }) => new RegExp(`\\b${code}\\b`).test(text)));
    expect(unused).toEqual([]);
  });

  it('the schema publishes exactly the table as the enum ErrorCode', async () => {
    const schema = await buildAppSchema();
    const type = schema.getType('ErrorCode');
    expect(type).toBeInstanceOf(GraphQLEnumType);
    const values = (type as GraphQLEnumType).getValues().map((value) => value.value);
    expect([...values].sort()).toEqual([...ERROR_CODES].sort());
  });

  it('keeps the statuses the routes answered with before the table', () => {
    // A code named "not found" was 404 and any other 400, unless a route said otherwise.
    const notFound = ERROR_CODES.filter((code) => code.endsWith('_NOT_FOUND')).map((code) => [
      code,
      ERROR_STATUS[code],
    ]);
    expect(notFound.filter(([, status]) => status !== 404)).toEqual([]);
    expect(
      Object.fromEntries(
        ERROR_CODES.filter((code) => ![400, 404].includes(ERROR_STATUS[code])).map((c) => [c, ERROR_STATUS[c]]),
      ),
    ).toEqual({
      REQUEST_TOO_LARGE: 413,
      UNSUPPORTED_MEDIA_TYPE: 415,
      METHOD_NOT_ALLOWED: 405,
      INTERNAL_SERVER_ERROR: 500,
      DATABASE_UNAVAILABLE: 503,
      UNAUTHENTICATED: 401,
      FORBIDDEN: 403,
      PASSWORD_CHANGE_REQUIRED: 403,
      CHECKLIST_IMPORT_INVALID: 422,
      VISIT_NOT_STARTED: 409,
      FILE_TOO_LARGE: 413,
      FILE_NOT_IMAGE: 415,
      FILE_TYPE_NOT_ALLOWED: 415,
      FILE_ID_CONFLICT: 409,
      FILE_HASH_MISMATCH: 422,
      FILE_QUOTA_EXCEEDED: 507,
      FILE_UPLOAD_OFFSET: 409,
      FILE_STORAGE_FAILED: 503,
      FILE_STORAGE_FULL: 507,
      FILE_UNPACKS_TOO_LARGE: 413,
      FILE_ARCHIVE_INVALID: 422,
      HELD_AFTER_REFUSED_OPERATION: 409,
      SYNC_FAILED: 500,
      REGISTER_IMPORT_INVALID: 422,
      // New since the table: a document route asked for a notice the office has not issued; a change
      // whose successor is already in the plan.
      NOTICE_NOT_ISSUED: 409,
      NOTICE_NOT_YOUR_UNIT: 403,
      UNIT_REHOME_CONFLICT: 409,
      // An evidence pack asked for before it is built; one whose build failed unexpectedly.
      EVIDENCE_PACK_NOT_READY: 409,
      EVIDENCE_PACK_FAILED: 500,
      // A reply to a reviewer's comment after the visit left the returned state (a queued write).
      REVIEW_REPLY_VISIT_NOT_RETURNED: 409,
    });
  });

  it('the features own their codes: the table is their union and the request-level codes', () => {
    type Raised =
      | CommonErrorCode
      | InputTextErrorCode
      | LimitErrorCode
      | typeof DATABASE_UNAVAILABLE
      | BodyErrorCode
      | RouteErrorCode
      | ZipErrorCode
      | AuthErrorCode
      | UserErrorCode
      | UnitErrorCode
      | AgencyErrorCode
      | ChecklistErrorCode
      | PlanErrorCode
      | VisitErrorCode
      | ReviewLoopErrorCode
      | DocumentErrorCode
      | NoticeErrorCode
      | FindingErrorCode
      | FileErrorCode
      | SyncErrorCode
      | OperationErrorCode
      | (typeof HELD_AFTER_REFUSED_OPERATION)['code']
      | RegisterErrorCode
      | AnnualReportErrorCode
      | RollupErrorCode
      | MeasureErrorCode
      | CriteriaErrorCode
      | SelfAssessmentErrorCode
      | EvidencePackErrorCode
      | NotificationErrorCode;
    // What graphql-js and Apollo report of a request, and the refusals http/ and graphql/ write in place.
    expectTypeOf<Exclude<ErrorCode, Raised>>().toEqualTypeOf<
      | 'GRAPHQL_PARSE_FAILED'
      | 'GRAPHQL_VALIDATION_FAILED'
      | 'BAD_USER_INPUT'
      | 'BAD_REQUEST'
      | 'OPERATION_RESOLUTION_FAILURE'
      | 'PERSISTED_QUERY_NOT_FOUND'
      | 'PERSISTED_QUERY_NOT_SUPPORTED'
      | 'CROSS_SITE_REQUEST_REFUSED'
      | 'INTERNAL_SERVER_ERROR'
    >();
    expectTypeOf<VisitErrorCode>().toExtend<ErrorCode>();
  });

  it('a code that is not in the table does not compile', () => {
    // @ts-expect-error a misspelt code: a new code must first get its status in ERROR_STATUS.
    const misspelt = new AppError('VISIT_NOT_FOUNDD', 'Không tìm thấy cuộc kiểm tra.');
    expect(isErrorCode(misspelt.code)).toBe(false);
  });
});
