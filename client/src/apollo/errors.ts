import { CombinedGraphQLErrors, ServerError } from '@apollo/client';

/** What a form shows after a failed request: the server's Vietnamese message and per-field messages. */
export interface RequestProblem {
  code: string;
  /** The server's message, or null when the server could not be reached (show the network message). */
  message: string | null;
  fields: Record<string, string>;
}

interface FormattedError {
  message: string;
  extensions?: Record<string, unknown>;
}

function fromGraphQLError(first: FormattedError): RequestProblem {
  const ext = first.extensions ?? {};
  const fields: Record<string, string> = {};
  if (Array.isArray(ext.fields)) {
    for (const item of ext.fields as { field?: unknown; message?: unknown }[]) {
      if (typeof item.field === 'string' && typeof item.message === 'string') {
        fields[item.field.replace(/^input\./, '')] = item.message;
      }
    }
  }
  if (typeof ext.field === 'string') fields[ext.field] = first.message;
  return { code: typeof ext.code === 'string' ? ext.code : 'UNKNOWN', message: first.message, fields };
}

export function describeError(error: unknown): RequestProblem {
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) return fromGraphQLError(error.errors[0]);
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: FormattedError[] };
      if (body.errors?.[0]) return fromGraphQLError(body.errors[0]);
    } catch {
      // Not JSON: a proxy or the network answered, not the API.
    }
  }
  return { code: 'NETWORK', message: null, fields: {} };
}

/** True when the failure is the network (offline, server down), not an answer from the API. */
export function isNetworkProblem(error: unknown): boolean {
  return describeError(error).code === 'NETWORK';
}
