import { createApp } from './app.js';
import { ConfigError, loadConfig } from './common/config.js';
import { createLogger } from './common/logger.js';
import { DataFolderInUseError } from './db/data-folder-lock.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './db/seeders/demo-data.js';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    console.error(err instanceof ConfigError ? err.message : err);
    process.exit(1);
  }
  const logger = createLogger(config);
  const app = await createApp(config, { logger });

  // Before the server says it is ready: a SIGTERM sent as soon as it is must find the handler (without
  // one, Node dies at once and leaves the PGlite folder locked).
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error('shutdown took too long, exiting');
      process.exit(1);
    }, 15_000);
    timer.unref();
    await app.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  const url = await app.listen();
  logger.info({ url, database: app.database.kind }, 'listening');

  const lines = [
    ``,
    `  Kỷ cương đang chạy tại ${url}`,
    `  Cơ sở dữ liệu: ${app.database.kind === 'pglite' ? `PGlite nhúng trong ${config.dataDir}` : 'PostgreSQL'}`,
  ];
  if (config.seedDemo) {
    lines.push(`  Tài khoản demo (mật khẩu: ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) lines.push(`    ${a.username.padEnd(10)} ${a.role}`);
  }
  console.log(`${lines.join('\n')}\n`);
}

main().catch((err) => {
  // Another process on the PGlite folder: its message says what to do; a stack would bury it.
  console.error(err instanceof DataFolderInUseError ? `${err.code}: ${err.message}` : err);
  process.exit(1);
});
