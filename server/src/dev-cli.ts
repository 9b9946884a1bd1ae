import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { createLogger } from './common/logger.js';
import { openDatabase } from './db/database.js';
import { ormConfig } from './db/orm.js';
import { buildAppSchema, printAppSchema } from './graphql/schema.js';

const SCHEMA_FILE = path.resolve(import.meta.dirname, '../../schema/schema.graphql');

/** Developer commands: keep schema/schema.graphql current, and write a migration from entity changes. */
async function run(command: string | undefined): Promise<number> {
  switch (command) {
    case 'schema:emit': {
      writeFileSync(SCHEMA_FILE, printAppSchema(await buildAppSchema()));
      console.log(`wrote ${SCHEMA_FILE}`);
      return 0;
    }
    case 'schema:check': {
      const expected = printAppSchema(await buildAppSchema());
      let actual = '';
      try {
        actual = readFileSync(SCHEMA_FILE, 'utf8');
      } catch {
        // a missing file is stale too
      }
      if (actual !== expected) {
        console.error('schema/schema.graphql is stale: run `pnpm schema:emit` and commit it.');
        return 1;
      }
      console.log('schema/schema.graphql is current');
      return 0;
    }
    case 'migration:create': {
      // Diff the entities against a scratch database that has every committed migration applied.
      const database = await openDatabase(undefined, null, createLogger({ logLevel: 'warn' }));
      const orm = await MikroORM.init(ormConfig(database, database.poolSize));
      try {
        await orm.getMigrator().up();
        const result = await orm.getMigrator().createMigration(undefined, false, false);
        if (!result.fileName) {
          console.log('entities match the migrations: nothing to create');
        } else {
          console.log(`created src/db/migrations/${result.fileName}: add it to src/db/migrations/index.ts`);
        }
      } finally {
        await orm.close();
        await database.close();
      }
      return 0;
    }
    default:
      console.error('usage: dev-cli.js schema:emit | schema:check | migration:create');
      return 2;
  }
}

run(process.argv[2]).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
