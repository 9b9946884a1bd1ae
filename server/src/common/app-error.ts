import type { ErrorCode } from './error-codes.js';

/**
 * An error the user can act on: a stable code for the client (one of ERROR_STATUS, common/error-codes.ts),
 * a Vietnamese message the UI can show as is, and optional details (e.g. which field). Every feature
 * raises these and nothing else on purpose.
 */
export class AppError<Code extends ErrorCode = ErrorCode> extends Error {
  constructor(
    public readonly code: Code,
    message: string,
    public readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** The codes a table of error factories raises: `ErrorCodeOf<typeof VisitErrors>` is the visits' own union. */
export type ErrorCodeOf<Factories> = {
  [Name in keyof Factories]: Factories[Name] extends (...args: never[]) => AppError<infer Code> ? Code : never;
}[keyof Factories];

export const CommonErrors = {
  unauthenticated: () => new AppError('UNAUTHENTICATED', 'Bạn cần đăng nhập để tiếp tục.'),
  forbidden: () => new AppError('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này.'),
};
export type CommonErrorCode = ErrorCodeOf<typeof CommonErrors>;

/** What a client is told of an unexpected error; the server logs the error itself. */
export const MASKED_MESSAGE = 'Đã xảy ra lỗi không mong muốn. Vui lòng thử lại sau.';

/** graphql-js's hints (`Did you mean "x"?`, `Did you mean the enum value "Y"?`). */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** graphql-js's text without its hints, which name fields and values of the schema. */
export const withoutSuggestions = (message: string): string => message.replace(SUGGESTION, '');
