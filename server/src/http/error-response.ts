import type { Response } from 'express';
import { AppError, MASKED_MESSAGE } from '../common/app-error.js';
import { databaseUnavailable, isConnectionError } from '../common/connection-errors.js';
import { httpStatusOf } from '../common/error-codes.js';
import type { Logger } from '../common/logger.js';

/** Sends `{ code, message, ...details }` with the code's status (common/error-codes.ts). */
export function sendAppError(res: Response, err: AppError): void {
  res.status(httpStatusOf(err.code)).json({ ...err.details, code: err.code, message: err.message });
}

/**
 * Sends an error of a plain HTTP route as JSON, the same codes and Vietnamese messages as GraphQL;
 * anything unexpected is logged and masked.
 */
export function sendHttpError(res: Response, err: unknown, logger: Logger): void {
  if (isConnectionError(err)) err = databaseUnavailable();
  if (err instanceof AppError) {
    sendAppError(res, err);
    return;
  }
  logger.error({ err }, 'http request failed');
  sendAppError(res, new AppError('INTERNAL_SERVER_ERROR', MASKED_MESSAGE));
}
