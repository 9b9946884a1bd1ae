import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Everything the server reads from the environment, validated once at boot. */
export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** A PostgreSQL URL; without it the embedded PGlite in `dataDir` is used. */
  databaseUrl: string | undefined;
  /** Connections the server keeps to DATABASE_URL. */
  databasePoolSize: number;
  dataDir: string;
  /** Key for hashing session tokens before they are stored. */
  sessionSecret: string;
  sessionTtlHours: number;
  /**
   * Key of the audit chain's HMACs and of its anchors. Kept outside the database, so someone who can
   * write the database can neither forge an entry nor recompute the chain after an edit.
   */
  auditKey: string;
  /** Append-only file of signed checkpoints of the audit chain's head, outside the database. */
  auditAnchorFile: string;
  cookieSecure: boolean;
  /**
   * Express's `trust proxy`: false, a number of proxy hops, or addresses/subnets of the proxies. The
   * client address (for sign-in throttling) and TLS (for HSTS and Secure cookies) are read from the
   * X-Forwarded-* headers only as far as these proxies vouch for them.
   */
  trustProxy: false | number | string[];
  /** Failed sign-ins of one account from one address before that address is locked out of it. */
  signInMaxFailures: number;
  /** Failed sign-ins from one address, whatever the account, before the address is locked. */
  signInMaxFailuresPerAddress: number;
  /** The counting window and the lock time. */
  signInLockMinutes: number;
  /** Failed sign-ins of one account from unknown addresses before its password checks are spaced out. */
  signInAccountSlowdownAfter: number;
  /** In that slowdown, seconds between two password checks of the account from unknown addresses. */
  signInAccountSlowdownSeconds: number;
  /** Threads used only for password hashing and checking (scrypt, 128 MiB each while it runs). */
  passwordHashThreads: number;
  /** Password derivations that may wait for a thread; past that, sign-ins get SIGN_IN_BUSY at once. */
  passwordHashQueue: number;
  /** Load the demo department, units and users into an empty database. */
  seedDemo: boolean;
  /**
   * With the demo, record the 2025 reform in it (the merger of 01/03/2025, the area ranger stations of
   * 01/07/2025); false leaves the demo as it stood before the reform, to record the reform by hand.
   */
  seedDemoReform: boolean;
  /**
   * syncBatch writes runs of answers in sets (reads once per run, one flush), the default; false applies
   * every write one by one, each through its own mutation and savepoint (the reference the bulk path is
   * tested against, tests/server/sync-bulk-property.test.ts), a way back should the bulk path misbehave.
   */
  syncBulkWrites: boolean;
  /** Largest accepted photo or signature upload, in bytes. */
  maxUploadBytes: number;
  /** Smallest piece of a photo sent in pieces, except its last piece (so 1-byte pieces cannot be sent). */
  uploadMinPieceBytes: number;
  /** Bytes one user may hold in unfinished uploads plus uploaded files not attached to anything. */
  uploadQuotaBytes: number;
  /** An unfinished upload without a new piece for this long is removed by the cleanup job. */
  abandonedUploadHours: number;
  /** An uploaded file still attached to nothing after this many days is removed by the cleanup job. */
  unattachedFileDays: number;
  /** Where uploaded bytes live: in PostgreSQL (default) or in a folder. */
  fileStorage: 'postgres' | 'folder';
  fileStorageDir: string;
  /** Folder of the built client served at `/`; null serves no client. */
  clientDist: string | null;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** The SMTP server for notification e-mail; null (SMTP_HOST not set): no e-mail is sent. */
  smtp: SmtpSettings | null;
  /** The app's public address (https://...), for the links in e-mail; null: e-mail says the path only. */
  publicUrl: string | null;
  /** The contact given to push services with each push (VAPID subject): a mailto: or https: address. */
  vapidSubject: string;
}

export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user: string | null;
  password: string | null;
  /** The sender, e.g. "Kỷ cương <kycuong@snn.example.gov.vn>". */
  from: string;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n- ${problems.join('\n- ')}`);
  }
}

type Env = Record<string, string | undefined>;

export const SEED_DEMO_IN_PRODUCTION =
  'SEED_DEMO=true is refused when NODE_ENV=production: the demo accounts have a published password. Remove SEED_DEMO, or run the demo with NODE_ENV=development';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Reads and validates the configuration. Throws ConfigError listing every problem at once.
 * In development a missing SESSION_SECRET or AUDIT_KEY is generated and kept in the data folder, with
 * a warning; in production each must be given.
 */
export function loadConfig(env: Env = process.env, warn: (msg: string) => void = console.warn): AppConfig {
  const problems: string[] = [];
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (nodeEnv !== 'development' && nodeEnv !== 'production' && nodeEnv !== 'test') {
    problems.push(`NODE_ENV must be development, production or test (got "${nodeEnv}")`);
  }
  const isProduction = nodeEnv === 'production';

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
    if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
    problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  };

  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// URL');
  }
  const dataDir = path.resolve(env.DATA_DIR || './data');

  const secret = (name: string, file: string): string => {
    const value = env[name] ?? '';
    if (value && value.length < 32) {
      problems.push(`${name} must be at least 32 characters`);
    } else if (!value) {
      if (isProduction) {
        problems.push(`${name} is required when NODE_ENV=production (32+ random characters)`);
      } else {
        warn(
          `${name} is not set: using a generated development secret kept in ${path.join(dataDir, file)}. Set ${name} in production.`,
        );
        return developmentSecret(dataDir, file);
      }
    }
    return value;
  };
  const sessionSecret = secret('SESSION_SECRET', '.dev-session-secret');
  const auditKey = secret('AUDIT_KEY', '.dev-audit-key');

  const logLevel = (env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info')) as AppConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);

  const fileStorage = env.FILE_STORAGE || 'postgres';
  if (fileStorage !== 'postgres' && fileStorage !== 'folder') problems.push('FILE_STORAGE must be postgres or folder');

  // The demo accounts have a published password (README, the start banner): never in production.
  const seedDemo = bool('SEED_DEMO', !isProduction);
  if (isProduction && seedDemo) {
    problems.push(SEED_DEMO_IN_PRODUCTION);
  }

  const smtpHost = env.SMTP_HOST || null;
  const smtp: SmtpSettings | null = smtpHost
    ? {
        host: smtpHost,
        port: int('SMTP_PORT', 587, 1, 65535),
        secure: bool('SMTP_SECURE', false),
        user: env.SMTP_USER || null,
        password: env.SMTP_PASSWORD || null,
        from: env.SMTP_FROM || `Kỷ cương <kycuong@${smtpHost}>`,
      }
    : null;
  const publicUrl = env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/+$/, '') : null;
  if (publicUrl && !/^https?:\/\/[^/]+/.test(publicUrl)) problems.push('PUBLIC_URL must be an http(s):// address');
  const vapidSubject = env.VAPID_SUBJECT || 'mailto:kycuong@localhost';
  if (!/^(mailto:|https:\/\/)/.test(vapidSubject)) problems.push('VAPID_SUBJECT must be a mailto: or https:// address');

  const clientDistRaw = env.CLIENT_DIST ?? defaultClientDist();
  const config: AppConfig = {
    env: nodeEnv as AppConfig['env'],
    host: env.HOST || '0.0.0.0',
    port: int('PORT', 3000, 0, 65535),
    databaseUrl,
    databasePoolSize: int('DATABASE_POOL_SIZE', 10, 1, 200),
    dataDir,
    sessionSecret,
    sessionTtlHours: int('SESSION_TTL_HOURS', 7 * 24, 1, 90 * 24),
    auditKey,
    auditAnchorFile: path.resolve(env.AUDIT_ANCHOR_FILE || path.join(dataDir, 'audit-anchors.jsonl')),
    cookieSecure: bool('COOKIE_SECURE', isProduction),
    trustProxy: trustProxy(env.TRUST_PROXY, problems),
    signInMaxFailures: int('SIGN_IN_MAX_FAILURES', 5, 1, 100),
    signInMaxFailuresPerAddress: int('SIGN_IN_MAX_FAILURES_PER_ADDRESS', 50, 1, 10000),
    signInLockMinutes: int('SIGN_IN_LOCK_MINUTES', 15, 1, 24 * 60),
    signInAccountSlowdownAfter: int('SIGN_IN_ACCOUNT_SLOWDOWN_AFTER', 20, 1, 10000),
    signInAccountSlowdownSeconds: int('SIGN_IN_ACCOUNT_SLOWDOWN_SECONDS', 30, 1, 3600),
    passwordHashThreads: int('PASSWORD_HASH_THREADS', 1, 1, 16),
    passwordHashQueue: int('PASSWORD_HASH_QUEUE', 64, 0, 10000),
    seedDemo,
    seedDemoReform: bool('SEED_DEMO_REFORM', true),
    syncBulkWrites: bool('SYNC_BULK_WRITES', true),
    maxUploadBytes: int('MAX_UPLOAD_MB', 10, 1, 100) * 1024 * 1024,
    uploadMinPieceBytes: int('UPLOAD_MIN_PIECE_KB', 16, 1, 4096) * 1024,
    uploadQuotaBytes: int('UPLOAD_QUOTA_MB', 1000, 1, 1_000_000) * 1024 * 1024,
    abandonedUploadHours: int('UPLOAD_ABANDONED_HOURS', 48, 1, 24 * 365),
    unattachedFileDays: int('UNATTACHED_FILE_DAYS', 30, 1, 3650),
    fileStorage: fileStorage as AppConfig['fileStorage'],
    fileStorageDir: path.resolve(env.FILE_STORAGE_DIR || path.join(dataDir, 'files')),
    clientDist: clientDistRaw === '' ? null : path.resolve(clientDistRaw),
    logLevel,
    smtp,
    publicUrl,
    vapidSubject,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/**
 * TRUST_PROXY: `true` means the one reverse proxy in front (1 hop), never "trust every hop", under which
 * a client could pick its own address with X-Forwarded-For and escape the per-address sign-in limit.
 */
function trustProxy(raw: string | undefined, problems: string[]): AppConfig['trustProxy'] {
  const value = (raw ?? '').trim().toLowerCase();
  if (['', '0', 'false', 'no'].includes(value)) return false;
  if (['1', 'true', 'yes'].includes(value)) return 1;
  if (/^\d+$/.test(value) && Number(value) <= 10) return Number(value);
  const list = value.split(',').map((s) => s.trim());
  if (list.every((s) => /^(loopback|linklocal|uniquelocal|[0-9a-f.:]+(\/\d{1,3})?)$/.test(s))) return list;
  problems.push(
    'TRUST_PROXY must be false, true (one proxy), a number of proxy hops, or proxy addresses/subnets (e.g. "loopback,10.0.0.0/8")',
  );
  return false;
}

function defaultClientDist(): string {
  return path.resolve(import.meta.dirname, '../../../client/dist');
}

function developmentSecret(dataDir: string, name: string): string {
  const file = path.join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
