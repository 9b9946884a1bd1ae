import { describe, expect, it } from 'vitest';
import { keyOf, DB_NAME as PERSIST_DB, LAST_USER as PERSIST_LAST_USER, STORE } from '../apollo/persist';
import { VISIT_ADDRESS } from '../app/routes';
import { SIGN_OUT_OWED_KEY as OWED_KEY, SIGN_OUT_REQUEST } from '../features/auth/owed-sign-out';
import { CACHE_STORE, cacheKey, DB_NAME, LAST_USER, SIGN_OUT_OWED_KEY, SIGN_OUT_QUERY, VISIT_PATH } from './boot';

// boot.ts imports nothing from the app (it must stay a small script of its own): what it repeats must agree.
describe('boot.ts', () => {
  it('reads the database apollo/persist.ts writes', () => {
    expect([DB_NAME, CACHE_STORE, LAST_USER, cacheKey('u1')]).toEqual([
      PERSIST_DB,
      STORE,
      PERSIST_LAST_USER,
      keyOf('u1'),
    ]);
  });

  it('sends an owed sign-out as the app does', () => {
    expect([SIGN_OUT_OWED_KEY, SIGN_OUT_QUERY]).toEqual([OWED_KEY, SIGN_OUT_REQUEST.query]);
  });

  it("knows a visit's address as the app does", () => {
    expect(VISIT_PATH.source).toBe(VISIT_ADDRESS.source);
  });
});
