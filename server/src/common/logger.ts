import { type Logger, pino } from 'pino';
import type { AppConfig } from './config.js';

export type { Logger };

/** Structured JSON logs, one line per event. */
export function createLogger(config: Pick<AppConfig, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'kycuong' },
    redact: { paths: ['*.password', '*.newPassword', '*.currentPassword', 'req.headers.cookie'], remove: true },
  });
}
