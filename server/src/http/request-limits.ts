import type { NextFunction, Request, Response } from 'express';
import { MASKED_MESSAGE } from '../common/app-error.js';
import { httpStatusOf } from '../common/error-codes.js';
import { LimitErrors, type LimitRefusal } from '../common/limit-errors.js';
import type { Logger } from '../common/logger.js';

const isGraphQL = (req: Request) => req.originalUrl.split('?')[0] === '/graphql';

/**
 * Sends a refusal the way the route's clients read errors: a GraphQL body on /graphql, `{ code, message }`
 * elsewhere; with the code's status (common/error-codes.ts) unless the body parser gave its own.
 */
function refuse(req: Request, res: Response, [code, message]: LimitRefusal, status = httpStatusOf(code)): void {
  if (isGraphQL(req)) res.status(status).json({ errors: [{ message, extensions: { code } }] });
  else res.status(status).json({ code, message });
}

/** Refuses a batched GraphQL request (a JSON array) with more operations than `max`. */
export function graphqlBatchLimit(max: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (Array.isArray(req.body) && req.body.length > max) {
      refuse(req, res, LimitErrors.batchTooLarge(max));
      return;
    }
    next();
  };
}

/**
 * The last error handler: bodies refused by the body parsers (too large, not JSON) get their own
 * status and a code instead of Express's HTML page; anything else is logged and masked.
 */
export function requestErrorHandler(logger: Logger) {
  return (err: Error & { type?: string; status?: number }, req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) {
      next(err);
      return;
    }
    if (err.type === 'entity.too.large') {
      // The rest of the body is not read: the client must not send its next request on this connection.
      res.setHeader('Connection', 'close');
      refuse(req, res, LimitErrors.requestTooLarge());
      return;
    }
    if (typeof err.status === 'number' && err.status >= 400 && err.status < 500 && err.type) {
      const code = err.type === 'entity.parse.failed' ? 'BAD_REQUEST_BODY' : 'BAD_REQUEST';
      refuse(req, res, [code, 'Dữ liệu gửi lên không đúng định dạng.'], err.status);
      return;
    }
    logger.error({ err, path: req.originalUrl.split('?')[0] }, 'http request failed');
    refuse(req, res, ['INTERNAL_SERVER_ERROR', MASKED_MESSAGE]);
  };
}
