import { CombinedGraphQLErrors } from '@apollo/client';

/**
 * The criteria codes a refusal names (SELF_ASSESSMENT_INCOMPLETE and SELF_ASSESSMENT_APPRAISAL_INCOMPLETE
 * carry them all in `extensions.codes`, the message only the first ten), or none.
 */
export function refusedCodes(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const codes = error.errors[0]?.extensions?.codes;
  return Array.isArray(codes) ? codes.filter((code): code is string => typeof code === 'string') : [];
}
