import { ApolloClient, ApolloLink } from '@apollo/client';
import { of } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { createCache } from './client';
import { MeDocument, UnitsDocument } from './generated/graphql';
import { sessionStateLink } from './network-link';

const someone = {
  __typename: 'User' as const,
  id: 'u1',
  username: 'tam.thoi',
  fullName: 'Người Tạm Thời',
  role: 'OFFICE' as const,
  can: ['UNIT_MANAGE' as const],
  active: true,
  mustChangePassword: false,
  unitId: null,
  unit: null,
};

/** A client whose every request is answered with one error of `code`. */
function answeringWith(code: string) {
  const cache = createCache();
  cache.writeQuery({ query: MeDocument, data: { me: someone } });
  const network = new ApolloLink(() => of({ errors: [{ message: 'refused', extensions: { code } }] }));
  return { cache, client: new ApolloClient({ cache, link: ApolloLink.from([sessionStateLink(cache), network]) }) };
}

describe('what an answer says about the session', () => {
  it('PASSWORD_CHANGE_REQUIRED marks the signed-in user, so the app shows the change-password screen', async () => {
    const { cache, client } = answeringWith('PASSWORD_CHANGE_REQUIRED');
    await expect(client.query({ query: UnitsDocument, fetchPolicy: 'network-only' })).rejects.toThrow();
    expect(cache.readQuery({ query: MeDocument })?.me).toMatchObject({ id: 'u1', mustChangePassword: true });
  });

  it('UNAUTHENTICATED signs the user out; other refusals change nothing', async () => {
    const ended = answeringWith('UNAUTHENTICATED');
    await expect(ended.client.query({ query: UnitsDocument, fetchPolicy: 'network-only' })).rejects.toThrow();
    expect(ended.cache.readQuery({ query: MeDocument })?.me).toBeNull();
    const forbidden = answeringWith('FORBIDDEN');
    await expect(forbidden.client.query({ query: UnitsDocument, fetchPolicy: 'network-only' })).rejects.toThrow();
    expect(forbidden.cache.readQuery({ query: MeDocument })?.me).toMatchObject({ mustChangePassword: false });
  });
});
