import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, translate } from '../../i18n/messages';
import type { MessageKey } from '../../i18n/vi';
import { answerValueText, type Conflict, changeText, conflictCountByItem, describeConflict } from './conflicts';

// The messages these texts use are loaded with their screens in the app.
beforeAll(() => Promise.all([loadCatalogue('visit'), loadCatalogue('field'), loadCatalogue('office')]));

const t = (key: MessageKey, params?: Record<string, string | number>) => translate('vi', key, params);
/** An instant given as the day and time it was in Vietnam (UTC+7), as the screens show it. */
const local = (y: number, m: number, d: number, h: number, min: number) =>
  new Date(Date.UTC(y, m - 1, d, h - 7, min)).toISOString();

describe('answerValueText', () => {
  it.each([
    [{ passFail: 'PASS' }, 'Đạt'],
    [{ passFail: 'FAIL', note: 'Không đeo thẻ.' }, 'Không đạt · Ghi chú: Không đeo thẻ.'],
    [
      { passFail: 'FAIL', note: null, foundText: 'Sổ ghi đến 30/4', recommendation: 'Ghi sổ hằng ngày' },
      'Không đạt · Thực trạng: Sổ ghi đến 30/4 · Kiến nghị: Ghi sổ hằng ngày',
    ],
    [{ passFail: 'NOT_APPLICABLE', numberValue: null, textValue: null, note: '  ' }, 'Không áp dụng'],
    [{ numberValue: 97.85 }, '97,85'],
    [{ numberValue: 1234.5 }, '1.234,5'],
    [{ numberValue: 21.8537 }, '21,8537'],
    [{ numberValue: 0 }, '0'],
    [{ textValue: 'Có niêm yết' }, '“Có niêm yết”'],
    [{ passFail: null, numberValue: null, textValue: null, note: null }, '(để trống)'],
    [{ passFail: 'MAYBE' }, '(để trống)'],
    [null, '(để trống)'],
    ['PASS', '(để trống)'],
  ])('%j → %s', (value, expected) => {
    expect(answerValueText(value, t)).toBe(expected);
  });
});

describe('changeText', () => {
  it.each([
    [{ kind: 'ANSWER_ITEM', itemId: 'i1', passFail: 'FAIL' }, '1.1', 'Sửa kết quả tiêu chí 1.1'],
    [{ kind: 'ANSWER_ITEM', itemId: 'gone' }, null, 'Sửa kết quả tiêu chí ?'],
    [{ kind: 'SET_VISIT_CONCLUSION', conclusion: 'x' }, null, 'Sửa kết luận'],
    [{ kind: 'SET_VISIT_UNIT_COMMENTS', unitComments: 'x' }, null, 'Sửa ý kiến của đơn vị'],
    [{ kind: 'PHOTO', itemId: 'i1', fileId: 'f' }, '2.3', 'Thêm ảnh minh chứng tiêu chí 2.3'],
    [{ kind: 'PHOTO', itemId: null, fileId: 'f' }, null, 'Thêm ảnh'],
    [{ kind: 'ATTACH_VISIT_FILE', fileId: 'f' }, null, 'Thêm ảnh'],
    [{ kind: 'SIGNATURE_TEAM_LEAD', fileId: 'f' }, null, 'Thêm chữ ký trưởng đoàn'],
    [{ kind: 'SIGNATURE_UNIT_REPRESENTATIVE', fileId: 'f' }, null, 'Thêm chữ ký đại diện đơn vị'],
    [{ kind: 'SIGNATURE_SECRETARY', fileId: 'f' }, null, 'Thêm chữ ký thư ký'],
    [{ kind: 'REMOVE_VISIT_ATTACHMENT', attachmentId: 'a' }, null, 'Xóa ảnh hoặc chữ ký'],
    [{ kind: 'SET_VISIT_ATTENDEES', attendees: [] }, null, 'Sửa thành phần tham dự'],
    [{ kind: 'SAVE_FINDING', itemId: 'i1' }, '1.4', 'Ghi tồn tại của tiêu chí 1.4'],
    [{ kind: 'SAVE_FINDING' }, null, 'Ghi tồn tại, hạn chế'],
    [{ kind: 'DELETE_FINDING' }, null, 'Xóa tồn tại'],
    [{ kind: 'START_VISIT' }, null, 'Bắt đầu kiểm tra'],
    [{ kind: 'SUBMIT_VISIT' }, null, 'Gửi duyệt'],
    [{ kind: 'SOMETHING_NEW' }, null, 'Thay đổi khác'],
    [{}, null, 'Thay đổi khác'],
  ])('%j (item %s) → %s', (value, code, expected) => {
    expect(changeText(value, code, t)).toBe(expected);
  });
});

describe('describeConflict', () => {
  const visit = {
    conclusion: 'Đơn vị chấp hành tốt.',
    unitComments: null,
    answers: [
      { id: 'a1', itemId: 'i1', passFail: 'PASS' as const, numberValue: null, textValue: null, note: null },
      { id: 'a2', itemId: 'i2', passFail: null, numberValue: 12.5, textValue: null, note: 'Đo lại' },
    ].map((answer) => ({ ...answer, foundText: null, recommendation: null, updatedByName: 'Lương Văn Tuấn' })),
  };
  const base: Conflict = {
    id: 'c',
    kind: 'CONCURRENT_EDIT',
    itemId: 'i1',
    itemCode: '1.1',
    operationId: 'op',
    keptValue: null,
    losingValue: {},
    losingUserName: 'Nông Thị Bình',
    losingEditedAt: local(2026, 11, 20, 8, 5),
    createdAt: local(2026, 11, 22, 14, 30),
  };

  it.each<[string, Partial<Conflict>, object]>([
    [
      'two inspectors: the value not applied against the one kept',
      {
        keptValue: { passFail: 'FAIL', numberValue: null, textValue: null, note: 'Không đeo thẻ.' },
        losingValue: { passFail: 'PASS', numberValue: null, textValue: null, note: null },
      },
      {
        title: 'Tiêu chí 1.1',
        badge: 'Hai người cùng sửa khi mất mạng',
        who: 'Nông Thị Bình nhập lúc 20/11/2026 08:05',
        notApplied: 'Đạt',
        kept: 'Không đạt · Ghi chú: Không đeo thẻ.',
      },
    ],
    [
      'two inspectors, no date and no kept value: the answer the visit holds',
      { losingEditedAt: null, keptValue: null, losingValue: { numberValue: 3 } },
      { who: 'Do Nông Thị Bình nhập', notApplied: '3', kept: 'Đạt' },
    ],
    [
      'a late answer: what it would have changed, and the answer the visit holds',
      {
        kind: 'VISIT_CLOSED',
        itemId: 'i2',
        itemCode: '1.2',
        losingValue: { kind: 'ANSWER_ITEM', visitId: 'v', itemId: 'i2', numberValue: 13.75, baseVersion: 1 },
      },
      {
        title: 'Sửa kết quả tiêu chí 1.2',
        badge: 'Đến sau khi đã gửi duyệt',
        who: 'Nông Thị Bình nhập lúc 20/11/2026 08:05, đến máy chủ lúc 22/11/2026 14:30',
        notApplied: '13,75',
        kept: '12,5 · Ghi chú: Đo lại',
      },
    ],
    [
      'a late answer to an item not answered in the visit',
      { kind: 'VISIT_CLOSED', itemId: 'i9', itemCode: '3.1', losingValue: { kind: 'ANSWER_ITEM', passFail: 'FAIL' } },
      { title: 'Sửa kết quả tiêu chí 3.1', notApplied: 'Không đạt', kept: 'Chưa trả lời' },
    ],
    [
      'a late conclusion, sent without an edit time',
      {
        kind: 'VISIT_CLOSED',
        itemId: null,
        itemCode: null,
        losingEditedAt: null,
        losingValue: { kind: 'SET_VISIT_CONCLUSION', visitId: 'v', conclusion: 'Kết luận viết sau.' },
      },
      {
        title: 'Sửa kết luận',
        who: 'Của Nông Thị Bình, đến máy chủ lúc 22/11/2026 14:30',
        notApplied: 'Kết luận viết sau.',
        kept: 'Đơn vị chấp hành tốt.',
      },
    ],
    [
      "late unit's comments, with none kept in the visit",
      {
        kind: 'VISIT_CLOSED',
        itemId: null,
        itemCode: null,
        losingEditedAt: null,
        losingValue: {
          kind: 'SET_VISIT_UNIT_COMMENTS',
          visitId: 'v',
          unitComments: 'Đơn vị xin khắc phục trong tháng.',
        },
      },
      {
        title: 'Sửa ý kiến của đơn vị',
        who: 'Của Nông Thị Bình, đến máy chủ lúc 22/11/2026 14:30',
        notApplied: 'Đơn vị xin khắc phục trong tháng.',
        kept: 'Đoàn kiểm tra chưa ghi ý kiến của đơn vị.',
      },
    ],
    [
      'late attendees: their names',
      {
        kind: 'VISIT_CLOSED',
        itemId: null,
        itemCode: null,
        losingValue: {
          kind: 'SET_VISIT_ATTENDEES',
          attendees: [
            { name: 'Hà Văn A', side: 'UNIT' },
            { name: 'Lý Thị B', position: 'Phó', side: 'TEAM' },
          ],
        },
      },
      { title: 'Sửa thành phần tham dự', notApplied: 'Hà Văn A, Lý Thị B', kept: null },
    ],
    [
      'a late photo without caption: nothing to compare',
      {
        kind: 'VISIT_CLOSED',
        itemCode: '1.1',
        losingValue: { kind: 'PHOTO', itemId: 'i1', fileId: 'f', attachmentId: 'a' },
      },
      { title: 'Thêm ảnh minh chứng tiêu chí 1.1', notApplied: null, kept: null },
    ],
  ])('%s', (_name, conflict, expected) => {
    expect(describeConflict({ ...base, ...conflict }, visit, t)).toMatchObject(expected);
  });
});

describe('conflictCountByItem', () => {
  it('counts per item and skips conflicts about the whole visit', () => {
    expect(conflictCountByItem([{ itemId: 'i1' }, { itemId: null }, { itemId: 'i1' }, { itemId: 'i2' }])).toEqual(
      new Map([
        ['i1', 2],
        ['i2', 1],
      ]),
    );
  });
});
