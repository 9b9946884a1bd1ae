import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AppError } from './app-error.js';
import { DATABASE_UNAVAILABLE, formatConnectionError, isConnectionError } from './connection-errors.js';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isConnectionError', () => {
  it.each([
    ['PostgreSQL shutting down (57P01)', withCode('57P01', 'terminating connection due to administrator command')],
    ['PostgreSQL starting up (57P03)', withCode('57P03', 'the database system is starting up')],
    ['connection failure (08006)', withCode('08006')],
    ['too many connections (53300)', withCode('53300')],
    ['refused', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['reset', withCode('ECONNRESET')],
    ['every address refused', new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')])],
    ['the pg driver, no code', new Error('Connection terminated unexpectedly')],
    ['knex pool', Object.assign(new Error('Knex: Timeout acquiring a connection.'), { name: 'KnexTimeoutError' })],
    [
      'a knex transaction ended when its connection died',
      Object.assign(new Error('Transaction query already complete, run with DEBUG=knex:tx for more info'), {
        name: 'DriverException',
      }),
    ],
    ['wrapped by GraphQL', new GraphQLError('Context creation failed', { originalError: withCode('57P01') })],
    ['wrapped as a cause', new Error('query failed', { cause: withCode('ECONNREFUSED') })],
  ])('%s: yes', (_name, error) => {
    expect(isConnectionError(error)).toBe(true);
  });

  it.each([
    ['unique violation (23505)', withCode('23505', 'duplicate key value violates unique constraint')],
    ['syntax error (42601)', withCode('42601')],
    ['serialization failure (40001)', withCode('40001')],
    ['disk full (53100)', withCode('53100')],
    ['an AppError', new AppError('VISIT_NOT_EDITABLE', 'Cuộc kiểm tra đã nộp.')],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['not an error', 'ECONNREFUSED'],
    ['nothing', null],
  ])('%s: no', (_name, error) => {
    expect(isConnectionError(error)).toBe(false);
  });

  it('does not loop on an error that is its own cause', () => {
    const error = new Error('x') as Error & { cause?: unknown };
    error.cause = error;
    expect(isConnectionError(error)).toBe(false);
  });
});

describe('formatConnectionError', () => {
  it('answers with the code and the Vietnamese message only, keeping the path', () => {
    const error = new GraphQLError('connect ECONNREFUSED 127.0.0.1:5432', {
      originalError: withCode('ECONNREFUSED'),
      path: ['syncBatch'],
    });
    const formatted = formatConnectionError({ message: error.message, path: ['syncBatch'] }, error);
    expect(formatted).toEqual({
      message: expect.stringMatching(/cơ sở dữ liệu/),
      path: ['syncBatch'],
      extensions: { code: DATABASE_UNAVAILABLE },
    });
    expect(formatConnectionError({ message: 'x' }, new Error('x'))).toBeNull();
  });
});
