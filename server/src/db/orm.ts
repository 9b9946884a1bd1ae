import { ReflectMetadataProvider } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, MikroORM, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { SignInThrottle, UserSession } from '../features/auth/session.entity.js';
import { Unit } from '../features/units/unit.entity.js';
import { User } from '../features/users/user.entity.js';
import { migrationsList } from './migrations/index.js';

export const ENTITIES = [Unit, User, UserSession, SignInThrottle];

export function ormConfig(clientUrl: string, poolSize: number) {
  return defineConfig({
    driver: PostgreSqlDriver,
    clientUrl,
    entities: ENTITIES,
    metadataProvider: ReflectMetadataProvider,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    extensions: [Migrator],
    migrations: {
      migrationsList,
      path: 'src/db/migrations',
      emit: 'ts',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    pool: { min: 0, max: poolSize },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: false,
  });
}

/** Connects and applies every pending migration; the schema never changes any other way. */
export async function openOrm(clientUrl: string, poolSize: number): Promise<MikroORM> {
  const orm = await MikroORM.init(ormConfig(clientUrl, poolSize));
  await orm.getMigrator().up();
  return orm;
}
