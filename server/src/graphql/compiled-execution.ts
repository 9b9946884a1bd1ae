import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  GraphQLError,
  type GraphQLSchema,
  getVariableValues,
  printSchema,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { RequestContext } from '../common/request-context.js';

type Gateway = ApolloServerOptionsWithGateway<RequestContext>['gateway'];

/**
 * How often a document runs through graphql-js before it is compiled. The app's own documents (a phone
 * lists its visits again and again) are compiled on their second use; a document seen once, such as a
 * hand-written query or a probe, is never worth compiling.
 */
export const COMPILE_AFTER_RUNS = 1;

/** Requests answered by a compiled query since the process started (read by tests and benchmarks). */
export const compiledExecutionStats = { compiledRuns: 0 };

interface DocumentPlan {
  runs: number;
  /** Per operation name: the compiled query, or null when graphql-jit could not compile it. */
  compiled: Map<string, CompiledQuery | null>;
}

/**
 * Executes operations with graphql-jit instead of graphql-js: the same schema, resolvers and result,
 * with the per-field work of graphql-js (argument coercion, resolve info, completion) compiled once per
 * document into plain functions. On the visit lists, graphql-js took more CPU than the SQL it ran.
 *
 * It is plugged in through Apollo Server's documented executor seam (the `gateway` option, which
 * Apollo calls after parsing, validation with the limit rules and context creation), so errors go
 * through the same formatError, masking and plugins as before. Apollo caches parsed documents by their
 * text, so a repeated query arrives as the same DocumentNode and its compiled form is found again; the
 * WeakMap forgets it when Apollo's cache does.
 */
export function compiledExecution(schema: GraphQLSchema): Gateway {
  const plans = new WeakMap<DocumentNode, DocumentPlan>();

  const compiledFor = (document: DocumentNode, operationName: string | null): CompiledQuery | null => {
    let plan = plans.get(document);
    if (!plan) {
      plan = { runs: 0, compiled: new Map() };
      plans.set(document, plan);
    }
    if (plan.runs < COMPILE_AFTER_RUNS) {
      plan.runs++;
      return null;
    }
    const key = operationName ?? '';
    let compiled = plan.compiled.get(key);
    if (compiled === undefined) {
      // A document graphql-jit cannot compile (or throws on) keeps running through graphql-js.
      try {
        const result = compileQuery(schema, document, operationName ?? undefined);
        compiled = isCompiledQuery(result) ? result : null;
      } catch {
        compiled = null;
      }
      plan.compiled.set(key, compiled);
    }
    return compiled;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async load() {
      return {
        async executor(requestContext): Promise<ExecutionResult> {
          const { document, operationName, request } = requestContext;
          const contextValue = requestContext.context as RequestContext;
          const variables = request.variables ?? {};
          const compiled = compiledFor(document, operationName);
          if (compiled) {
            // Variables are checked by graphql-js, so that a bad one is refused with the same error
            // (and Apollo's BAD_USER_INPUT and 400) as before; nothing has run when it is refused.
            const checked = getVariableValues(schema, requestContext.operation.variableDefinitions ?? [], variables, {
              maxErrors: 50,
            });
            if (checked.errors) return { errors: checked.errors };
            compiledExecutionStats.compiledRuns++;
            return withGraphQLErrors(await compiled.query(undefined, contextValue, variables));
          }
          return execute({ schema, document, operationName, variableValues: variables, contextValue });
        },
      };
    },
    async stop() {},
  };
}

/**
 * graphql-jit reports errors with its own GraphQLError look-alike, whose `extensions` stay undefined
 * unless the thrown error had some; Apollo's error formatting expects graphql-js errors. They are
 * rebuilt as graphql-js errors with the same message, path, extensions and original error, so that
 * formatError sees exactly what it sees from graphql-js.
 */
function withGraphQLErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors) return result;
  return {
    ...result,
    errors: result.errors.map((e) =>
      e instanceof GraphQLError && e.constructor === GraphQLError
        ? e
        : new GraphQLError(e.message, {
            path: e.path,
            originalError: e.originalError ?? undefined,
            extensions: e.extensions ?? undefined,
          }),
    ),
  };
}
