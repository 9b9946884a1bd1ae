import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, translate } from '../../i18n/messages';
import type { FieldWriteKind, OutboxEntry } from '../../offline/field-writes';
import { describeEntry } from './describe-entry';

// The messages these texts use are loaded with their screens in the app.
beforeAll(() => Promise.all([loadCatalogue('visit'), loadCatalogue('field')]));

const entry = (kind: FieldWriteKind, input: Record<string, unknown> = {}): OutboxEntry =>
  ({
    operationId: 'op',
    sequence: 1,
    userId: 'u',
    kind,
    input: { visitId: 'v', ...input },
    visitId: 'v',
    createdAt: '2026-11-26T01:00:00.000Z',
    state: 'PENDING',
    refusal: null,
  }) as OutboxEntry;
const codes: Record<string, string> = { i1: '1.2' };

describe('describeEntry', () => {
  it.each([
    [entry('START_VISIT'), 'Bắt đầu kiểm tra'],
    [entry('ANSWER_ITEM', { itemId: 'i1' }), 'Kết quả tiêu chí 1.2'],
    [entry('ANSWER_ITEM', { itemId: 'unknown' }), 'Kết quả tiêu chí ?'],
    [entry('ATTACH_VISIT_FILE', { itemId: 'i1', kind: 'PHOTO' }), 'Ảnh minh chứng tiêu chí 1.2'],
    [entry('ATTACH_VISIT_FILE', { kind: 'SIGNATURE_TEAM_LEAD' }), 'Chữ ký trưởng đoàn'],
    [entry('ATTACH_VISIT_FILE', { kind: 'SIGNATURE_UNIT_REPRESENTATIVE' }), 'Chữ ký đại diện đơn vị'],
    [entry('ATTACH_VISIT_FILE', { kind: 'SIGNATURE_SECRETARY' }), 'Chữ ký thư ký'],
    [entry('REMOVE_VISIT_ATTACHMENT'), 'Xóa ảnh hoặc chữ ký'],
    [entry('SET_VISIT_ATTENDEES'), 'Thành phần tham dự'],
    [entry('SET_VISIT_CONCLUSION'), 'Kết luận'],
    [entry('SET_VISIT_UNIT_COMMENTS'), 'Ý kiến của đơn vị'],
    [entry('SAVE_FINDING', { itemId: 'i1' }), 'Tồn tại của tiêu chí 1.2'],
    [entry('SAVE_FINDING', { itemId: null }), 'Tồn tại, hạn chế'],
    [entry('DELETE_FINDING'), 'Xóa tồn tại'],
    [entry('SUBMIT_VISIT'), 'Gửi duyệt'],
  ])('%#: %s', (queued, text) => {
    const { key, params } = describeEntry(queued, (id) => codes[id] ?? null);
    expect(translate('vi', key, params)).toBe(text);
  });
});
