import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from './common/app-error.js';
import { type AppConfig, loadConfig } from './common/config.js';
import { createLogger } from './common/logger.js';
import { backupCommand } from './db/backup/db-backup.js';
import { restoreCommand } from './db/backup/db-restore.js';
import { DataFolderInUseError } from './db/data-folder-lock.js';
import { openDatabase } from './db/database.js';
import { moveDatabase } from './db/move/db-move.js';
import { openOrm } from './db/orm.js';
import { AnnualReportService, type ReportFormat } from './features/annual-report/annual-report.service.js';
import { readAnchors } from './features/audit/audit-anchor.js';
import { type ChainProblem, readChain, verifyChain } from './features/audit/audit-chain.js';
import { AuditChainSeal } from './features/audit/audit-seal.js';

const USAGE = [
  'usage: pnpm cli report annual --year <YYYY> --out <file.docx|file.pdf>',
  '       pnpm cli audit verify',
  '       pnpm cli db move --to <postgres://… of a new, empty database>',
  '       pnpm cli backup --out <file.tar>',
  '       pnpm cli restore --from <file.tar>   (into the empty DATABASE_URL, or the empty DATA_DIR)',
].join('\n');

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
  if (group === 'report' && command === 'annual') return reportAnnual(rest);
  if (group === 'audit' && command === 'verify' && rest.length === 0) return auditVerify();
  if (group === 'db' && command === 'move') return dbMove(rest);
  if (group === 'backup') return backup(argv.slice(1));
  if (group === 'restore') return restore(argv.slice(1));
  throw new UsageError(`unknown command "${argv.join(' ')}"`);
}

/** Runs `work` with an entity manager on the configured database, then lets go of it. */
async function withDatabase(work: (em: EntityManager, config: AppConfig) => Promise<number>): Promise<number> {
  const config = loadConfig(process.env, (msg) => console.error(msg));
  const logger = createLogger({ logLevel: 'warn' });
  const database = await openDatabase(config.databaseUrl, config.dataDir, logger, 2);
  try {
    const orm = await openOrm(database, new AuditChainSeal(config, logger));
    try {
      return await work(orm.em.fork(), config);
    } finally {
      await orm.close();
    }
  } finally {
    await database.close();
  }
}

/** Where a problem is, as the office reads it: the entry (and its position), or the anchor's line. */
function problemPlace(p: ChainProblem, anchorFile: string): string {
  const entry = p.entryId ? `entry #${p.entryId}${p.position ? ` (position ${p.position})` : ''}` : null;
  const anchor = p.anchorLine ? `anchor line ${p.anchorLine} of ${anchorFile}` : null;
  return [entry, anchor].filter(Boolean).join(', ') || 'the start of the chain';
}

/**
 * Checks the audit trail: links, keyed hashes, time order along the chain, and the chain's length and
 * head against the signed anchors in AUDIT_ANCHOR_FILE. Exits 1 naming every entry found wrong and
 * the check that found it.
 */
function auditVerify(): Promise<number> {
  return withDatabase(async (em, config) => {
    const { anchors, unreadable } = readAnchors(config.auditAnchorFile, config.auditKey);
    for (const line of unreadable) {
      console.error(`warning: line ${line} of ${config.auditAnchorFile} is not an anchor (cut short by a crash?)`);
    }
    const verdict = await verifyChain(readChain(em), { key: config.auditKey, anchors });
    if (verdict.intact) {
      console.log(
        `audit chain intact: ${verdict.entries} entries${verdict.headEntryId ? `; last entry #${verdict.headEntryId}, hash ${verdict.headHash}` : ''}`,
      );
      if (verdict.legacyEntries > 0) {
        console.log(
          `${verdict.legacyEntries} entries were sealed before AUDIT_KEY (unkeyed), all before the keyed ones`,
        );
      }
      const newest = verdict.newestAnchor?.anchor;
      console.log(
        newest
          ? `${verdict.anchors} anchors checked in ${config.auditAnchorFile}; the newest, written ${newest.writtenAt}, covers ${newest.seq} entries`
          : `no anchor in ${config.auditAnchorFile} (the chain is empty)`,
      );
      return 0;
    }
    for (const p of verdict.problems) {
      console.error(`audit chain BROKEN at ${problemPlace(p, config.auditAnchorFile)} [${p.check}]: ${p.reason}`);
    }
    if (verdict.moreProblems > 0) console.error(`... and ${verdict.moreProblems} more problems`);
    console.error(
      `audit chain BROKEN: ${verdict.problems.length + verdict.moreProblems} problems in ${verdict.entries} entries`,
    );
    return 1;
  });
}

/** The embedded PGlite of DATA_DIR into the empty PostgreSQL database of `--to` (docs/operations.md). */
function dbMove(rest: string[]): Promise<number> {
  const to = options(rest).get('to');
  if (!to || !/^postgres(ql)?:\/\//.test(to)) throw new UsageError('--to must be a postgres:// URL');
  const config = loadConfig(process.env, (msg) => console.error(msg));
  return moveDatabase(
    config,
    to,
    (line) => console.log(line),
    (line) => console.error(line),
  );
}

/** A backup file of the configured database, the app running or not (docs/operations.md). */
function backup(rest: string[]): Promise<number> {
  const out = options(rest).get('out');
  if (!out) throw new UsageError('--out is required');
  const config = loadConfig(process.env, (msg) => console.error(msg));
  return backupCommand(
    config,
    out,
    (line) => console.log(line),
    (line) => console.error(line),
  );
}

/** A backup file into the configured, empty database or data folder (docs/operations.md). */
function restore(rest: string[]): Promise<number> {
  const from = options(rest).get('from');
  if (!from) throw new UsageError('--from is required');
  const config = loadConfig(process.env, (msg) => console.error(msg));
  return restoreCommand(
    config,
    from,
    (line) => console.log(line),
    (line) => console.error(line),
  );
}

async function reportAnnual(rest: string[]): Promise<number> {
  const opts = options(rest);
  const year = Number(opts.get('year'));
  const out = opts.get('out');
  if (!Number.isInteger(year)) throw new UsageError('--year must be a year, e.g. 2021');
  if (!out) throw new UsageError('--out is required');
  const format = path.extname(out).slice(1).toLowerCase();
  if (format !== 'docx' && format !== 'pdf') throw new UsageError('--out must end in .docx or .pdf');

  return withDatabase(async (em) => {
    const report = await new AnnualReportService(em).render(year, format as ReportFormat);
    writeFileSync(out, report.bytes);
    console.log(`wrote ${path.resolve(out)} (${report.bytes.length} bytes)`);
    return 0;
  });
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    if (err instanceof UsageError) {
      console.error(`${err.message}\n${USAGE}`);
      process.exit(2);
    }
    if (err instanceof AppError || err instanceof DataFolderInUseError) {
      console.error(`${err.code}: ${err.message}`);
      process.exit(1);
    }
    console.error(err);
    process.exit(1);
  },
);
