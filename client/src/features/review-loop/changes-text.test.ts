import { describe, expect, it } from 'vitest';
import type { MessageParams } from '../../i18n/messages';
import type { MessageKey } from '../../i18n/vi';
import { vi } from '../../i18n/vi/all';
import { type ChangeRow, changeSinceReturnText } from './changes-text';

const t = (key: MessageKey, params: MessageParams = {}) =>
  (vi[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));

describe('changeSinceReturnText', () => {
  it.each<[ChangeRow, string]>([
    [{ kind: 'ANSWER', count: 1, fromResult: 'PASS', toResult: 'FAIL' }, 'Sửa kết quả: Đạt → Không đạt'],
    [
      { kind: 'ANSWER', count: 2, fromResult: null, toResult: 'NOT_APPLICABLE' },
      'Sửa kết quả: chưa trả lời → Không áp dụng',
    ],
    [{ kind: 'ANSWER', count: 2, fromResult: 'FAIL', toResult: 'FAIL' }, 'Sửa nội dung trả lời (2 lần)'],
    [{ kind: 'PHOTO_ADDED', count: 3 }, 'Thêm 3 ảnh'],
    [{ kind: 'PHOTO_REMOVED', count: 1 }, 'Gỡ 1 ảnh'],
    [{ kind: 'SIGNATURE', count: 2 }, 'Ký lại biên bản (2 chữ ký)'],
    [{ kind: 'ATTENDEES', count: 1 }, 'Sửa thành phần tham dự'],
    [{ kind: 'CONCLUSION', count: 4 }, 'Sửa kết luận'],
    [{ kind: 'UNIT_COMMENTS', count: 1 }, 'Sửa ý kiến của đơn vị'],
    [{ kind: 'FINDING', count: 2 }, 'Sửa tồn tại (2 lần)'],
    [{ kind: 'FINDING_ADDED', count: 1 }, 'Ghi 1 tồn tại mới'],
    [{ kind: 'FINDING_REMOVED', count: 1 }, 'Bỏ 1 tồn tại'],
  ])('%j → %s', (row, expected) => {
    expect(changeSinceReturnText(row, t)).toBe(expected);
  });
});
