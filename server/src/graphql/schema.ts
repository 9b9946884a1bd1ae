import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuthResolver } from '../features/auth/auth.resolver.js';
import { UnitsResolver } from '../features/units/units.resolver.js';
import { UsersResolver } from '../features/users/users.resolver.js';
import { authChecker } from './auth-checker.js';

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [AuthResolver, UnitsResolver, UsersResolver],
    authChecker,
    validate: { forbidUnknownValues: false, stopAtFirstError: false },
  });
}

/** The SDL committed as schema/schema.graphql, sorted so that it only changes when the API does. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
