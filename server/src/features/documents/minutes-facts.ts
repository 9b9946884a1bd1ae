import {
  type MinutesAttendee,
  TEAM_ROLE_LABELS,
  type TeamPerson,
  teamSecretary,
  UNIT_HEAD_POSITION,
  type UnitHeadPerson,
} from '@kycuong/rules';
import { DEPARTMENT_TIME_ZONE } from '../../common/local-date.js';

/*
 * What the minutes say about when and who signed, as pure rules: the Decree 30 time lines and the name and
 * role under each signature. The attendees' prefill is shared with the phone (@kycuong/rules).
 */

/** The read-back sentence of the Decree 30 minutes. */
export const READ_BACK_SENTENCE = 'Biên bản đã được đọc lại cho mọi người cùng nghe và nhất trí thông qua.';

interface LocalParts {
  date: string;
  hour: string;
  minute: string;
}

/** An instant in the department's time zone: its day (YYYY-MM-DD), hour and minute, two digits each. */
export function localParts(instant: Date): LocalParts {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: DEPARTMENT_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, hour: part('hour'), minute: part('minute') };
}

const longDate = (isoDate: string) => {
  const [y, m, d] = isoDate.split('-');
  return `ngày ${d} tháng ${m} năm ${y}`;
};

const clock = (t: LocalParts | null) => (t ? `${t.hour} giờ ${t.minute} phút` : '... giờ ... phút');

/**
 * The opening and closing time lines. Unknown times keep the Decree 30 blanks ("... giờ ... phút");
 * the opening falls back on the visit's day, the closing says "cùng ngày" unless it ended another day.
 */
export function minutesTimeLines(input: {
  visitDate: string;
  startedAt: Date | null;
  endedAt: Date | null;
  place: string;
}): { opening: string; closing: string } {
  const start = input.startedAt ? localParts(input.startedAt) : null;
  const end = input.endedAt ? localParts(input.endedAt) : null;
  const startDate = start?.date ?? input.visitDate;
  const opening = `Vào hồi ${clock(start)}, ${longDate(startDate)}, tại ${input.place}`;
  const endDay = end && end.date !== startDate ? `, ${longDate(end.date)}` : ' cùng ngày';
  return { opening, closing: `Biên bản kết thúc vào hồi ${clock(end)}${endDay}.` };
}

export interface SignerIdentity {
  name: string | null;
  role: string | null;
}

/**
 * The name and role under each signature. A drawn signature carries no name: the unit side is signed
 * by its first attendee (else the unit's head), the team side by the team lead (else its first attendee),
 * and the team's secretary signs too when the team has one (null: no secretary's block at all).
 */
export function minutesSigners(input: {
  attendees: MinutesAttendee[];
  team: TeamPerson[];
  unitHeads: UnitHeadPerson[];
}): { unit: SignerIdentity; team: SignerIdentity; secretary: SignerIdentity | null } {
  const unitAttendee = input.attendees.find((a) => a.side === 'UNIT');
  const head = input.unitHeads[0];
  const unit: SignerIdentity = unitAttendee
    ? { name: unitAttendee.name, role: unitAttendee.position }
    : head
      ? { name: head.fullName, role: UNIT_HEAD_POSITION }
      : { name: null, role: null };
  const lead = input.team.find((m) => m.role === 'LEAD');
  const teamAttendee = input.attendees.find((a) => a.side === 'TEAM');
  const team: SignerIdentity = lead
    ? { name: lead.fullName, role: TEAM_ROLE_LABELS.LEAD }
    : teamAttendee
      ? { name: teamAttendee.name, role: teamAttendee.position }
      : { name: null, role: null };
  const secretary = teamSecretary(input.team);
  return {
    unit,
    team,
    secretary: secretary ? { name: secretary.fullName, role: TEAM_ROLE_LABELS.SECRETARY } : null,
  };
}
