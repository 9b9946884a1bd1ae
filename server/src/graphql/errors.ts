import { randomUUID } from 'node:crypto';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { AppError, MASKED_MESSAGE, withoutSuggestions } from '../common/app-error.js';
import { formatConnectionError } from '../common/connection-errors.js';
import { type ErrorCode, isErrorCode } from '../common/error-codes.js';
import { LimitErrors } from '../common/limit-errors.js';
import type { Logger } from '../common/logger.js';
import { isTokenLimitMessage, QueryLimitError } from './limits.js';

/**
 * Errors that graphql-js and Apollo raise on the request itself (bad syntax, unknown field, a variable
 * of the wrong type). Their English text says nothing of the server, so it is kept as `detail` for
 * developers, under a Vietnamese message for the user.
 */
const REQUEST_ERROR_MESSAGES: Partial<Record<ErrorCode, string>> = {
  GRAPHQL_PARSE_FAILED: 'Yêu cầu gửi lên không đúng cú pháp.',
  GRAPHQL_VALIDATION_FAILED: 'Yêu cầu gửi lên không hợp lệ.',
  BAD_USER_INPUT: 'Dữ liệu gửi lên không đúng định dạng.',
  BAD_REQUEST: 'Yêu cầu gửi lên không hợp lệ.',
  OPERATION_RESOLUTION_FAILURE: 'Yêu cầu gửi lên không hợp lệ.',
  PERSISTED_QUERY_NOT_FOUND: 'Yêu cầu gửi lên không hợp lệ.',
  PERSISTED_QUERY_NOT_SUPPORTED: 'Yêu cầu gửi lên không hợp lệ.',
};

export interface FormatErrorOptions {
  /** Drop graphql-js's "Did you mean ...?" hints, which spell out the schema when introspection is off. */
  hideSuggestions: boolean;
}

/**
 * The one place errors are shaped for clients. AppErrors and validation errors keep their code and
 * message; requests refused by a limit get the limit's code; other request errors pass; anything else
 * is logged with an id and masked.
 */
export function createFormatError(logger: Logger, options: FormatErrorOptions = { hideSuggestions: true }) {
  const detailOf = (message: string) => (options.hideSuggestions ? withoutSuggestions(message) : message);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const limit = error instanceof GraphQLError ? error.originalError : null;
    if (limit instanceof QueryLimitError) {
      return { message: limit.userMessage, extensions: { code: limit.code, detail: limit.message } };
    }
    if (
      formatted.extensions?.code === ('GRAPHQL_PARSE_FAILED' satisfies ErrorCode) &&
      isTokenLimitMessage(formatted.message)
    ) {
      const [code, message] = LimitErrors.tooLong();
      return { message, extensions: { code, detail: formatted.message } };
    }
    // An AppError raised before execution (a plugin refusing the operation) comes wrapped, without a path.
    const wrapped =
      error instanceof GraphQLError && error.originalError instanceof AppError ? error.originalError : null;
    const original = wrapped ?? unwrapResolverError(error);
    const unavailable = formatConnectionError(formatted, error);
    if (unavailable) return unavailable;
    if (original instanceof AppError) {
      return {
        message: original.message,
        path: formatted.path,
        extensions: { ...original.details, code: original.code },
      };
    }
    if (original instanceof ArgumentValidationError) {
      const fields = flattenValidationErrors(original.extensions.validationErrors as ValidationError[]);
      return {
        message: `Dữ liệu không hợp lệ: ${fields.map((f) => f.message).join(' ')}`,
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode, fields },
      };
    }
    const code = formatted.extensions?.code;
    const requestMessage = isErrorCode(code) ? REQUEST_ERROR_MESSAGES[code] : undefined;
    if (requestMessage && !formatted.path) {
      return {
        message: requestMessage,
        locations: formatted.locations,
        extensions: { code, detail: detailOf(formatted.message) },
      };
    }
    const errorId = randomUUID();
    logger.error({ err: original, errorId, path: formatted.path }, 'unexpected error');
    return {
      message: MASKED_MESSAGE,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' satisfies ErrorCode, errorId },
    };
  };
}

export interface FieldProblem {
  field: string;
  message: string;
}

function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(e.children ?? [], field)];
  });
}
