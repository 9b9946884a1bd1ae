import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { openOrm } from './db/orm.js';
import { AnnualReportService, type ReportFormat } from './features/annual-report/annual-report.service.js';
import { AppError } from './graphql/errors.js';
import { createLogger } from './logger.js';

const USAGE = 'usage: pnpm cli report annual --year <YYYY> --out <file.docx|file.pdf>';

/** `--name value` pairs after the command words. */
function options(args: string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i];
    const value = args[i + 1];
    if (!name?.startsWith('--') || value === undefined) throw new UsageError(`unexpected argument "${name}"`);
    found.set(name.slice(2), value);
  }
  return found;
}

class UsageError extends Error {}

/**
 * Office commands run against the configured database (DATABASE_URL, or the embedded PGlite in
 * DATA_DIR, as the server uses it). Pending migrations are applied; no demo data is loaded.
 */
async function run(argv: string[]): Promise<number> {
  const [group, command, ...rest] = argv;
  if (group !== 'report' || command !== 'annual') throw new UsageError(`unknown command "${argv.join(' ')}"`);
  const opts = options(rest);
  const year = Number(opts.get('year'));
  const out = opts.get('out');
  if (!Number.isInteger(year)) throw new UsageError('--year must be a year, e.g. 2021');
  if (!out) throw new UsageError('--out is required');
  const format = path.extname(out).slice(1).toLowerCase();
  if (format !== 'docx' && format !== 'pdf') throw new UsageError('--out must end in .docx or .pdf');

  const config = loadConfig(process.env, (msg) => console.error(msg));
  const logger = createLogger({ logLevel: 'warn' });
  const database = await openDatabase(config.databaseUrl, config.dataDir, logger, 2);
  try {
    const orm = await openOrm(database.url, database.poolSize);
    try {
      const report = await new AnnualReportService(orm.em.fork()).render(year, format as ReportFormat);
      writeFileSync(out, report.bytes);
      console.log(`wrote ${path.resolve(out)} (${report.bytes.length} bytes)`);
      return 0;
    } finally {
      await orm.close();
    }
  } finally {
    await database.close();
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    if (err instanceof UsageError) {
      console.error(`${err.message}\n${USAGE}`);
      process.exit(2);
    }
    if (err instanceof AppError) {
      console.error(`${err.code}: ${err.message}`);
      process.exit(1);
    }
    console.error(err);
    process.exit(1);
  },
);
