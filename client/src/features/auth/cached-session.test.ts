import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createCache } from '../../apollo/client';
import { cachedSession } from './cached-session';
import { meQuery } from './operations';

const unit = { __typename: 'Unit' as const, id: 'd1', name: 'Phòng Nông nghiệp', code: 'PNN', kind: 'OTHER' as const };
const inspector = {
  __typename: 'User' as const,
  id: 'u1',
  username: 'kiemtra',
  fullName: 'Lương Văn Tuấn',
  role: 'INSPECTOR' as const,
  active: true,
  mustChangePassword: false,
  unitId: 'd1',
  unit,
};

/**
 * `me` as an app version from before the capabilities wrote it into the cache (parsed here, not a tagged
 * document, so that codegen does not take it for one of the app's operations).
 */
const meBeforeCan = parse(`
  query Me {
    me {
      id
      username
      fullName
      role
      active
      mustChangePassword
      unitId
      unit {
        id
        name
        code
        kind
      }
    }
  }
`);

describe('cachedSession', () => {
  it('gives the cached user with their capabilities', () => {
    const cache = createCache();
    cache.writeQuery({ query: meQuery, data: { me: { ...inspector, can: ['VISIT_CONDUCT'] } } });
    expect(cachedSession(cache)).toEqual({
      user: { ...inspector, can: ['VISIT_CONDUCT'] },
      capabilitiesUnknown: false,
    });
  });

  it("keeps a session cached before `can` signed in, with its role's capabilities until the server answers", () => {
    const cache = createCache();
    cache.writeQuery({ query: meBeforeCan, data: { me: inspector } });
    const session = cachedSession(cache);
    expect(session.capabilitiesUnknown).toBe(true);
    expect(session.user).toMatchObject({ id: 'u1', role: 'INSPECTOR', unit: { code: 'PNN' } });
    // The shared table's: an inspector opening an updated app without network still has their visits.
    expect(session.user?.can).toEqual(['CHECKLIST_READ', 'VISIT_CONDUCT', 'VISIT_READ_TEAM', 'FILE_UPLOAD']);
  });

  it('knows nobody when nothing, or too little, is cached', () => {
    expect(cachedSession(createCache())).toEqual({ user: null, capabilitiesUnknown: false });
    const cache = createCache();
    cache.writeQuery({
      query: parse('query Me { me { id username } }'),
      data: { me: { __typename: 'User', id: 'u1', username: 'x' } },
    });
    expect(cachedSession(cache)).toEqual({ user: null, capabilitiesUnknown: false });
  });

  it('knows nobody when the cached answer was that nobody is signed in', () => {
    const cache = createCache();
    cache.writeQuery({ query: meQuery, data: { me: null } });
    expect(cachedSession(cache)).toEqual({ user: null, capabilitiesUnknown: false });
  });
});
