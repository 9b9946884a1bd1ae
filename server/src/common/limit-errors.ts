import type { ErrorCode } from './error-codes.js';

/**
 * The codes and Vietnamese messages of requests refused by a limit: GraphQL's own (graphql/limits.ts)
 * and the HTTP body and batch limits (http/request-limits.ts).
 */
export const LimitErrors = {
  tooDeep: (max: number) => ['QUERY_TOO_DEEP', `Yêu cầu lồng nhau quá sâu: tối đa ${max} cấp.`] as const,
  tooManyAliases: (max: number) =>
    ['QUERY_TOO_MANY_ALIASES', `Yêu cầu dùng quá nhiều bí danh (alias): tối đa ${max}.`] as const,
  tooManyDirectives: (max: number) =>
    ['QUERY_TOO_MANY_DIRECTIVES', `Yêu cầu dùng quá nhiều chỉ thị (directive): tối đa ${max}.`] as const,
  tooCostly: () => ['QUERY_TOO_COSTLY', 'Yêu cầu đòi quá nhiều dữ liệu một lúc; vui lòng thu hẹp phạm vi.'] as const,
  tooLong: () => ['QUERY_TOO_LONG', 'Yêu cầu gửi lên quá dài.'] as const,
  batchTooLarge: (max: number) => ['BATCH_TOO_LARGE', `Mỗi lần chỉ được gửi tối đa ${max} thao tác.`] as const,
  requestTooLarge: () => ['REQUEST_TOO_LARGE', 'Dữ liệu gửi lên quá lớn.'] as const,
} satisfies Record<string, (...args: never[]) => LimitRefusal>;

/** A refusal's code and Vietnamese message. */
export type LimitRefusal = readonly [ErrorCode, string];

export type LimitErrorCode = ReturnType<(typeof LimitErrors)[keyof typeof LimitErrors]>[0];
