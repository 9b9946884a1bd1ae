import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import type { MessageParams } from '../../i18n/messages';
import type { MessageKey } from '../../i18n/vi';
import { vi } from '../../i18n/vi/all';
import { displayValue, entryKind, HISTORY_KINDS, type HistoryEntry, readableHistory, SHOWN_FIELDS } from './history';

const t = (key: MessageKey, params: MessageParams = {}) =>
  (vi[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));

let nextId = 1;
function entry(partial: Partial<HistoryEntry>): HistoryEntry {
  const id = String(nextId++);
  return {
    id,
    at: `2026-12-07T02:${id.padStart(2, '0')}:00.000Z`,
    actorName: 'Trần Kiểm Tra',
    actorRole: 'INSPECTOR',
    action: 'UPDATE',
    entityType: 'VisitAnswer',
    reason: null,
    before: null,
    after: null,
    itemLabel: null,
    ...partial,
  };
}

describe('entryKind', () => {
  it.each([
    ['VisitAnswer', 'CREATE', null, 'answer'],
    ['VisitAnswer', 'UPDATE_CONCURRENT', null, 'answer'],
    ['Visit', 'RETURN', null, 'visit.return'],
    ['Attachment', 'ATTACH', { kind: 'PHOTO' }, 'photo.add'],
    ['Attachment', 'ATTACH', { kind: 'SIGNATURE_TEAM_LEAD' }, 'signature.add'],
    ['Attachment', 'REMOVE', { kind: 'PHOTO' }, 'photo.remove'],
    ['Finding', 'EXTEND_DEADLINE', null, 'finding.extend'],
    ['InspectionPlan', 'SOMETHING_NEW', null, 'other'],
  ])('%s %s %j → %s', (entityType, action, after, expected) => {
    expect(entryKind({ entityType, action, before: null, after })).toBe(expected);
  });
});

describe('displayValue', () => {
  it.each([
    ['passFail', 'PASS', 'VisitAnswer', 'Đạt'],
    ['passFail', 'FAIL', 'VisitAnswer', 'Không đạt'],
    ['status', 'RETURNED', 'Visit', 'Bị trả lại'],
    ['status', 'OPEN', 'Finding', 'Chưa khắc phục'],
    ['status', 'OPEN', 'Unit', null],
    ['deadline', '2026-12-31', 'Finding', '31/12/2026'],
    ['numberValue', 97.8, 'VisitAnswer', '97,8'],
    ['attendees', [{ name: 'Nguyễn An' }, { name: 'Lê Bình' }], 'Visit', 'Nguyễn An, Lê Bình'],
    ['attendees', [], 'Visit', null],
    ['photos', 2, 'Finding', '2'],
    ['photos', 0, 'Finding', null],
    ['note', '', 'VisitAnswer', null],
    ['sha256', 'ab'.repeat(32), 'Attachment', null],
    ['itemCode', '1.3', 'VisitAnswer', null],
    ['responsibleUnitId', '6f1c1f3e-0000-4000-8000-000000000000', 'Finding', null],
  ])('%s %j (%s) → %s', (field, value, entityType, expected) => {
    expect(displayValue(field, value, entityType, t)).toBe(expected);
  });
});

describe('readableHistory', () => {
  it('collapses a run of answers by one person into one sentence, the items by label, newest group first', () => {
    const entries = [
      entry({
        entityType: 'Visit',
        action: 'START',
        before: { status: 'PLANNED' },
        after: { status: 'IN_PROGRESS', checklistVersion: 2 },
      }),
      entry({ action: 'CREATE', itemLabel: '1.1 Niêm yết', after: { itemCode: '1.1', passFail: 'PASS' } }),
      entry({
        action: 'CREATE',
        itemLabel: '1.2 Sổ theo dõi',
        after: { itemCode: '1.2', passFail: 'FAIL', foundText: 'Thiếu sổ' },
      }),
      entry({
        action: 'UPDATE',
        itemLabel: '1.1 Niêm yết',
        before: { passFail: 'PASS' },
        after: { itemCode: '1.1', passFail: 'FAIL' },
      }),
      entry({
        entityType: 'Attachment',
        action: 'ATTACH',
        itemLabel: '1.2 Sổ theo dõi',
        after: { kind: 'PHOTO', itemCode: '1.2', sha256: 'f'.repeat(64), size: 1200 },
      }),
      entry({
        entityType: 'Attachment',
        action: 'ATTACH',
        after: { kind: 'PHOTO', sha256: 'e'.repeat(64), size: 900 },
      }),
    ];
    const groups = readableHistory(entries, t);
    expect(groups.map((g) => g.sentence)).toEqual([
      'Thêm 2 ảnh',
      'Đoàn kiểm tra trả lời 2 tiêu chí',
      'Bắt đầu kiểm tra tại đơn vị',
    ]);
    expect(groups[1].role).toBe('Thành viên đoàn kiểm tra');
    expect(groups[1].when).toBe('07/12/2026 09:04');
    expect(groups[1].details).toEqual([
      {
        id: entries[1].id,
        label: '1.1 Niêm yết',
        changes: [{ field: 'Kết quả', before: null, after: 'Đạt' }],
        count: 1,
      },
      {
        id: entries[2].id,
        label: '1.2 Sổ theo dõi',
        changes: [
          { field: 'Kết quả', before: null, after: 'Không đạt' },
          { field: 'Tồn tại phát hiện', before: null, after: 'Thiếu sổ' },
        ],
        count: 1,
      },
      {
        id: entries[3].id,
        label: '1.1 Niêm yết',
        changes: [{ field: 'Kết quả', before: 'Đạt', after: 'Không đạt' }],
        count: 1,
      },
    ]);
    // A photo says which item it is of, never its hash or size.
    expect(groups[0].details).toEqual([{ id: entries[4].id, label: '1.2 Sổ theo dõi', changes: [], count: 1 }]);
    expect(groups[2].details).toEqual([
      {
        id: entries[0].id,
        label: null,
        changes: [{ field: 'Trạng thái', before: 'Chưa bắt đầu', after: 'Đang kiểm tra' }],
        count: 1,
      },
    ]);
  });

  it('counts photos of one item on one line', () => {
    const photo = () =>
      entry({
        entityType: 'Attachment',
        action: 'ATTACH',
        itemLabel: '1.1 Niêm yết',
        after: { kind: 'PHOTO', itemCode: '1.1' },
      });
    const [group] = readableHistory([photo(), photo(), photo()], t);
    expect(group.sentence).toBe('Thêm 3 ảnh');
    expect(group.details.map((d) => [d.label, d.count])).toEqual([['1.1 Niêm yết', 3]]);
  });

  it('does not collapse entries by different people, nor one-off steps', () => {
    const groups = readableHistory(
      [
        entry({ entityType: 'Visit', action: 'SUBMIT', after: { status: 'SUBMITTED' } }),
        entry({
          entityType: 'Visit',
          action: 'RETURN',
          actorName: 'Văn Phòng',
          actorRole: 'OFFICE',
          after: { status: 'RETURNED', comment: 'Bổ sung ảnh', itemComments: 2 },
        }),
        entry({ action: 'UPDATE', itemLabel: '2.1 Ký', before: { passFail: 'FAIL' }, after: { passFail: 'PASS' } }),
        entry({
          action: 'UPDATE',
          actorName: 'Người Khác',
          itemLabel: '2.2 Hồ sơ',
          before: { passFail: 'FAIL' },
          after: { passFail: 'PASS' },
        }),
      ],
      t,
    );
    expect(groups.map((g) => [g.sentence, g.actor])).toEqual([
      ['Đoàn kiểm tra trả lời 1 tiêu chí', 'Người Khác'],
      ['Đoàn kiểm tra trả lời 1 tiêu chí', 'Trần Kiểm Tra'],
      ['Trả lại biên bản để đoàn bổ sung', 'Văn Phòng'],
      ['Gửi biên bản lên Văn phòng duyệt', 'Trần Kiểm Tra'],
    ]);
    expect(groups[2].details[0].changes).toEqual([
      { field: 'Trạng thái', before: null, after: 'Bị trả lại' },
      { field: 'Ý kiến', before: null, after: 'Bổ sung ảnh' },
      { field: 'Ý kiến theo tiêu chí', before: null, after: '2' },
    ]);
  });

  it('names the role beside the person, once when the account is named after its role', () => {
    const groups = readableHistory(
      [
        entry({ action: 'UPDATE', itemLabel: '2.1 Ký', before: { passFail: 'FAIL' }, after: { passFail: 'PASS' } }),
        entry({
          entityType: 'Visit',
          action: 'RETURN',
          actorName: 'Quản trị hệ thống',
          actorRole: 'ADMIN',
          after: { status: 'RETURNED' },
        }),
      ],
      t,
    );
    expect(groups.map((g) => [g.actor, g.role])).toEqual([
      ['Quản trị hệ thống', null],
      ['Trần Kiểm Tra', 'Thành viên đoàn kiểm tra'],
    ]);
  });

  it('keeps the reason of a revision and reads an unknown action without its code', () => {
    const groups = readableHistory(
      [
        entry({
          action: 'REVISE',
          reason: 'Nhập nhầm',
          itemLabel: '3.1 Báo cáo',
          before: { numberValue: 1 },
          after: { numberValue: 2.5 },
        }),
        entry({
          entityType: 'Visit',
          action: 'SOME_FUTURE_STEP',
          actorName: null,
          actorRole: null,
          after: { flagCode: 'X_Y' },
        }),
      ],
      t,
    );
    expect(groups[0]).toMatchObject({
      sentence: 'Cập nhật hồ sơ (1 thay đổi)',
      actor: 'Hệ thống',
      role: null,
      details: [],
    });
    expect(groups[1]).toMatchObject({ sentence: 'Điều chỉnh 1 tiêu chí sau khi duyệt', reasons: ['Nhập nhầm'] });
    expect(groups[1].details[0].changes).toEqual([{ field: 'Số liệu', before: '1', after: '2,5' }]);
  });
});

describe('catalogues', () => {
  it.each(HISTORY_KINDS)('sentence %s in both languages', (kind) => {
    const key = `history.sentence.${kind}` as MessageKey;
    expect(vi[key]).toBeTruthy();
    expect(en[key as keyof typeof en]).toBeTruthy();
  });
  it.each(SHOWN_FIELDS)('field %s in both languages', (field) => {
    const key = `history.field.${field}` as MessageKey;
    expect(vi[key]).toBeTruthy();
    expect(en[key as keyof typeof en]).toBeTruthy();
  });
});
