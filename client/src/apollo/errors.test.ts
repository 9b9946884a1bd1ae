import { CombinedGraphQLErrors } from '@apollo/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { loadLanguage } from '../i18n/messages';
import { describeError } from './errors';

const answer = (code: string, message: string, extensions: Record<string, unknown> = {}) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions: { ...extensions, code } }] });

describe('describeError', () => {
  beforeAll(() => loadLanguage('en'));

  it('a form gets the message and the field messages in its language', () => {
    const refused = answer('USERNAME_TAKEN', 'Tên đăng nhập "lan" đã có người dùng.', { field: 'username' });
    expect(describeError(refused, 'vi')).toEqual({
      code: 'USERNAME_TAKEN',
      message: 'Tên đăng nhập "lan" đã có người dùng.',
      fields: { username: 'Tên đăng nhập "lan" đã có người dùng.' },
    });
    expect(describeError(refused, 'en')).toEqual({
      code: 'USERNAME_TAKEN',
      message: 'This username is already taken.',
      fields: { username: 'This username is already taken.' },
    });
    const invalid = answer('BAD_USER_INPUT', 'Dữ liệu không hợp lệ: Vui lòng nhập họ và tên.', {
      fields: [{ field: 'input.fullName', message: 'Vui lòng nhập họ và tên.' }],
    });
    expect(describeError(invalid, 'en').fields).toEqual({ fullName: en['error.fieldInvalid'] });
    expect(describeError(invalid, 'vi').fields).toEqual({ fullName: 'Vui lòng nhập họ và tên.' });
    expect(describeError(new Error('offline'), 'en')).toEqual({ code: 'NETWORK', message: null, fields: {} });
  });
});
