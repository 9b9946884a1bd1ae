import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createLogger } from '../../server/src/common/logger.js';
import { type DatabaseEndpoint, openDatabase } from '../../server/src/db/database.js';

/** The PostgreSQL server the tests use, or undefined to run them on the embedded PGlite. */
export const TEST_SERVER_URL = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;

/**
 * A fresh, empty database for one test file: a new database on the real PostgreSQL server when
 * TEST_DATABASE_URL (or DATABASE_URL) is set, otherwise a new in-memory PGlite. Dropped on close.
 */
export async function createTestDatabase(): Promise<DatabaseEndpoint> {
  if (!TEST_SERVER_URL) return openDatabase(undefined, null, createLogger({ logLevel: 'silent' }));
  const name = `kycuong_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_SERVER_URL });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: 'postgresql',
    poolSize: 5,
    async close() {
      const client = new pg.Client({ connectionString: TEST_SERVER_URL });
      await client.connect();
      try {
        await client.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}
