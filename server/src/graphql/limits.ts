import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { ErrorCode } from '../common/error-codes.js';
import { LimitErrors, type LimitRefusal } from '../common/limit-errors.js';
import { queryCostRule } from './query-cost.js';

/**
 * Limits on one GraphQL request, set well above what the PWA's own operations need (a test checks every
 * generated client document against them), so that only hand-made abusive queries are refused.
 */
export const GRAPHQL_LIMITS = {
  /** Nested field levels, fragments flattened (the client's deepest operation has 5). */
  maxDepth: 8,
  maxAliases: 15,
  maxDirectives: 10,
  /**
   * Fields resolved, counting each list as its page size or assumed size (query-cost.ts): about the
   * values the server reads and sends. The client's costliest document (every checklist template with
   * its versions' groups and items) is about 13,000; ReviewVisits, a year's visits, 6,500.
   */
  maxCost: 20_000,
  /** Lexical tokens of the document, checked while parsing so a huge document costs little (client: < 200). */
  maxTokens: 2_000,
  /** Operations in one batched HTTP request (a JSON array). */
  maxBatch: 5,
} as const;

export type GraphQLLimits = { [K in keyof typeof GRAPHQL_LIMITS]: number };

/**
 * A request refused by a limit. Apollo reports it as a validation failure (HTTP 400); the error
 * formatter then gives it this code and message instead of GRAPHQL_VALIDATION_FAILED.
 */
export class QueryLimitError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    readonly userMessage: string,
    detail: string,
  ) {
    super(detail);
    this.name = 'QueryLimitError';
  }
}

const reject =
  ([code, message]: LimitRefusal) =>
  (context: ValidationContext | null, error: GraphQLError) => {
    context?.reportError(new QueryLimitError(code, message, error.message.replace(/^Syntax Error: /, '')));
  };

/** The validation rules that enforce the limits (graphql-armor's rules, reporting our own codes). */
export function limitRules(limits: GraphQLLimits = GRAPHQL_LIMITS): ValidationRule[] {
  const common = { propagateOnRejection: false, exposeLimits: true } as const;
  return [
    maxDepthRule({
      ...common,
      flattenFragments: true,
      n: limits.maxDepth,
      onReject: [reject(LimitErrors.tooDeep(limits.maxDepth))],
    }),
    maxAliasesRule({
      ...common,
      n: limits.maxAliases,
      onReject: [reject(LimitErrors.tooManyAliases(limits.maxAliases))],
    }),
    maxDirectivesRule({
      ...common,
      n: limits.maxDirectives,
      onReject: [reject(LimitErrors.tooManyDirectives(limits.maxDirectives))],
    }),
    queryCostRule(limits.maxCost, reject(LimitErrors.tooCostly())),
  ];
}

/** graphql-js's own message when `parse` stops at `maxTokens`. */
export const isTokenLimitMessage = (message: string) => /Document contains more th(?:at|an) \d+ tokens/.test(message);
