import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { errorText, isErrorCode } from '../i18n/error-messages';
import { type Language, translate } from '../i18n/messages';
import type { ErrorCode } from './error-codes';

/** What a form shows after a failed request: the message and per-field messages, in the UI's language. */
export interface RequestProblem {
  /** NETWORK: no answer from the API; UNKNOWN: an answer without a code this build knows. */
  code: ErrorCode | 'NETWORK' | 'UNKNOWN';
  /** The error's message, or null when the server could not be reached (show the network message). */
  message: string | null;
  fields: Record<string, string>;
}

interface FormattedError {
  message: string;
  extensions?: Record<string, unknown>;
}

function fromGraphQLError(first: FormattedError, language: Language): RequestProblem {
  const ext = first.extensions ?? {};
  const message = errorText(language, ext.code, first.message);
  const fields: Record<string, string> = {};
  if (Array.isArray(ext.fields)) {
    for (const item of ext.fields as { field?: unknown; message?: unknown }[]) {
      if (typeof item.field === 'string' && typeof item.message === 'string') {
        // The server's validation messages are Vietnamese, one per rule: other languages say it once.
        fields[item.field.replace(/^input\./, '')] =
          language === 'vi' ? item.message : translate(language, 'error.fieldInvalid');
      }
    }
  }
  if (typeof ext.field === 'string' && message) fields[ext.field] = message;
  return { code: isErrorCode(ext.code) ? ext.code : 'UNKNOWN', message, fields };
}

/** A failed request as a form shows it, in `language`. */
export function describeError(error: unknown, language: Language): RequestProblem {
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) return fromGraphQLError(error.errors[0], language);
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: FormattedError[] };
      if (body.errors?.[0]) return fromGraphQLError(body.errors[0], language);
    } catch {
      // Not JSON: a proxy or the network answered, not the API.
    }
  }
  return { code: 'NETWORK', message: null, fields: {} };
}

/** True when the failure is the network (offline, server down), not an answer from the API. */
export function isNetworkProblem(error: unknown): boolean {
  return describeError(error, 'vi').code === 'NETWORK';
}
