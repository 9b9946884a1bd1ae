import { describe, expect, it } from 'vitest';
import { notificationText } from './notification-text.js';

const ID = '11111111-1111-4111-8111-111111111111';

describe('notificationText', () => {
  it.each([
    [
      { kind: 'VISIT_RETURNED', recordId: ID, unitName: 'Chi cục Thủy lợi', comment: 'Thiếu ảnh  tiêu chí 2' },
      'Cuộc kiểm tra Chi cục Thủy lợi bị trả lại',
      'Văn phòng Sở trả lại để bổ sung: Thiếu ảnh tiêu chí 2',
      `/cuoc-kiem-tra/${ID}`,
    ],
    [
      { kind: 'FINDINGS_ISSUED', recordId: ID, unitName: 'Trạm A', findingCount: 3 },
      'Trạm A: 3 tồn tại, hạn chế mới',
      'Cuộc kiểm tra đã được phê duyệt. Đề nghị đơn vị xem và khắc phục đúng hạn.',
      '/ton-tai',
    ],
    [
      { kind: 'DEADLINE_SOON', recordId: ID, unitName: 'Trạm A', findingText: 'Chưa niêm yết', deadline: '2026-12-14' },
      'Sắp đến hạn khắc phục: 14/12/2026',
      'Trạm A: Chưa niêm yết',
      `/ton-tai/${ID}`,
    ],
    [
      {
        kind: 'DEADLINE_PASSED',
        recordId: ID,
        unitName: 'Trạm A',
        findingText: 'Chưa niêm yết',
        deadline: '2026-12-01',
      },
      'Quá hạn khắc phục từ 01/12/2026',
      'Trạm A: Chưa niêm yết',
      `/ton-tai/${ID}`,
    ],
    [
      { kind: 'VISIT_TOMORROW', recordId: ID, unitName: 'Trạm A', visitDate: '2026-12-08' },
      'Ngày mai (08/12/2026) kiểm tra Trạm A',
      'Mở cuộc kiểm tra trên điện thoại để tải về trước khi đi.',
      `/cuoc-kiem-tra/${ID}`,
    ],
    [
      { kind: 'VISIT_PLANNED', recordId: ID, unitName: 'Trạm A', plannedMonth: 5, year: 2027 },
      'Đoàn được giao kiểm tra Trạm A',
      'Theo kế hoạch năm 2027, tháng 5.',
      `/cuoc-kiem-tra/${ID}`,
    ],
  ] as const)('%j', (facts, title, body, link) => {
    expect(notificationText(facts)).toEqual({ title, body, link });
  });

  it('shortens a long finding to one line', () => {
    const long = 'x'.repeat(300);
    const { body } = notificationText({ kind: 'REMEDIATION_REPORTED', recordId: ID, unitName: 'U', findingText: long });
    expect(body.length).toBeLessThan(200);
    expect(body.endsWith('…')).toBe(true);
  });
});
