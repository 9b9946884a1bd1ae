import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import compression from 'compression';
import { parse as parseCookies } from 'cookie';
import express, { type Express, type RequestHandler } from 'express';
import { type AppConfig, ConfigError, SEED_DEMO_IN_PRODUCTION } from './common/config.js';
import { databaseUnavailablePlugin, withDatabaseUnavailable } from './common/connection-errors.js';
import { createLogger, type Logger } from './common/logger.js';
import type { RequestContext } from './common/request-context.js';
import { startBackupChannel } from './db/backup/backup-channel.js';
import { writeBackup } from './db/backup/db-backup.js';
import { withHeldPglite } from './db/backup/snapshot.js';
import { type DatabaseEndpoint, openDatabase } from './db/database.js';
import { openOrm } from './db/orm.js';
import { seedDemoData } from './db/seeders/demo-data.js';
import { annualReportRouter } from './features/annual-report/annual-report.http.js';
import { AuditChainSeal } from './features/audit/audit-seal.js';
import { AuthService, SESSION_COOKIE } from './features/auth/auth.service.js';
import { passwordChangeRequiredPlugin } from './features/auth/password-change-required.js';
import { passwordWork } from './features/auth/password-work.js';
import { signInCleanupJob } from './features/auth/sign-in-cleanup.js';
import { checklistsRouter } from './features/checklists/checklists.http.js';
import { documentsRouter } from './features/documents/documents.http.js';
import { FolderFileStorage, PostgresFileStorage } from './features/files/file-storage.js';
import { filesRouter } from './features/files/files.http.js';
import { filesCleanupJob } from './features/files/files-cleanup.js';
import { smtpSender } from './features/notifications/email-sender.js';
import { NotificationDelivery, notificationDeliveryJob } from './features/notifications/notification-delivery.js';
import { remindersJob } from './features/notifications/reminders.js';
import { loadVapidKeys } from './features/notifications/vapid-keys.js';
import { registersRouter } from './features/registers/registers.http.js';
import { rollupRouter } from './features/rollup/rollup.http.js';
import { evidencePacksCleanupJob } from './features/self-assessment/outputs/evidence-pack.service.js';
import { evidencePackJob } from './features/self-assessment/outputs/evidence-pack-builder.js';
import { selfAssessmentOutputsRouter } from './features/self-assessment/outputs/outputs.http.js';
import { selfAssessmentRouter } from './features/self-assessment/self-assessment.http.js';
import { unitImportRouter } from './features/units/unit-import.http.js';
import { compiledExecution } from './graphql/compiled-execution.js';
import { GraphQLRequestContext } from './graphql/context.js';
import { createFormatError } from './graphql/errors.js';
import { GRAPHQL_LIMITS, limitRules } from './graphql/limits.js';
import { buildAppSchema } from './graphql/schema.js';
import { notFound } from './http/api-fallback.js';
import { serveClient } from './http/client-files.js';
import { refuseSimpleRequests } from './http/csrf.js';
import { graphqlBatchLimit, requestErrorHandler } from './http/request-limits.js';
import { securityHeaders } from './http/security-headers.js';
import { type JobQueue, startJobQueue } from './jobs/job-queue.js';

/**
 * Runs `compress` only for a request that says it takes a compressed answer: a caller that sends no
 * Accept-Encoding (a script, a health probe) skips the negotiation and the response wrapping.
 */
function compressWhenAccepted(compress: RequestHandler): RequestHandler {
  return (req, res, next) => (req.headers['accept-encoding'] ? compress(req, res, next) : next());
}

export interface App {
  express: Express;
  server: Server;
  orm: MikroORM;
  database: DatabaseEndpoint;
  logger: Logger;
  /** Whether the demo data was loaded at this start. */
  seeded: boolean;
  /** Background jobs (the cleanups, the evidence packs, the reminders), on the app's database. */
  jobs: JobQueue;
  /** Sends push and e-mail for new notifications after their commit. */
  notifications: NotificationDelivery;
  listen(port?: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

export interface CreateAppOptions {
  /** An already opened database (tests); otherwise one is opened from the config. */
  database?: DatabaseEndpoint;
  logger?: Logger;
}

/** Builds the whole server: database and migrations, GraphQL, health checks and the client. Used by main, the CLI and tests. */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<App> {
  // loadConfig refuses this already; a config built by hand must not get round it.
  if (config.seedDemo && config.env === 'production') throw new ConfigError([SEED_DEMO_IN_PRODUCTION]);
  const logger = options.logger ?? createLogger(config);
  passwordWork.configure({ threads: config.passwordHashThreads, queue: config.passwordHashQueue });
  const database =
    options.database ?? (await openDatabase(config.databaseUrl, config.dataDir, logger, config.databasePoolSize));
  let orm: MikroORM | undefined;
  try {
    const seal = new AuditChainSeal(config, logger);
    orm = await openOrm(database, seal);
    await seal.anchorUnkeyedChain(orm.em.fork());
    const seeded = config.seedDemo ? await seedDemoData(orm.em.fork(), { reform: config.seedDemoReform }) : false;
    if (seeded) logger.info('demo data loaded');
    return await assemble(config, logger, database, !options.database, orm, seeded);
  } catch (err) {
    await orm?.close();
    if (!options.database) await database.close();
    throw err;
  }
}

async function assemble(
  config: AppConfig,
  logger: Logger,
  database: DatabaseEndpoint,
  ownsDatabase: boolean,
  orm: MikroORM,
  seeded: boolean,
): Promise<App> {
  const app = express();
  const server = createServer(app);
  app.disable('x-powered-by');
  // No ETag computed over every JSON answer: GraphQL answers are POSTs and never revalidated, and the
  // routes that benefit set their own (photos by their hash; the client's files through sendFile).
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);
  const development = config.env === 'development';
  // Apollo's development landing page (Sandbox) is an inline script from a CDN: only it goes without the CSP.
  app.use(securityHeaders({ skipCspFor: (req) => development && req.method === 'GET' && req.path === '/graphql' }));
  app.use((req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const urlPath = req.originalUrl.split('?')[0];
      if (urlPath === '/healthz' || urlPath === '/readyz') return;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info({ method: req.method, path: urlPath, status: res.statusCode, ms: Math.round(ms) }, 'request');
    });
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready', database: database.kind });
    } catch (err) {
      logger.warn({ err }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable' });
    }
  });

  const apollo = new ApolloServer<RequestContext>({
    gateway: compiledExecution(await buildAppSchema()),
    formatError: createFormatError(logger, { hideSuggestions: config.env === 'production' }),
    includeStacktraceInErrorResponses: false,
    introspection: config.env !== 'production',
    validationRules: limitRules(GRAPHQL_LIMITS),
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    allowBatchedHttpRequests: true,
    csrfPrevention: true,
    // main.ts stops everything in order on SIGTERM/SIGINT. Apollo's own handler (outside NODE_ENV=test)
    // stopped it first and raised the signal again, and the app's close then never finished: the process
    // was killed by the shutdown timer with PGlite open and its data folder's lock left behind.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      // No cache hints are used (every answer is private to its user); the default plugin would still
      // wrap every field resolver to compute them.
      ApolloServerPluginCacheControlDisabled(),
      databaseUnavailablePlugin,
      passwordChangeRequiredPlugin,
      ...(development ? [] : [ApolloServerPluginLandingPageDisabled()]),
    ],
  });
  await apollo.start();
  const storage =
    config.fileStorage === 'folder' ? new FolderFileStorage(config.fileStorageDir) : new PostgresFileStorage();
  const notifications = new NotificationDelivery(
    orm,
    config,
    await loadVapidKeys(orm.em.fork()),
    smtpSender(config.smtp),
    logger,
  );
  orm.em.getEventManager().registerSubscriber(notifications);
  const jobs = await startJobQueue(
    orm,
    database,
    logger,
    [
      filesCleanupJob(orm, storage, config),
      signInCleanupJob(orm, config),
      evidencePacksCleanupJob(orm),
      remindersJob(orm, notifications),
      notificationDeliveryJob(notifications),
    ],
    [evidencePackJob(orm, storage, logger)],
  );
  app.use(
    '/graphql',
    // A visit's answer is 15-20 KB of JSON; gzip makes it a few KB on a phone's slow network.
    compressWhenAccepted(compression({ threshold: 1024 })),
    // Every answer is one user's data: no browser or proxy cache keeps it (a shared phone, a proxy).
    (_req, res, next) => {
      res.setHeader('Cache-Control', 'no-store');
      next();
    },
    express.json({ limit: '1mb' }),
    graphqlBatchLimit(GRAPHQL_LIMITS.maxBatch),
    expressMiddleware(apollo, {
      context: withDatabaseUnavailable(async ({ req, res }): Promise<RequestContext> => {
        const em = orm.em.fork();
        const token = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
        const session = await new AuthService(em, config).resolveSession(token);
        return new GraphQLRequestContext(em, session, req, res, config, logger, jobs);
      }),
    }),
  );

  app.use(refuseSimpleRequests());
  app.use(filesRouter(orm, config, storage, logger));
  app.use(documentsRouter(orm, config, storage, logger));
  app.use(checklistsRouter(orm, config, logger));
  app.use(registersRouter(orm, config, logger));
  app.use(unitImportRouter(orm, config, logger));
  app.use(annualReportRouter(orm, config, logger));
  app.use(rollupRouter(orm, config, logger));
  app.use(selfAssessmentRouter(orm, config, logger));
  app.use(selfAssessmentOutputsRouter(orm, config, logger));

  app.use(notFound({ apiOnly: true }));
  serveClient(app, config.clientDist);
  app.use(notFound({ apiOnly: false }));
  app.use(requestErrorHandler(logger));

  // On the embedded PGlite, `pnpm cli backup` asks this process (which holds the data folder) for a backup.
  const embedded = database.embedded;
  const backupChannel = embedded
    ? await startBackupChannel(
        embedded.dataDir,
        (out) => withHeldPglite(embedded.db, (snapshot) => writeBackup(snapshot, config, out)),
        logger,
      )
    : null;

  let closed = false;
  return {
    express: app,
    server,
    orm,
    database,
    logger,
    seeded,
    jobs,
    notifications,
    listen(port = config.port, host = config.host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address() as AddressInfo;
          const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
          resolve(`http://${shownHost}:${address.port}`);
        });
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      await apollo.stop();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
      if (backupChannel) await new Promise<void>((resolve) => backupChannel.close(() => resolve()));
      await jobs.stop();
      await notifications.idle();
      await orm.close();
      if (ownsDatabase) await database.close();
    },
  };
}
