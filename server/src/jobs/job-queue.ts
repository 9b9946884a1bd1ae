import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import PgBoss from 'pg-boss';
import type { Logger } from '../common/logger.js';
import type { DatabaseEndpoint } from '../db/database.js';

/** A recurring job: its name, when it runs (cron, server time) and what it does. */
export interface RecurringJob {
  name: string;
  cron: string;
  run(): Promise<unknown>;
}

/**
 * A job run when asked (an evidence pack), with what it is to work on. Whichever instance takes it runs
 * it; one that dies mid-run leaves it to be taken again once `expireInSeconds` has passed.
 */
export interface RequestedJob<Data extends object = object> {
  name: string;
  /** How long a run may take before the queue takes it as lost. */
  expireInSeconds: number;
  /** Runs after a lost one; a run that ends in an error of its own records it and does not throw. */
  retryLimit: number;
  run(data: Data): Promise<unknown>;
}

/** What a request handler may do with the queue: ask for a job to be run. */
export interface JobSender {
  /** Queues a requested job; resolves with its id once stored. */
  send(name: string, data: object): Promise<string>;
}

/**
 * Background jobs on pg-boss (PostgreSQL only, schema `pgboss`): a job is taken by one instance at a time
 * (SKIP LOCKED), so several instances can run the same schedule safely, and a job that fails is retried.
 * Started and stopped with the app; features add their RecurringJob, or a RequestedJob to send.
 */
export interface JobQueue extends JobSender {
  /** Runs a job now, through the queue like its schedule would, and resolves when it has finished. */
  runNow(name: string): Promise<void>;
  stop(): Promise<void>;
}

/** The part of a pooled `pg` client used here. */
interface PgConnection {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] } | { rows: unknown[] }[]>;
}
interface KnexPoolClient {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<unknown>;
}

/** A value as an SQL literal, the way `pg` would have sent it as a parameter. */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const prepared = pgUtils.prepareValue(value) as string | Buffer | null;
  if (prepared === null) return 'NULL';
  if (Buffer.isBuffer(prepared)) return `'\\x${prepared.toString('hex')}'::bytea`;
  return pg.escapeLiteral(String(prepared));
}

// pg's own conversion of parameters (arrays to PostgreSQL arrays, objects to JSON, dates), not re-exported.
const pgUtils = (await import('pg/lib/utils.js' as string)) as { prepareValue(value: unknown): unknown };

/** `$1`, `$2`... replaced by the values as literals. */
export function inlineParameters(text: string, values: readonly unknown[]): string {
  return text.replace(/\$(\d+)/g, (whole, n: string) => {
    const index = Number(n) - 1;
    return index < values.length ? literal(values[index]) : whole;
  });
}

/**
 * pg-boss's SQL through the ORM's own pool, so the jobs open no connections of their own (PGlite's socket
 * takes only the ORM's). On PGlite each statement goes as one simple-protocol message with its values
 * inlined: its connections share one backend session, where two connections' unnamed prepared statements
 * would overwrite each other (see db/read-rows.ts). On PostgreSQL the values are bound as usual.
 */
function ormDb(orm: MikroORM, database: DatabaseEndpoint): PgBoss.Db {
  const pool = orm.em.getKnex().client as unknown as KnexPoolClient;
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const connection = await pool.acquireConnection();
      try {
        const result =
          database.kind === 'pglite' && values.length > 0
            ? await connection.query(inlineParameters(text, values))
            : await connection.query(text, values.length > 0 ? values : undefined);
        // A text of several statements answers one result each; pg-boss reads the last.
        return Array.isArray(result) ? (result.at(-1) ?? { rows: [] }) : result;
      } finally {
        await pool.releaseConnection(connection);
      }
    },
  };
}

export async function startJobQueue(
  orm: MikroORM,
  database: DatabaseEndpoint,
  logger: Logger,
  jobs: RecurringJob[],
  requested: RequestedJob[] = [],
): Promise<JobQueue> {
  const boss = new PgBoss({
    db: ormDb(orm, database),
    schema: 'pgboss',
    // Maintenance and the cron clock: pg-boss keeps each to one instance at a time with an advisory lock.
    supervise: true,
    schedule: true,
    migrate: true,
  });
  boss.on('error', (err) => logger.error({ err }, 'job queue error'));
  await boss.start();
  for (const job of jobs) {
    await boss.createQueue(job.name);
    await boss.schedule(job.name, job.cron);
    await boss.work(job.name, { pollingIntervalSeconds: 0.5 }, async () => {
      const started = Date.now();
      const result = await job.run();
      logger.info({ job: job.name, result, ms: Date.now() - started }, 'job done');
      return result;
    });
  }
  for (const job of requested) {
    await boss.createQueue(job.name, {
      name: job.name,
      expireInSeconds: job.expireInSeconds,
      retryLimit: job.retryLimit,
    });
    // One run at a time per instance: a pack is long, and the instance keeps answering requests.
    await boss.work<object>(job.name, { pollingIntervalSeconds: 0.5, batchSize: 1 }, async ([taken]) => {
      if (!taken) return null;
      const started = Date.now();
      const result = await job.run(taken.data);
      logger.info({ job: job.name, id: taken.id, ms: Date.now() - started }, 'job done');
      return result;
    });
  }
  return {
    async send(name, data) {
      const id = await boss.send(name, data);
      if (!id) throw new Error(`job ${name} was not queued`);
      return id;
    },
    async runNow(name) {
      const id = await boss.send(name, {});
      if (!id) throw new Error(`job ${name} was not queued`);
      for (;;) {
        const job = await boss.getJobById(name, id);
        if (job?.state === 'completed') return;
        if (job?.state === 'failed' || job?.state === 'cancelled') {
          throw new Error(`job ${name} ${job.state}: ${JSON.stringify(job.output)}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
