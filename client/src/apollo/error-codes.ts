import type { ErrorCode } from './generated/schema-types';

export type { ErrorCode };

/**
 * The codes a failed request carries, whatever its shape: Apollo's error (every GraphQL error in it), a
 * GraphQL response body or its `errors`, one GraphQL error, a plain /api answer `{ code, message }`, or
 * anything else with a `code` (a refused write kept in the outbox, a sync error).
 */
export function errorCodesOf(error: unknown): string[] {
  if (Array.isArray(error)) return error.flatMap(errorCodesOf);
  if (!error || typeof error !== 'object') return [];
  const { errors, extensions, code, bodyText } = error as {
    errors?: unknown;
    extensions?: { code?: unknown };
    code?: unknown;
    bodyText?: unknown;
  };
  // Apollo's CombinedGraphQLErrors holds `errors`; its ServerError, the body it could not read as data.
  if (Array.isArray(errors)) return errorCodesOf(errors);
  if (typeof bodyText === 'string') {
    try {
      return errorCodesOf(JSON.parse(bodyText));
    } catch {
      return [];
    }
  }
  if (typeof extensions?.code === 'string') return [extensions.code];
  return typeof code === 'string' ? [code] : [];
}

/** Whether a failed request carries `code`: the one way the app compares codes, so a misspelt one does not compile. */
export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return errorCodesOf(error).includes(code);
}
