import { type DocumentNode, type FieldNode, Kind, parse, print, type SelectionSetNode, validate, visit } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as clientDocuments from '../../client/src/apollo/generated/graphql.js';
import type { Logger } from '../../server/src/common/logger.js';
import { GRAPHQL_LIMITS, limitRules } from '../../server/src/graphql/limits.js';
import { buildAppSchema } from '../../server/src/graphql/schema.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** A logger that keeps what the server logs, to check that unexpected errors are logged. */
function recordingLogger(lines: { level: string; args: unknown[] }[]): Logger {
  const logger: Record<string, unknown> = {};
  for (const level of ['fatal', 'error', 'warn', 'info', 'debug', 'trace']) {
    logger[level] = (...args: unknown[]) => lines.push({ level, args });
  }
  logger.child = () => logger;
  return logger as unknown as Logger;
}

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) };
}

const firstCode = (a: Answer) => a.body.errors?.[0]?.extensions?.code;

const logs: { level: string; args: unknown[] }[] = [];
let t: TestApp;
let prod: TestApp;
beforeAll(async () => {
  [t, prod] = await Promise.all([
    startTestApp({}, { logger: recordingLogger(logs) }),
    startTestApp({ NODE_ENV: 'production', SEED_DEMO: 'false', LOG_LEVEL: 'silent' }),
  ]);
});
afterAll(async () => {
  await Promise.all([t?.close(), prod?.close()]);
});

describe('query limits', () => {
  it('refuses a query nested too deep with 400 QUERY_TOO_DEEP', async () => {
    const deep = `{ __type(name: "Query") { fields { type { ${'ofType { '.repeat(8)}name${' }'.repeat(8)} } } } }`;
    const res = await post(t.url, { query: deep });
    expect(res.status).toBe(400);
    expect(firstCode(res)).toBe('QUERY_TOO_DEEP');
    expect(res.body.errors?.[0]?.message).toBe(`Yêu cầu lồng nhau quá sâu: tối đa ${GRAPHQL_LIMITS.maxDepth} cấp.`);
    expect(res.body.data).toBeUndefined();
  });

  it('refuses too many aliases with 400 QUERY_TOO_MANY_ALIASES', async () => {
    const aliases = Array.from({ length: GRAPHQL_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { id }`).join(' ');
    const res = await post(t.url, { query: `{ ${aliases} }` });
    expect(res.status).toBe(400);
    expect(firstCode(res)).toBe('QUERY_TOO_MANY_ALIASES');
    // at the limit it runs
    const fine = Array.from({ length: GRAPHQL_LIMITS.maxAliases }, (_, i) => `a${i}: me { id }`).join(' ');
    expect((await post(t.url, { query: `{ ${fine} }` })).status).toBe(200);
  });

  it('refuses too many directives with 400 QUERY_TOO_MANY_DIRECTIVES', async () => {
    const fields = ['id', 'username', 'fullName', 'role', 'active', 'unitId'];
    const query = `{ me { ${fields.map((f) => `${f} @include(if: true) @skip(if: false)`).join(' ')} } }`;
    const res = await post(t.url, { query });
    expect(res.status).toBe(400);
    expect(firstCode(res)).toBe('QUERY_TOO_MANY_DIRECTIVES');
  });

  it('refuses a costly query with 400 QUERY_TOO_COSTLY', async () => {
    // The same fragment spread many times is valid GraphQL (the fields merge) but is counted each time.
    const query = `{ checklistTemplates { ${'...T '.repeat(60)}} }
      fragment T on ChecklistTemplate { id draft { groups { id items { id code text guidance legalBasis points } } } }`;
    const res = await post(t.url, { query });
    expect(res.status).toBe(400);
    expect(firstCode(res)).toBe('QUERY_TOO_COSTLY');
    expect(res.body.errors?.[0]?.message).toMatch(/quá nhiều dữ liệu/);
  });

  it('refuses a document of too many tokens with 400 QUERY_TOO_LONG, before parsing it all', async () => {
    const res = await post(t.url, { query: `{ me { ${'id '.repeat(GRAPHQL_LIMITS.maxTokens)}} }` });
    expect(res.status).toBe(400);
    expect(firstCode(res)).toBe('QUERY_TOO_LONG');
  });

  it(`runs a batch of up to ${GRAPHQL_LIMITS.maxBatch} operations and refuses a larger one with 400 BATCH_TOO_LARGE`, async () => {
    const op = { query: '{ me { id } }' };
    const ok = await post(
      t.url,
      Array.from({ length: GRAPHQL_LIMITS.maxBatch }, () => op),
    );
    expect(ok.status).toBe(200);
    expect(ok.body).toHaveLength(GRAPHQL_LIMITS.maxBatch);
    const res = await post(
      t.url,
      Array.from({ length: GRAPHQL_LIMITS.maxBatch + 1 }, () => op),
    );
    expect(res.status).toBe(400);
    expect(firstCode(res)).toBe('BATCH_TOO_LARGE');
    expect(res.body.errors?.[0]?.message).toBe(`Mỗi lần chỉ được gửi tối đa ${GRAPHQL_LIMITS.maxBatch} thao tác.`);
  });

  it('refuses a body over 1 MB with 413 REQUEST_TOO_LARGE, as JSON', async () => {
    const res = await post(t.url, { query: '{ me { id } }', variables: { pad: 'x'.repeat(1024 * 1024) } });
    expect(res.status).toBe(413);
    expect(firstCode(res)).toBe('REQUEST_TOO_LARGE');
  });

  it('refuses a body that is not JSON with 400 and a code, not a 500', async () => {
    const res = await post(t.url, '{"query": ');
    expect(res.status).toBe(400);
    expect(firstCode(res)).toBe('BAD_REQUEST_BODY');
  });

  it('lets every operation of the PWA through (as Apollo Client sends them, with __typename)', async () => {
    const schema = await buildAppSchema();
    const documents = Object.entries(clientDocuments).filter(
      (entry): entry is [string, DocumentNode] =>
        entry[0].endsWith('Document') && (entry[1] as DocumentNode | undefined)?.kind === Kind.DOCUMENT,
    );
    expect(documents.length).toBeGreaterThan(30);
    const typename: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };
    for (const [name, document] of documents) {
      const sent = visit(document, {
        SelectionSet: (node: SelectionSetNode, _key, parent) =>
          parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION
            ? undefined
            : { ...node, selections: [...node.selections, typename] },
      });
      const source = print(sent);
      expect(() => parse(source, { maxTokens: GRAPHQL_LIMITS.maxTokens }), name).not.toThrow();
      expect(validate(schema, sent, limitRules()).map((e) => `${name}: ${e.message}`)).toEqual([]);
    }
  });
});

describe('introspection and field suggestions', () => {
  const INTROSPECTION = '{ __schema { queryType { name } } }';

  it('are off in production', async () => {
    const introspection = await post(prod.url, { query: INTROSPECTION });
    expect(introspection.status).toBe(400);
    expect(firstCode(introspection)).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await post(prod.url, { query: '{ mee { id } }' });
    expect(typo.status).toBe(400);
    expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean|"me"/);
  });

  it('are on outside production, for developers', async () => {
    const introspection = await post(t.url, { query: INTROSPECTION });
    expect(introspection.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const typo = await post(t.url, { query: '{ mee { id } }' });
    expect(typo.body.errors?.[0]?.extensions?.detail).toMatch(/Did you mean "me"\?/);
  });

  it('production serves no GraphQL landing page', async () => {
    const res = await fetch(`${prod.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(400);
    expect(await res.text()).not.toMatch(/<html|sandbox|embeddable/i);
  });
});

describe('unexpected errors', () => {
  it('a resolver failing unexpectedly returns a masked message with an id, and the error is logged', async () => {
    await t.sql('alter table sign_in_throttle rename to sign_in_throttle_broken');
    try {
      const res = await post(t.url, {
        query: 'mutation ($input: SignInInput!) { signIn(input: $input) { id } }',
        variables: { input: { username: 'admin', password: 'whatever-1234' } },
      });
      expect(res.status).toBe(200);
      const error = res.body.errors?.[0];
      expect(error?.message).toBe('Đã xảy ra lỗi không mong muốn. Vui lòng thử lại sau.');
      expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(res.body)).not.toMatch(/sign_in_throttle|relation|does not exist|stack/i);
      const errorId = error?.extensions?.errorId;
      const logged = logs.find(
        (line) => line.level === 'error' && (line.args[0] as { errorId?: string } | undefined)?.errorId === errorId,
      );
      expect(logged).toBeDefined();
      expect(String((logged?.args[0] as { err?: Error } | undefined)?.err?.message)).toMatch(/sign_in_throttle/);
    } finally {
      await t.sql('alter table sign_in_throttle_broken rename to sign_in_throttle');
    }
  });
});

describe('CSRF prevention', () => {
  it('refuses a simple-request POST (text/plain, as a cross-site form could send) without running it', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('set-cookie')).toBeNull();
    const body = (await res.json()) as Answer['body'];
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(body.data).toBeUndefined();
  });

  it('refuses a GET query without a preflight header, and runs it with one', async () => {
    const url = `${t.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`;
    expect((await fetch(url)).status).toBe(400);
    const ok = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(ok.status).toBe(200);
  });
});
