import { describe, expect, it } from 'vitest';
import {
  isMinutesSignature,
  type MinutesAttendee,
  minutesSignatureKinds,
  prefillAttendees,
  type TeamPerson,
  teamSecretary,
} from './minutes-attendees.js';

const team: TeamPerson[] = [
  { fullName: 'Nông Thị Bình', role: 'SECRETARY' },
  { fullName: 'Hà Văn Cường', role: 'MEMBER' },
  { fullName: 'Lương Văn Tuấn', role: 'LEAD' },
  { fullName: 'Đinh Thị Ánh', role: 'MEMBER' },
];
const typed: MinutesAttendee[] = [{ name: 'Hoàng Văn An', position: 'Phó Giám đốc', side: 'UNIT' }];

describe('prefillAttendees', () => {
  it.each([
    {
      name: 'typed attendees always win',
      typed,
      team,
      heads: [{ fullName: 'Vi Văn Hùng' }],
      expected: typed,
    },
    {
      name: 'nothing typed: the team by role (members by Vietnamese name order), then the unit head',
      typed: [],
      team,
      heads: [{ fullName: 'Vi Văn Hùng' }],
      expected: [
        { name: 'Lương Văn Tuấn', position: 'Trưởng đoàn', side: 'TEAM' },
        { name: 'Đinh Thị Ánh', position: 'Thành viên', side: 'TEAM' },
        { name: 'Hà Văn Cường', position: 'Thành viên', side: 'TEAM' },
        { name: 'Nông Thị Bình', position: 'Thư ký', side: 'TEAM' },
        { name: 'Vi Văn Hùng', position: 'Thủ trưởng đơn vị', side: 'UNIT' },
      ],
    },
    {
      name: 'two unit heads: both, in the order given',
      typed: [],
      team: team.filter((m) => m.role === 'LEAD'),
      heads: [{ fullName: 'Vi Văn Hùng' }, { fullName: 'Hoàng Thị Mai' }],
      expected: [
        { name: 'Lương Văn Tuấn', position: 'Trưởng đoàn', side: 'TEAM' },
        { name: 'Vi Văn Hùng', position: 'Thủ trưởng đơn vị', side: 'UNIT' },
        { name: 'Hoàng Thị Mai', position: 'Thủ trưởng đơn vị', side: 'UNIT' },
      ],
    },
    {
      name: 'nothing typed and no unit head: the team alone',
      typed: [],
      team,
      heads: [],
      expected: [
        { name: 'Lương Văn Tuấn', position: 'Trưởng đoàn', side: 'TEAM' },
        { name: 'Đinh Thị Ánh', position: 'Thành viên', side: 'TEAM' },
        { name: 'Hà Văn Cường', position: 'Thành viên', side: 'TEAM' },
        { name: 'Nông Thị Bình', position: 'Thư ký', side: 'TEAM' },
      ],
    },
    { name: 'nothing known: nobody', typed: [], team: [], heads: [], expected: [] },
  ])('$name', ({ typed, team, heads, expected }) => {
    expect(prefillAttendees(typed, team, heads)).toEqual(expected);
  });

  it('does not reorder the team it is given', () => {
    const given = [...team];
    prefillAttendees([], given, []);
    expect(given).toEqual(team);
  });
});

describe('teamSecretary', () => {
  it.each([
    { name: 'a team with a secretary', team, expected: 'Nông Thị Bình' },
    { name: 'a team without one', team: team.filter((m) => m.role !== 'SECRETARY'), expected: null },
  ])('$name', ({ team, expected }) => {
    expect(teamSecretary(team)?.fullName ?? null).toBe(expected);
  });
});

describe('minutesSignatureKinds', () => {
  it.each([
    {
      name: 'a team with a secretary: lead, unit, secretary',
      team,
      expected: ['SIGNATURE_TEAM_LEAD', 'SIGNATURE_UNIT_REPRESENTATIVE', 'SIGNATURE_SECRETARY'],
    },
    {
      name: 'a team without one: lead and unit, as before',
      team: team.filter((m) => m.role !== 'SECRETARY'),
      expected: ['SIGNATURE_TEAM_LEAD', 'SIGNATURE_UNIT_REPRESENTATIVE'],
    },
  ])('$name', ({ team, expected }) => {
    expect(minutesSignatureKinds(team)).toEqual(expected);
  });

  it.each([
    ['SIGNATURE_SECRETARY', true],
    ['SIGNATURE_TEAM_LEAD', true],
    ['PHOTO', false],
    ['REMEDIATION', false],
  ])('isMinutesSignature(%s) is %s', (kind, expected) => {
    expect(isMinutesSignature(kind)).toBe(expected);
  });
});
