import type { MinutesAttendee } from '@kycuong/rules';
import { describe, expect, it } from 'vitest';
import { minutesSigners, minutesTimeLines } from './minutes-facts.js';

describe('minutesTimeLines', () => {
  it.each([
    {
      name: 'known start and end, same day',
      startedAt: '2021-07-24T01:30:00Z',
      endedAt: '2021-07-24T04:05:00Z',
      opening: 'Vào hồi 08 giờ 30 phút, ngày 24 tháng 07 năm 2021, tại UBND xã Cao Lộc',
      closing: 'Biên bản kết thúc vào hồi 11 giờ 05 phút cùng ngày.',
    },
    {
      name: 'ended another day (Vietnam time, past midnight UTC+7)',
      startedAt: '2021-07-24T09:00:00Z',
      endedAt: '2021-07-24T17:10:00Z',
      opening: 'Vào hồi 16 giờ 00 phút, ngày 24 tháng 07 năm 2021, tại UBND xã Cao Lộc',
      closing: 'Biên bản kết thúc vào hồi 00 giờ 10 phút, ngày 25 tháng 07 năm 2021.',
    },
    {
      name: 'a draft: end unknown',
      startedAt: '2021-07-24T01:30:00Z',
      endedAt: null,
      opening: 'Vào hồi 08 giờ 30 phút, ngày 24 tháng 07 năm 2021, tại UBND xã Cao Lộc',
      closing: 'Biên bản kết thúc vào hồi ... giờ ... phút cùng ngày.',
    },
    {
      name: 'nothing known: the visit day with the blanks',
      startedAt: null,
      endedAt: null,
      opening: 'Vào hồi ... giờ ... phút, ngày 23 tháng 07 năm 2021, tại UBND xã Cao Lộc',
      closing: 'Biên bản kết thúc vào hồi ... giờ ... phút cùng ngày.',
    },
  ])('$name', ({ startedAt, endedAt, opening, closing }) => {
    expect(
      minutesTimeLines({
        visitDate: '2021-07-23',
        startedAt: startedAt ? new Date(startedAt) : null,
        endedAt: endedAt ? new Date(endedAt) : null,
        place: 'UBND xã Cao Lộc',
      }),
    ).toEqual({ opening, closing });
  });
});

const team = [
  { fullName: 'Nông Thị Bình', role: 'SECRETARY' as const },
  { fullName: 'Hà Văn Cường', role: 'MEMBER' as const },
  { fullName: 'Lương Văn Tuấn', role: 'LEAD' as const },
];
const typed: MinutesAttendee[] = [{ name: 'Hoàng Văn An', position: 'Phó Giám đốc', side: 'UNIT' }];

describe('minutesSigners', () => {
  it.each([
    {
      name: 'the typed unit attendee and the team lead',
      attendees: typed,
      team,
      heads: [{ fullName: 'Vi Văn Hùng' }],
      expected: {
        unit: { name: 'Hoàng Văn An', role: 'Phó Giám đốc' },
        team: { name: 'Lương Văn Tuấn', role: 'Trưởng đoàn' },
        secretary: { name: 'Nông Thị Bình', role: 'Thư ký' },
      },
    },
    {
      name: 'no unit attendee: the unit head',
      attendees: [],
      team,
      heads: [{ fullName: 'Vi Văn Hùng' }],
      expected: {
        unit: { name: 'Vi Văn Hùng', role: 'Thủ trưởng đơn vị' },
        team: { name: 'Lương Văn Tuấn', role: 'Trưởng đoàn' },
        secretary: { name: 'Nông Thị Bình', role: 'Thư ký' },
      },
    },
    {
      name: 'no lead and no unit head: the team attendee, and an empty line for the unit',
      attendees: [{ name: 'Hà Văn Cường', position: 'Thành viên', side: 'TEAM' as const }],
      team: team.filter((m) => m.role !== 'LEAD'),
      heads: [],
      expected: {
        unit: { name: null, role: null },
        team: { name: 'Hà Văn Cường', role: 'Thành viên' },
        secretary: { name: 'Nông Thị Bình', role: 'Thư ký' },
      },
    },
    {
      name: 'a team without a secretary: no secretary signs',
      attendees: typed,
      team: team.filter((m) => m.role !== 'SECRETARY'),
      heads: [],
      expected: {
        unit: { name: 'Hoàng Văn An', role: 'Phó Giám đốc' },
        team: { name: 'Lương Văn Tuấn', role: 'Trưởng đoàn' },
        secretary: null,
      },
    },
  ])('$name', ({ attendees, team, heads, expected }) => {
    expect(minutesSigners({ attendees, team, unitHeads: heads })).toEqual(expected);
  });
});
