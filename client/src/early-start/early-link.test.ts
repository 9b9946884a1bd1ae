import { ApolloClient, ApolloLink } from '@apollo/client';
import { print } from '@apollo/client/utilities';
import { of } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { earlyQueries } from '../../build/inline-documents';
import { createCache } from '../apollo/client';
import { FieldVisitDocument, MeDocument } from '../apollo/generated/graphql';
import type { EarlyAnswer } from './boot';
import { earlyAnswersLink } from './early-link';

const someone = {
  me: {
    __typename: 'User',
    id: 'u1',
    username: 'kiemtra',
    fullName: 'Lương Văn Tuấn',
    role: 'INSPECTOR',
    can: ['VISIT_CONDUCT'],
    active: true,
    mustChangePassword: false,
    unitId: null,
    unit: null,
  },
};

/** A client whose network answers `me: null` and records what it was asked. */
function clientWith(answers: EarlyAnswer[], now = () => 0) {
  const sent: string[] = [];
  const network = new ApolloLink((operation) => {
    sent.push(print(operation.query));
    return of({ data: { me: null } });
  });
  const client = new ApolloClient({
    cache: createCache(),
    link: ApolloLink.from([earlyAnswersLink(answers, now), network]),
  });
  return { client, sent };
}

const meAnswer = (data: Record<string, unknown> | null, query = earlyQueries().Me): EarlyAnswer => ({
  operationName: 'Me',
  variables: {},
  query,
  result: Promise.resolve(data),
});

describe('early queries', () => {
  it('are the text Apollo Client sends for their documents', async () => {
    const { client, sent } = clientWith([]);
    await client.query({ query: MeDocument });
    await client.query({ query: FieldVisitDocument, variables: { id: 'v1' } }).catch(() => undefined);
    expect(sent).toEqual([earlyQueries().Me, earlyQueries().FieldVisit]);
  });
});

describe('earlyAnswersLink', () => {
  it('answers the first matching query from the early answer, later ones from the network', async () => {
    const { client, sent } = clientWith([meAnswer(someone)]);
    expect((await client.query({ query: MeDocument })).data).toEqual(someone);
    expect(sent).toHaveLength(0);
    expect((await client.query({ query: MeDocument, fetchPolicy: 'network-only' })).data).toEqual({ me: null });
    expect(sent).toHaveLength(1);
  });

  it('asks the network when the early request failed, its text differs or it is no longer fresh', async () => {
    for (const [answer, now] of [
      [meAnswer(null), 0],
      [meAnswer(someone, 'query Me { me { id } }'), 0],
      [meAnswer(someone), 60_000],
    ] as const) {
      const { client, sent } = clientWith([answer], () => now);
      expect((await client.query({ query: MeDocument })).data).toEqual({ me: null });
      expect(sent).toHaveLength(1);
    }
  });
});
