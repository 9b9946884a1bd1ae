import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { type ErrorCode, errorCodesOf, hasErrorCode } from './error-codes';

const answer = (code: string, message: string, extensions: Record<string, unknown> = {}) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions: { ...extensions, code } }] });

describe('hasErrorCode', () => {
  it.each<[string, unknown]>([
    ["Apollo's error", answer('VISIT_NOT_EDITABLE', 'Cuộc kiểm tra đã duyệt: không thể sửa kết quả nữa.')],
    ['a GraphQL body', { data: null, errors: [{ message: 'x', extensions: { code: 'VISIT_NOT_EDITABLE' } }] }],
    ['one GraphQL error', { message: 'x', extensions: { code: 'VISIT_NOT_EDITABLE' } }],
    ['an /api answer or a kept refusal', { code: 'VISIT_NOT_EDITABLE', message: 'x' }],
  ])('reads the code of %s', (_shape, error) => {
    expect(errorCodesOf(error)).toEqual(['VISIT_NOT_EDITABLE']);
    expect(hasErrorCode(error, 'VISIT_NOT_EDITABLE')).toBe(true);
    expect(hasErrorCode(error, 'VISIT_NOT_FOUND')).toBe(false);
  });

  it('finds a code among several errors, and none in what is not an answer', () => {
    const errors = { errors: [{ extensions: { code: 'FORBIDDEN' } }, { extensions: { code: 'UNAUTHENTICATED' } }] };
    expect(hasErrorCode(errors, 'UNAUTHENTICATED')).toBe(true);
    for (const nothing of [null, undefined, 'UNAUTHENTICATED', 401, new Error('UNAUTHENTICATED')]) {
      expect(hasErrorCode(nothing, 'UNAUTHENTICATED')).toBe(false);
    }
  });

  it('takes only a code of the schema', () => {
    const code: ErrorCode = 'VISIT_NOT_EDITABLE';
    // @ts-expect-error a misspelt code does not compile.
    expect(hasErrorCode({ code }, 'VISIT_NOT_EDITABEL')).toBe(false);
  });
});
