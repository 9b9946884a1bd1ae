import { describe, expect, it } from 'vitest';
import type { FieldVisit, VisitItem } from '../../field/types';
import type { FieldWriteKind, OutboxEntry } from '../../offline/field-writes';
import { withPendingWrites } from '../../offline/overlay';
import { submitProblems } from './submit-check';

const item = (id: string, code: string, extra: Partial<VisitItem> = {}): VisitItem => ({
  id,
  code,
  text: `Tiêu chí ${code}`,
  guidance: null,
  legalBasis: null,
  answerType: 'PASS_FAIL',
  minValue: null,
  maxValue: null,
  photoRequiredOnFail: false,
  required: true,
  position: 1,
  ...extra,
});

const template: NonNullable<FieldVisit['templateVersion']> = {
  id: 'tv1',
  number: 1,
  groups: [
    {
      id: 'g1',
      code: '1',
      title: 'Giờ giấc',
      position: 1,
      items: [item('i1', '1.1', { photoRequiredOnFail: true }), item('i2', '1.2')],
    },
    { id: 'g2', code: '2', title: 'Trang phục', position: 2, items: [item('i3', '2.1', { answerType: 'NUMBER' })] },
  ],
};

const server: FieldVisit = {
  id: 'v1',
  status: 'IN_PROGRESS',
  canEdit: true,
  plannedMonth: 11,
  visitDate: '2026-11-20',
  startedAt: '2026-11-20T01:00:00.000Z',
  submittedAt: null,
  version: 3,
  conclusion: null,
  returnComment: null,
  unitComments: null,
  teamMembers: [],
  unitHeads: [],
  unit: { id: 'u', name: 'Chi cục', address: null },
  unitAsOf: { id: 'u@2015-01-01', name: 'Chi cục', todayNames: ['Chi cục'] },
  team: { id: 't', name: 'Đoàn 1', year: 2026, decisionNumber: '1/QĐ' },
  progress: { answered: 0, total: 3, groups: [] },
  templateVersion: template,
  answers: [],
  attachments: [],
  attendees: [],
  findings: [],
  previousFindings: [],
  reviewComments: [],
  // The server's list is stale while writes wait on the phone: the check must not read it.
  problems: [],
  plannedTemplateVersion: null,
  conflicts: [],
};

let sequence = 0;
function write(kind: FieldWriteKind, input: Record<string, unknown>): OutboxEntry {
  sequence += 1;
  return {
    operationId: `op-${sequence}`,
    sequence,
    userId: 'me',
    kind,
    input: { visitId: 'v1', ...input },
    visitId: 'v1',
    createdAt: '2026-11-20T02:00:00.000Z',
    state: 'PENDING',
    refusal: null,
  } as OutboxEntry;
}
const answer = (itemId: string, passFail: string | null, numberValue: number | null = null, foundText?: string) =>
  write('ANSWER_ITEM', { itemId, passFail, numberValue, textValue: null, note: null, foundText });
const FOUND = 'Lúc 8h15 bộ phận một cửa không có người trực';
const attach = (attachmentId: string, kind: string, itemId: string | null = null) =>
  write('ATTACH_VISIT_FILE', { attachmentId, fileId: `file-${attachmentId}`, kind, itemId });
const minutes = [
  write('SET_VISIT_ATTENDEES', { attendees: [{ name: 'Nguyễn Văn A', position: 'Chánh Văn phòng', side: 'UNIT' }] }),
  write('SET_VISIT_CONCLUSION', { conclusion: 'Đơn vị chấp hành tốt.' }),
  attach('s1', 'SIGNATURE_TEAM_LEAD'),
  attach('s2', 'SIGNATURE_UNIT_REPRESENTATIVE'),
];

describe('submitProblems (the server rule on the visit as the phone shows it)', () => {
  it.each([
    {
      name: 'nothing done offline: every item, the minutes and both signatures',
      writes: [],
      want: [
        'Tiêu chí 1.1 chưa có kết quả.',
        'Tiêu chí 1.2 chưa có kết quả.',
        'Tiêu chí 2.1 chưa có kết quả.',
        'Chưa ghi thành phần tham dự.',
        'Chưa ghi kết luận.',
        'Thiếu chữ ký của trưởng đoàn.',
        'Thiếu chữ ký của đại diện đơn vị.',
      ],
    },
    {
      name: 'some items answered offline, no signatures',
      writes: [answer('i2', 'PASS'), answer('i3', null, 4)],
      want: [
        'Tiêu chí 1.1 chưa có kết quả.',
        'Chưa ghi thành phần tham dự.',
        'Chưa ghi kết luận.',
        'Thiếu chữ ký của trưởng đoàn.',
        'Thiếu chữ ký của đại diện đơn vị.',
      ],
    },
    {
      name: 'a failed item needs its photo',
      writes: [answer('i1', 'FAIL', null, FOUND), answer('i2', 'PASS'), answer('i3', null, 4), ...minutes],
      want: ['Tiêu chí 1.1 không đạt nên cần ảnh minh chứng.'],
    },
    {
      name: 'a photo removed offline no longer counts',
      writes: [
        answer('i1', 'FAIL', null, FOUND),
        attach('p1', 'PHOTO', 'i1'),
        write('REMOVE_VISIT_ATTACHMENT', { attachmentId: 'p1' }),
        answer('i2', 'PASS'),
        answer('i3', null, 4),
        ...minutes,
      ],
      want: ['Tiêu chí 1.1 không đạt nên cần ảnh minh chứng.'],
    },
    {
      name: 'a failed item needs what was found, not left empty',
      writes: [
        answer('i1', 'FAIL'),
        attach('p1', 'PHOTO', 'i1'),
        answer('i2', 'PASS'),
        answer('i3', null, 4),
        ...minutes,
      ],
      want: ['Tiêu chí 1.1 không đạt nên cần ghi thực trạng phát hiện.'],
    },
    {
      name: 'what was found cleared offline stops the submission again',
      writes: [
        answer('i1', 'FAIL', null, FOUND),
        attach('p1', 'PHOTO', 'i1'),
        answer('i2', 'FAIL', null, FOUND),
        write('ANSWER_ITEM', { itemId: 'i2', passFail: 'FAIL', foundText: '  ' }),
        answer('i3', null, 4),
        ...minutes,
      ],
      want: ['Tiêu chí 1.2 không đạt nên cần ghi thực trạng phát hiện.'],
    },
    {
      name: 'what was found written on the finding itself counts',
      writes: [
        answer('i1', 'FAIL'),
        attach('p1', 'PHOTO', 'i1'),
        write('SAVE_FINDING', { findingId: 'f1', itemId: 'i1', severity: 'MEDIUM', description: FOUND }),
        answer('i2', 'PASS'),
        answer('i3', null, 4),
        ...minutes,
      ],
      want: [],
    },
    {
      name: 'complete offline',
      writes: [
        answer('i1', 'FAIL', null, FOUND),
        attach('p1', 'PHOTO', 'i1'),
        answer('i2', 'PASS'),
        answer('i3', null, 4),
        ...minutes,
      ],
      want: [],
    },
  ])('$name', ({ writes, want }) => {
    const { visit } = withPendingWrites(server, writes);
    expect(submitProblems(visit)?.map((problem) => problem.message)).toEqual(want);
  });

  it('cannot tell without the checklist on the phone', () => {
    expect(submitProblems({ ...server, templateVersion: null })).toBeNull();
  });
});
