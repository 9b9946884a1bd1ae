import { describe, expect, it } from 'vitest';
import type { FieldVisit } from '../field/types';
import { todayLocalDate } from '../i18n/format';
import { type FieldWriteKind, itemIdOf, type OutboxEntry } from './field-writes';
import { answerBase, repliesOnPhone, withPendingWrites } from './overlay';

const item = (id: string, code: string, extra: Partial<VisitItemShape> = {}): VisitItemShape => ({
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
  position: Number(code.split('.')[1]),
  ...extra,
});
type VisitItemShape = NonNullable<FieldVisit['templateVersion']>['groups'][number]['items'][number];

const template: NonNullable<FieldVisit['templateVersion']> = {
  id: 'tv1',
  number: 1,
  groups: [
    { id: 'g1', code: '1', title: 'Giờ giấc', position: 1, items: [item('i1', '1.1'), item('i2', '1.2')] },
    {
      id: 'g2',
      code: '2',
      title: 'Trang phục',
      position: 2,
      items: [item('i3', '2.1', { answerType: 'NUMBER' })],
    },
  ],
};

function visit(extra: Partial<FieldVisit> = {}): FieldVisit {
  return {
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
    problems: [],
    plannedTemplateVersion: null,
    conflicts: [],
    ...extra,
  };
}

let sequence = 0;
function entry(kind: FieldWriteKind, input: Record<string, unknown>, extra: Partial<OutboxEntry> = {}): OutboxEntry {
  sequence += 1;
  return {
    operationId: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    sequence,
    userId: 'me',
    kind,
    input: { visitId: 'v1', ...input },
    visitId: (input.visitId as string | undefined) ?? 'v1',
    createdAt: `2026-11-20T02:${String(sequence % 60).padStart(2, '0')}:00.000Z`,
    state: 'PENDING',
    refusal: null,
    ...extra,
  } as OutboxEntry;
}
const answer = (itemId: string, passFail: string | null, note: string | null = null, extra = {}) =>
  entry('ANSWER_ITEM', { itemId, passFail, numberValue: null, textValue: null, note, ...extra });

const serverAnswer = (
  itemId: string,
  passFail: string,
  version = 1,
  note: string | null = null,
  foundText: string | null = null,
) => ({
  id: `a-${itemId}`,
  itemId,
  passFail: passFail as 'PASS',
  numberValue: null,
  textValue: null,
  note,
  foundText,
  recommendation: null,
  updatedAt: '2026-11-20T01:30:00.000Z',
  updatedByName: 'Lương Văn Tuấn',
  version,
});

const failedFinding = (itemId: string, status: 'OPEN' | 'REMEDIATION_REPORTED', foundText: string | null) => ({
  id: `f-${itemId}`,
  itemId,
  itemCode: '1.1',
  groupTitle: 'Giờ giấc',
  foundText,
  requirement: 'Tiêu chí 1.1',
  recommendation: null,
  severity: 'MEDIUM' as const,
  status,
  deadline: '2026-12-20',
  overdue: false,
  fromFailedItem: true,
  visitDate: '2026-11-20',
  version: 1,
});

describe('withPendingWrites: answers', () => {
  it.each([
    ['a new answer shows at once', [], [answer('i1', 'PASS')], { i1: 'PASS' }],
    [
      'the later write of an item wins',
      [],
      [answer('i1', 'PASS'), answer('i1', 'NOT_APPLICABLE')],
      { i1: 'NOT_APPLICABLE' },
    ],
    ['a queued write replaces the server value', [serverAnswer('i1', 'PASS')], [answer('i1', 'FAIL')], { i1: 'FAIL' }],
    [
      'other items keep the server value',
      [serverAnswer('i2', 'PASS')],
      [answer('i1', 'FAIL')],
      { i1: 'FAIL', i2: 'PASS' },
    ],
    ['a write of another visit is ignored', [], [answer('i1', 'PASS', null, { visitId: 'v2' })], {}],
  ])('%s', (_label, serverAnswers, entries, expected) => {
    const { visit: shown } = withPendingWrites(visit({ answers: serverAnswers }), entries);
    expect(Object.fromEntries(shown.answers.map((a) => [a.itemId, a.passFail]))).toEqual(expected);
  });

  it('applies writes in sequence order, not the order given', () => {
    const first = answer('i1', 'PASS');
    const second = answer('i1', 'FAIL');
    const { visit: shown } = withPendingWrites(visit(), [second, first]);
    expect(shown.answers[0].passFail).toBe('FAIL');
  });

  it('recomputes progress per group and in total', () => {
    const { visit: shown } = withPendingWrites(visit(), [
      answer('i1', 'PASS'),
      entry('ANSWER_ITEM', { itemId: 'i3', numberValue: 2.5, note: null }),
    ]);
    expect(shown.progress).toEqual({
      answered: 2,
      total: 3,
      groups: [
        { groupId: 'g1', answered: 1, total: 2 },
        { groupId: 'g2', answered: 1, total: 1 },
      ],
    });
    expect(shown.answers.find((a) => a.itemId === 'i3')?.numberValue).toBe(2.5);
  });

  it('answerBase: the server version the phone saw and its own latest write since', () => {
    const server = visit({ answers: [serverAnswer('i1', 'PASS', 4)] });
    const first = answer('i1', 'FAIL');
    const second = answer('i1', 'PASS');
    const refused = { ...answer('i1', 'NOT_APPLICABLE'), state: 'REFUSED' as const };
    const elsewhere = answer('i2', 'PASS');
    expect(answerBase(server, [], 'i1')).toEqual({ baseVersion: 4, baseOperationId: null });
    expect(answerBase(server, [second, first, refused, elsewhere], 'i1')).toEqual({
      baseVersion: 4,
      baseOperationId: second.operationId,
    });
    expect(answerBase(server, [elsewhere], 'i2')).toEqual({
      baseVersion: null,
      baseOperationId: elsewhere.operationId,
    });
    expect(answerBase(server, [], 'i3')).toEqual({ baseVersion: null, baseOperationId: null });
  });
});

describe('withPendingWrites: the finding of a failed item', () => {
  const found = (foundText: string, recommendation: string | null = null) => ({ foundText, recommendation });
  it.each([
    [
      'FAIL makes a finding saying what was found',
      [],
      [],
      [answer('i1', 'FAIL', 'Đến muộn', found('Lúc 7h45 phòng chưa có ai'))],
      ['Lúc 7h45 phòng chưa có ai'],
    ],
    [
      'FAIL without what was found: not worded, never the requirement',
      [],
      [],
      [answer('i1', 'FAIL', 'Đến muộn')],
      [null],
    ],
    [
      'changing away from FAIL removes the untouched finding',
      [serverAnswer('i1', 'FAIL')],
      [failedFinding('i1', 'OPEN', null)],
      [answer('i1', 'PASS')],
      [],
    ],
    [
      'a finding the unit reported on stays',
      [serverAnswer('i1', 'FAIL', 1, null, 'cũ')],
      [failedFinding('i1', 'REMEDIATION_REPORTED', 'cũ')],
      [answer('i1', 'PASS')],
      ['cũ'],
    ],
    [
      'the untouched finding follows what was found',
      [serverAnswer('i1', 'FAIL', 1, null, 'cũ')],
      [failedFinding('i1', 'OPEN', 'cũ')],
      [answer('i1', 'FAIL', null, found('mới'))],
      ['mới'],
    ],
    [
      "an old phone's write, without what was found, keeps it",
      [serverAnswer('i1', 'FAIL', 1, null, 'cũ')],
      [failedFinding('i1', 'OPEN', 'cũ')],
      [answer('i1', 'FAIL', 'ghi chú mới')],
      ['cũ'],
    ],
    [
      'a finding edited by hand keeps its text',
      [serverAnswer('i1', 'FAIL', 1, null, 'cũ')],
      [failedFinding('i1', 'OPEN', 'Viết lại bằng tay')],
      [answer('i1', 'FAIL', null, found('mới'))],
      ['Viết lại bằng tay'],
    ],
    ['FAIL then PASS leaves no finding', [], [], [answer('i1', 'FAIL'), answer('i1', 'PASS')], []],
  ] as const)('%s', (_label, answers, findings, entries, foundTexts) => {
    const { visit: shown } = withPendingWrites(visit({ answers: [...answers], findings: [...findings] }), [...entries]);
    expect(shown.findings.map((f) => f.foundText)).toEqual(foundTexts);
  });

  it('the answer and its finding carry what was found and the recommendation, the requirement apart', () => {
    const { visit: shown } = withPendingWrites(visit(), [
      answer('i1', 'FAIL', null, found(' Sổ ghi đến 30/4 ', 'Ghi sổ hằng ngày')),
    ]);
    expect(shown.answers[0]).toMatchObject({ foundText: 'Sổ ghi đến 30/4', recommendation: 'Ghi sổ hằng ngày' });
    expect(shown.findings[0]).toMatchObject({
      foundText: 'Sổ ghi đến 30/4',
      recommendation: 'Ghi sổ hằng ngày',
      requirement: 'Tiêu chí 1.1',
    });
  });

  it('the new finding is due 30 days after the visit and is editable by item', () => {
    const fail = answer('i1', 'FAIL');
    const edit = entry('SAVE_FINDING', {
      findingId: 'another-id',
      itemId: 'i1',
      severity: 'HIGH',
      description: 'Sửa tay',
      recommendation: 'Chấn chỉnh',
      deadline: '2026-12-01',
    });
    const { visit: made } = withPendingWrites(visit(), [fail]);
    expect(made.findings[0]).toMatchObject({
      id: fail.operationId,
      itemCode: '1.1',
      groupTitle: 'Giờ giấc',
      deadline: '2026-12-20',
      fromFailedItem: true,
      status: 'OPEN',
    });
    const { visit: edited } = withPendingWrites(visit(), [fail, edit]);
    expect(edited.findings).toHaveLength(1);
    expect(edited.findings[0]).toMatchObject({ id: fail.operationId, severity: 'HIGH', foundText: 'Sửa tay' });
  });
});

describe('withPendingWrites: the rest of the visit', () => {
  it('photos added and removed; a new signature replaces the old one', () => {
    const server = visit({
      attachments: [
        {
          id: 'old-sig',
          fileId: 'f0',
          itemId: null,
          kind: 'SIGNATURE_TEAM_LEAD',
          url: '/api/files/f0',
          caption: null,
          sha256: 'x',
        },
        {
          id: 'srv-photo',
          fileId: 'f9',
          itemId: 'i1',
          kind: 'PHOTO',
          url: '/api/files/f9',
          caption: null,
          sha256: 'y',
        },
      ],
    });
    const { visit: shown } = withPendingWrites(
      server,
      [
        entry('ATTACH_VISIT_FILE', { attachmentId: 'p1', fileId: 'f1', itemId: 'i1', kind: 'PHOTO' }),
        entry('ATTACH_VISIT_FILE', { attachmentId: 'p2', fileId: 'f2', itemId: 'i1', kind: 'PHOTO' }),
        entry('REMOVE_VISIT_ATTACHMENT', { attachmentId: 'p2' }),
        entry('REMOVE_VISIT_ATTACHMENT', { attachmentId: 'srv-photo' }),
        entry('ATTACH_VISIT_FILE', { attachmentId: 's1', fileId: 'f3', kind: 'SIGNATURE_TEAM_LEAD' }),
      ],
      { blobUrls: { f1: 'blob:one' } },
    );
    expect(shown.attachments.map((a) => [a.id, a.kind, a.itemId, a.url])).toEqual([
      ['p1', 'PHOTO', 'i1', 'blob:one'],
      ['s1', 'SIGNATURE_TEAM_LEAD', null, '/api/files/f3'],
    ]);
  });

  it('attendees and conclusion are replaced whole', () => {
    const { visit: shown } = withPendingWrites(visit({ conclusion: 'Cũ' }), [
      entry('SET_VISIT_ATTENDEES', { attendees: [{ name: ' Hà Thị Thu ', position: '', side: 'UNIT' }] }),
      entry('SET_VISIT_CONCLUSION', { conclusion: ' Mới ' }),
    ]);
    expect(shown.attendees).toEqual([{ name: 'Hà Thị Thu', position: null, side: 'UNIT' }]);
    expect(shown.conclusion).toBe('Mới');
  });

  it("the unit's comments are replaced whole, and cleared by an empty write", () => {
    const written = withPendingWrites(visit(), [
      entry('SET_VISIT_UNIT_COMMENTS', { unitComments: ' Đơn vị tiếp thu. ' }),
    ]).visit;
    expect(written.unitComments).toBe('Đơn vị tiếp thu.');
    const cleared = withPendingWrites(visit({ unitComments: 'Cũ' }), [
      entry('SET_VISIT_UNIT_COMMENTS', { unitComments: '' }),
    ]).visit;
    expect(cleared.unitComments).toBeNull();
  });

  it('free findings are added, edited and deleted', () => {
    const { visit: shown } = withPendingWrites(visit(), [
      entry('SAVE_FINDING', { findingId: 'x', itemId: null, severity: 'LOW', description: 'Một' }),
      entry('SAVE_FINDING', { findingId: 'y', itemId: null, severity: 'LOW', description: 'Hai' }),
      entry('SAVE_FINDING', { findingId: 'x', itemId: null, severity: 'HIGH', description: 'Một (sửa)' }),
      entry('DELETE_FINDING', { findingId: 'y' }),
    ]);
    expect(shown.findings.map((f) => [f.id, f.severity, f.foundText, f.fromFailedItem])).toEqual([
      ['x', 'HIGH', 'Một (sửa)', false],
    ]);
  });

  it.each([
    ['with the checklist on the phone', template, 'tv1', false],
    ['without it, the checklist waits for the server', null, null, true],
  ])('start %s', (_label, planned, templateId, withoutChecklist) => {
    const startedAt = '2026-11-26T03:00:00.000Z';
    const { visit: shown, local } = withPendingWrites(
      visit({
        status: 'PLANNED',
        templateVersion: null,
        plannedTemplateVersion: planned,
        progress: null,
        visitDate: null,
        startedAt: null,
      }),
      [entry('START_VISIT', { startedAt, templateVersionId: templateId }), answer('i1', 'PASS')],
    );
    expect(shown.status).toBe('IN_PROGRESS');
    expect(shown.visitDate).toBe(todayLocalDate(new Date(startedAt)));
    expect(shown.templateVersion?.id ?? null).toBe(templateId);
    expect(local.startedWithoutChecklist).toBe(withoutChecklist);
    expect(shown.progress?.answered ?? null).toBe(planned ? 1 : null);
  });

  it('a queued submission shows the visit as submitted; a refused one changes nothing', () => {
    const pending = withPendingWrites(visit(), [entry('SUBMIT_VISIT', {})]);
    expect(pending.visit.status).toBe('SUBMITTED');
    expect(pending.local.submit).toEqual({ state: 'PENDING', refusal: null });
    const refusal = { code: 'VISIT_INCOMPLETE', message: 'Chưa thể gửi' };
    const refused = withPendingWrites(visit(), [entry('SUBMIT_VISIT', {}, { state: 'REFUSED', refusal })]);
    expect(refused.visit.status).toBe('IN_PROGRESS');
    expect(refused.local.submit).toEqual({ state: 'REFUSED', refusal });
  });

  it('refused writes are still shown, and flagged with their reason', () => {
    const refusal = { code: 'VISIT_NOT_EDITABLE', message: 'Đã duyệt' };
    const { visit: shown, local } = withPendingWrites(visit(), [
      answer('i1', 'FAIL', null, {}),
      { ...answer('i2', 'PASS'), state: 'REFUSED', refusal },
    ]);
    expect(shown.answers.map((a) => [a.itemId, a.passFail])).toEqual([
      ['i1', 'FAIL'],
      ['i2', 'PASS'],
    ]);
    expect(local.pending).toBe(1);
    expect(local.refused.map((e) => itemIdOf(e.input))).toEqual(['i2']);
    expect(local.items).toEqual({
      i1: { state: 'PENDING', refusal: null },
      i2: { state: 'REFUSED', refusal },
    });
  });

  it('with nothing queued the server copy is shown as is', () => {
    const server = visit();
    const { visit: shown, local } = withPendingWrites(server, []);
    expect(shown).toEqual(server);
    expect(local).toEqual({ pending: 0, refused: [], items: {}, submit: null, startedWithoutChecklist: false });
  });
});

describe('withPendingWrites: replies to the reviewer', () => {
  const comment = (replies: { id: string; text: string; authorName: string; createdAt: string }[] = []) => ({
    id: 'c1',
    itemId: null,
    comment: 'Bổ sung ảnh.',
    authorName: 'Văn phòng',
    createdAt: '2026-11-21T01:00:00.000Z',
    replies,
  });

  it('a reply on the phone shows under its comment at once; once the server has it, only the server copy', () => {
    const reply = entry('REPLY_TO_REVIEW_COMMENT', { commentId: 'c1', replyId: 'r1', text: '  Đã bổ sung.  ' });
    const returned = visit({ status: 'RETURNED', reviewComments: [comment()] });
    const shown = withPendingWrites(returned, [reply]).visit.reviewComments[0].replies;
    expect(shown).toEqual([{ id: 'r1', text: 'Đã bổ sung.', authorName: '', createdAt: reply.createdAt }]);
    const onServer = { id: 'r1', text: 'Đã bổ sung.', authorName: 'Kiểm tra', createdAt: '2026-11-21T02:00:00.000Z' };
    const synced = visit({ status: 'RETURNED', reviewComments: [comment([onServer])] });
    expect(withPendingWrites(synced, [reply]).visit.reviewComments[0].replies).toEqual([onServer]);
  });

  it('repliesOnPhone marks the waiting and the refused replies by reply id', () => {
    const refusal = { code: 'REVIEW_REPLY_VISIT_NOT_RETURNED', message: 'Không còn bị trả lại.' };
    const waiting = [
      entry('REPLY_TO_REVIEW_COMMENT', { commentId: 'c1', replyId: 'r1', text: 'Một' }),
      entry('REPLY_TO_REVIEW_COMMENT', { commentId: 'c1', replyId: 'r2', text: 'Hai' }, { state: 'REFUSED', refusal }),
      answer('i1', 'PASS'),
    ];
    expect(repliesOnPhone(waiting)).toEqual({
      r1: { state: 'PENDING', refusal: null },
      r2: { state: 'REFUSED', refusal },
    });
  });
});
