import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_YEAR } from '../helpers/demo.js';
import { fakeJpeg, sha256, TINY_PNG } from '../helpers/images.js';
import { GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

const VISIT_FIELDS = `id status canEdit plannedMonth
  templateVersion { id number groups { title items { id code text } } }
  answers { itemId passFail numberValue textValue note }
  attachments { id kind itemId fileId sha256 }
  findings { id status foundText requirement recommendation description fromFailedItem itemId }
  reviewComments { itemId comment authorName }
  problems { code itemCode }
  progress { answered total }`;
const VISIT = `query ($id: ID!) { visit(id: $id) { ${VISIT_FIELDS} } }`;
const write = (name: string, type: string) => `mutation ($i: ${type}!) { ${name}(input: $i) { ${VISIT_FIELDS} } }`;
const START = write('startVisit', 'StartVisitInput');
const ANSWER = write('answerItem', 'AnswerItemInput');
const ATTENDEES = write('setVisitAttendees', 'SetAttendeesInput');
const CONCLUSION = write('setVisitConclusion', 'SetConclusionInput');
const ATTACH = write('attachVisitFile', 'AttachFileInput');
const SUBMIT = write('submitVisit', 'SubmitVisitInput');
const RETURN = write('returnVisit', 'ReturnVisitInput');
const REVISE = write('reviseVisit', 'ReviseVisitInput');
const APPROVE = `mutation ($id: ID!) { approveVisit(visitId: $id) { ${VISIT_FIELDS} } }`;
const SAVE_DRAFT = `mutation ($i: SaveChecklistDraftInput!) { saveChecklistDraft(input: $i) { id number status } }`;
const PUBLISH = `mutation ($id: ID!) { publishChecklistDraft(templateId: $id) { id number status } }`;

interface VisitView {
  id: string;
  status: string;
  canEdit: boolean;
  templateVersion: {
    id: string;
    number: number;
    groups: { title: string; items: { id: string; code: string; text: string }[] }[];
  };
  answers: { itemId: string; passFail: string | null; numberValue: number | null }[];
  attachments: { id: string; kind: string; itemId: string | null; fileId: string; sha256: string }[];
  findings: {
    id: string;
    status: string;
    foundText: string | null;
    requirement: string | null;
    recommendation: string | null;
    description: string;
    fromFailedItem: boolean;
    itemId: string | null;
  }[];
  reviewComments: { itemId: string | null; comment: string; authorName: string }[];
  problems: { code: string; itemCode: string | null }[];
  progress: { answered: number; total: number };
}

let t: TestApp;
let office: GraphQLCaller;
let inspector: GraphQLCaller;
let otherInspector: GraphQLCaller;
let leader: GraphQLCaller;
let templateId: string;
let visitId: string;
let otherTeamVisitId: string;
let unitHead: GraphQLCaller;
let planId: string;
let teamA: string;
const unitIds = new Map<string, string>();
const item = new Map<string, string>();

const op = () => randomUUID();
const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  res.errors?.[0]?.extensions?.code ?? null;

function smallChecklist(textA1: string) {
  return [
    {
      code: 'A',
      title: 'Nhóm A',
      items: [
        { code: 'A1', text: textA1, answerType: 'PASS_FAIL', points: 5, photoRequiredOnFail: true, required: true },
        {
          code: 'A2',
          text: 'Số người vắng mặt',
          answerType: 'NUMBER',
          minValue: 0,
          maxValue: 10,
          points: 0,
          photoRequiredOnFail: false,
          required: true,
        },
        { code: 'A3', text: 'Ý kiến khác', answerType: 'TEXT', points: 0, photoRequiredOnFail: false, required: false },
      ],
    },
  ];
}

beforeAll(async () => {
  t = await startTestApp();
  [office, inspector, otherInspector, leader] = await Promise.all([
    t.as('vanphong'),
    t.as('kiemtra'),
    t.as('kiemtra2'),
    t.as('lanhdao'),
  ]);
  const units = await office.request<{ units: { id: string; code: string }[] }>('{ units { id code } }');
  for (const u of units.data?.units ?? []) unitIds.set(u.code, u.id);
  const templates = await office.request<{ checklistTemplates: { id: string; code: string }[] }>(
    '{ checklistTemplates { id code } }',
  );
  templateId = templates.data?.checklistTemplates.find((c) => c.code === 'KLKC')?.id ?? '';

  // A new checklist version for this year, a team, a plan and two visits (one of another team).
  expect(
    code(await office.request(SAVE_DRAFT, { i: { templateId, groups: smallChecklist('Đeo thẻ công chức') } })),
  ).toBeNull();
  expect(code(await office.request(PUBLISH, { id: templateId }))).toBeNull();
  const users = await (await t.as('admin')).request<{ users: { id: string; username: string }[] }>(
    '{ users { id username } }',
  );
  const userId = (name: string) => users.data?.users.find((u) => u.username === name)?.id;
  const team = async (name: string, member: string) => {
    const res = await office.request<{ saveInspectionTeam: { id: string } }>(
      'mutation ($i: SaveTeamInput!) { saveInspectionTeam(input: $i) { id } }',
      {
        i: {
          year: DEMO_YEAR,
          name,
          decisionNumber: '77/QĐ-SNN',
          decisionDate: `${DEMO_YEAR}-03-01`,
          members: [{ userId: userId(member), role: 'LEAD' }],
        },
      },
    );
    return res.data?.saveInspectionTeam.id ?? '';
  };
  teamA = await team('Đoàn A', 'kiemtra');
  const teamB = await team('Đoàn B', 'kiemtra2');
  const plan = await office.request<{ createInspectionPlan: { id: string } }>(
    'mutation ($i: CreatePlanInput!) { createInspectionPlan(input: $i) { id } }',
    {
      i: {
        year: DEMO_YEAR,
        title: 'Kế hoạch thử',
        documentNumber: '99/KH-SNN',
        documentDate: `${DEMO_YEAR}-03-02`,
        templateId,
      },
    },
  );
  planId = plan.data?.createInspectionPlan.id ?? '';
  const line = async (unit: string, teamId: string) => {
    const res = await office.request<{ addPlanLine: { visit: { id: string; status: string } } }>(
      'mutation ($i: PlanLineInput!) { addPlanLine(input: $i) { visit { id status } } }',
      { i: { planId, unitId: unitIds.get(unit), plannedMonth: 11, teamId } },
    );
    expect(res.data?.addPlanLine.visit.status).toBe('PLANNED');
    return res.data?.addPlanLine.visit.id ?? '';
  };
  visitId = await line('CCCNTY', teamA);
  otherTeamVisitId = await line('TTKN', teamB);

  // The head of the inspected unit.
  const admin = await t.as('admin');
  await admin.request('mutation ($i: CreateUserInput!) { createUser(input: $i) { id } }', {
    i: {
      username: 'truong.cccnty',
      fullName: 'Trưởng Chi cục Chăn nuôi',
      role: 'UNIT_HEAD',
      unitId: unitIds.get('CCCNTY'),
      password: 'TamThoi2026',
    },
  });
  // As if the head had chosen a password of their own (the first change is covered by password-change-required.test.ts).
  await t.sql(`update app_user set must_change_password = false where username = 'truong.cccnty'`);
  unitHead = await new GraphQLCaller(t.url).signIn('truong.cccnty', 'TamThoi2026');
});
afterAll(() => t?.close());

describe('a visit from plan to approval', () => {
  it('refuses a plan line in a month that does not exist, and adds nothing', async () => {
    const before = await t.sql('select id from plan_line order by id');
    for (const plannedMonth of [0, 13]) {
      const res = await office.request('mutation ($i: PlanLineInput!) { addPlanLine(input: $i) { id } }', {
        i: { planId, unitId: unitIds.get('CCTL'), plannedMonth, teamId: teamA },
      });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toContain('Tháng phải từ 1 đến 12.');
    }
    expect(await t.sql('select id from plan_line order by id')).toEqual(before);
  });

  it('is in the inspector’s list, planned, and cannot be answered before it starts', async () => {
    const mine = await inspector.request<{ myVisits: { id: string; status: string }[] }>('{ myVisits { id status } }');
    expect(mine.data?.myVisits.find((v) => v.id === visitId)?.status).toBe('PLANNED');
    expect(mine.data?.myVisits.map((v) => v.id)).not.toContain(otherTeamVisitId);
    const res = await inspector.request(ANSWER, {
      i: { operationId: op(), visitId, itemId: randomUUID(), passFail: 'PASS' },
    });
    expect(code(res)).toBe('VISIT_NOT_EDITABLE');
  });

  it('starts on the latest published checklist version, once', async () => {
    const res = await inspector.request<{ startVisit: VisitView }>(START, {
      i: { operationId: op(), visitId, latitude: 21.85, longitude: 106.76 },
    });
    expect(res.errors).toBeUndefined();
    const visit = res.data?.startVisit as VisitView;
    expect(visit.status).toBe('IN_PROGRESS');
    expect(visit.templateVersion.number).toBe(2);
    for (const i of visit.templateVersion.groups.flatMap((g) => g.items)) item.set(i.code, i.id);
    expect(code(await inspector.request(START, { i: { operationId: op(), visitId } }))).toBe('VISIT_ALREADY_STARTED');
  });

  it('keeps its checklist version when the template is edited and republished mid-visit', async () => {
    await office.request(SAVE_DRAFT, { i: { templateId, groups: smallChecklist('Nội dung đã sửa') } });
    const published = await office.request<{ publishChecklistDraft: { number: number } }>(PUBLISH, { id: templateId });
    expect(published.data?.publishChecklistDraft.number).toBe(3);
    const visit = await inspector.request<{ visit: VisitView }>(VISIT, { id: visitId });
    expect(visit.data?.visit.templateVersion.number).toBe(2);
    expect(visit.data?.visit.templateVersion.groups[0]?.items[0]?.text).toBe('Đeo thẻ công chức');
    expect(visit.data?.visit.templateVersion.groups[0]?.items[0]?.id).toBe(item.get('A1'));
    // the published version itself cannot be edited: saving makes a new draft
    const draft = await office.request<{ saveChecklistDraft: { number: number; status: string } }>(SAVE_DRAFT, {
      i: { templateId, groups: smallChecklist('Bản nháp mới') },
    });
    expect(draft.data?.saveChecklistDraft).toEqual({ id: expect.any(String), number: 4, status: 'DRAFT' });
  });

  it('a failed item makes a finding; submit lists everything missing and refuses', async () => {
    const res = await inspector.request<{ answerItem: VisitView }>(ANSWER, {
      i: {
        operationId: op(),
        visitId,
        itemId: item.get('A1'),
        passFail: 'FAIL',
        note: 'Hai người không đeo thẻ.',
        foundText: 'Lúc 7h40, 2/6 công chức không đeo thẻ.',
      },
    });
    expect(res.data?.answerItem.findings).toEqual([
      expect.objectContaining({ fromFailedItem: true, itemId: item.get('A1'), status: 'OPEN' }),
    ]);
    const submit = await inspector.request(SUBMIT, { i: { operationId: op(), visitId } });
    expect(code(submit)).toBe('VISIT_INCOMPLETE');
    const problems = ((submit.errors?.[0]?.extensions?.problems ?? []) as { code: string; itemCode: string }[]).map(
      (p) => `${p.code}:${p.itemCode ?? ''}`,
    );
    expect(problems.sort()).toEqual(
      [
        'ANSWER_MISSING:A2',
        'PHOTO_MISSING:A1',
        'ATTENDEES_MISSING:',
        'CONCLUSION_MISSING:',
        'SIGNATURE_MISSING:TEAM_LEAD',
        'SIGNATURE_MISSING:UNIT_REPRESENTATIVE',
      ].sort(),
    );
    const visit = await inspector.request<{ visit: VisitView }>(VISIT, { id: visitId });
    expect(visit.data?.visit.status).toBe('IN_PROGRESS');
  });

  it("a failed item's finding says what was found, follows the answer's wording until someone edits the finding by hand", async () => {
    const answer = (wording: { foundText?: string; recommendation?: string }, note = 'Ghi chú.') =>
      inspector.request<{ answerItem: VisitView }>(ANSWER, {
        i: { operationId: op(), visitId, itemId: item.get('A1'), passFail: 'FAIL', note, ...wording },
      });
    const res = await answer({ foundText: 'Ba người không đeo thẻ.', recommendation: 'Nhắc nhở đeo thẻ.' });
    expect(res.data?.answerItem.findings[0]).toMatchObject({
      foundText: 'Ba người không đeo thẻ.',
      recommendation: 'Nhắc nhở đeo thẻ.',
      requirement: 'Đeo thẻ công chức',
      description: 'Ba người không đeo thẻ.',
    });
    // A phone from before what was found was asked for sends none: the answer keeps it.
    const old = await answer({}, 'Ghi chú sau.');
    expect(old.errors).toBeUndefined();
    expect(old.data?.answerItem.findings[0]?.foundText).toBe('Ba người không đeo thẻ.');
    const findingId = res.data?.answerItem.findings[0]?.id;
    await inspector.request(write('saveFinding', 'SaveFindingInput'), {
      i: {
        operationId: op(),
        visitId,
        findingId,
        itemId: item.get('A1'),
        severity: 'HIGH',
        description: 'Mô tả do đoàn viết lại.',
      },
    });
    const after = await answer({ foundText: 'Hai người không đeo thẻ.' });
    expect(after.data?.answerItem.findings[0]?.foundText).toBe('Mô tả do đoàn viết lại.');
  });

  it('refuses an answer of the wrong kind or out of bounds, and an item of another checklist', async () => {
    const a2 = item.get('A2');
    expect(
      code(await inspector.request(ANSWER, { i: { operationId: op(), visitId, itemId: a2, numberValue: 11 } })),
    ).toBe('ANSWER_INVALID');
    expect(
      code(await inspector.request(ANSWER, { i: { operationId: op(), visitId, itemId: a2, passFail: 'PASS' } })),
    ).toBe('ANSWER_INVALID');
    const demoVersion = await office.request<{
      checklistTemplates: { versions: { number: number; groups: { items: { id: string }[] }[] }[] }[];
    }>('{ checklistTemplates { versions { number groups { items { id } } } } }');
    const foreignItem = demoVersion.data?.checklistTemplates[0]?.versions.find((v) => v.number === 1)?.groups[0]
      ?.items[0]?.id;
    expect(
      code(
        await inspector.request(ANSWER, { i: { operationId: op(), visitId, itemId: foreignItem, passFail: 'PASS' } }),
      ),
    ).toBe('ITEM_NOT_IN_VISIT');
  });

  it('applies a write once per operation id, and refuses the id with other arguments', async () => {
    const operationId = op();
    const args = { operationId, visitId, itemId: item.get('A2'), numberValue: 3 };
    expect(code(await inspector.request(ANSWER, { i: args }))).toBeNull();
    expect(code(await inspector.request(ANSWER, { i: args }))).toBeNull();
    expect(code(await inspector.request(ANSWER, { i: { ...args } }))).toBeNull();
    const entries = await t.sql<{ n: string }>(
      `select count(*) as n from audit_entry where visit_id = ? and entity_type = 'VisitAnswer' and after->>'itemCode' = 'A2'`,
      [visitId],
    );
    expect(Number(entries[0]?.n)).toBe(1);
    expect(code(await inspector.request(ANSWER, { i: { ...args, numberValue: 4 } }))).toBe('OPERATION_ID_REUSED');
    const visit = await inspector.request<{ visit: VisitView }>(VISIT, { id: visitId });
    expect(visit.data?.visit.answers.find((a) => a.itemId === item.get('A2'))?.numberValue).toBe(3);
  });
});

describe('evidence photos', () => {
  let photoId: string;

  it('stores an image and returns the sha256 of the bytes sent', async () => {
    photoId = randomUUID();
    const bytes = fakeJpeg(5000, 7);
    const res = await inspector.upload(photoId, bytes);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: photoId, sha256: sha256(bytes), size: 5000, mimeType: 'image/jpeg' });
    // a retried upload of the same bytes is accepted and changes nothing
    expect((await inspector.upload(photoId, bytes)).status).toBe(201);
    const rows = await t.sql<{ n: string }>('select count(*) as n from stored_file where id = ?', [photoId]);
    expect(Number(rows[0]?.n)).toBe(1);
    const back = await inspector.download(photoId);
    expect(back.status).toBe(200);
    expect(sha256(back.bytes)).toBe(sha256(bytes));
  });

  it.each([
    [
      'not an image (checked on the bytes, not the header)',
      () => Buffer.from('<html>không phải ảnh</html>'),
      'image/jpeg',
      415,
      'FILE_NOT_IMAGE',
    ],
    ['too large', () => fakeJpeg(10 * 1024 * 1024 + 1), 'image/jpeg', 413, 'FILE_TOO_LARGE'],
    ['empty', () => Buffer.alloc(0), 'image/jpeg', 400, 'FILE_EMPTY'],
  ])('refuses a file that is %s', async (_label, bytes, type, status, errorCode) => {
    const id = randomUUID();
    const res = await inspector.upload(id, bytes(), type);
    expect(res.status).toBe(status);
    expect(res.body.code).toBe(errorCode);
    expect(typeof res.body.message).toBe('string');
    const rows = await t.sql<{ n: string }>('select count(*) as n from stored_file where id = ?', [id]);
    expect(Number(rows[0]?.n)).toBe(0);
  });

  it('refuses other bytes under a used id, anonymous uploads, and leadership', async () => {
    expect((await inspector.upload(photoId, fakeJpeg(5000, 8))).body.code).toBe('FILE_ID_CONFLICT');
    expect((await t.caller().upload(randomUUID(), fakeJpeg())).status).toBe(401);
    expect((await leader.upload(randomUUID(), fakeJpeg())).body.code).toBe('FORBIDDEN');
    expect((await inspector.upload('not-a-uuid', fakeJpeg())).body.code).toBe('FILE_ID_INVALID');
  });

  it('attaches the photo to the failed item; another team’s inspector can neither see nor use it', async () => {
    const res = await inspector.request<{ attachVisitFile: VisitView }>(ATTACH, {
      i: {
        operationId: op(),
        visitId,
        attachmentId: randomUUID(),
        itemId: item.get('A1'),
        kind: 'PHOTO',
        fileId: photoId,
      },
    });
    expect(res.data?.attachVisitFile.attachments).toEqual([
      expect.objectContaining({ kind: 'PHOTO', itemId: item.get('A1'), fileId: photoId, sha256: expect.any(String) }),
    ]);
    expect((await otherInspector.download(photoId)).status).toBe(404);
    expect(code(await otherInspector.request(VISIT, { id: visitId }))).toBe('VISIT_NOT_FOUND');
    expect(
      code(
        await otherInspector.request(ANSWER, {
          i: { operationId: op(), visitId, itemId: item.get('A1'), passFail: 'PASS' },
        }),
      ),
    ).toBe('VISIT_NOT_FOUND');
    const other = await otherInspector.request(ATTACH, {
      i: { operationId: op(), visitId: otherTeamVisitId, attachmentId: randomUUID(), kind: 'PHOTO', fileId: photoId },
    });
    expect(code(other)).toBe('VISIT_NOT_EDITABLE');
  });
});

describe('submit, return, resubmit, approve, revise', () => {
  it('submits once everything is there', async () => {
    await inspector.request(ATTENDEES, {
      i: {
        operationId: op(),
        visitId,
        attendees: [
          { name: 'Lương Văn Tuấn', position: 'Trưởng đoàn', side: 'TEAM' },
          { name: 'Trưởng Chi cục Chăn nuôi', position: 'Chi cục trưởng', side: 'UNIT' },
        ],
      },
    });
    await inspector.request(CONCLUSION, {
      i: { operationId: op(), visitId, conclusion: 'Đơn vị cơ bản chấp hành tốt.' },
    });
    for (const kind of ['SIGNATURE_TEAM_LEAD', 'SIGNATURE_UNIT_REPRESENTATIVE']) {
      const fileId = randomUUID();
      expect((await inspector.upload(fileId, TINY_PNG, 'image/png')).status).toBe(201);
      expect(
        code(
          await inspector.request(ATTACH, {
            i: { operationId: op(), visitId, attachmentId: randomUUID(), kind, fileId },
          }),
        ),
      ).toBeNull();
    }
    const res = await inspector.request<{ submitVisit: VisitView }>(SUBMIT, { i: { operationId: op(), visitId } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.submitVisit).toMatchObject({ status: 'SUBMITTED', canEdit: false, problems: [] });
  });

  it('a submitted visit cannot be edited by the team, nor approved by them', async () => {
    expect(
      code(
        await inspector.request(ANSWER, {
          i: { operationId: op(), visitId, itemId: item.get('A1'), passFail: 'PASS' },
        }),
      ),
    ).toBe('VISIT_NOT_EDITABLE');
    expect(code(await inspector.request(SUBMIT, { i: { operationId: op(), visitId } }))).toBe('VISIT_NOT_EDITABLE');
    expect(code(await inspector.request(APPROVE, { id: visitId }))).toBe('FORBIDDEN');
  });

  it('office staff return it with a comment on an item; a return needs a comment', async () => {
    expect(code(await office.request(RETURN, { i: { visitId } }))).toBe('RETURN_COMMENT_REQUIRED');
    const res = await office.request<{ returnVisit: VisitView }>(RETURN, {
      i: {
        visitId,
        comment: 'Bổ sung ý kiến khác.',
        itemComments: [{ itemId: item.get('A3'), comment: 'Ghi rõ ý kiến.' }],
      },
    });
    expect(res.data?.returnVisit.status).toBe('RETURNED');
    expect(res.data?.returnVisit.reviewComments).toEqual(
      expect.arrayContaining([
        { itemId: item.get('A3'), comment: 'Ghi rõ ý kiến.', authorName: 'Nguyễn Thị Hoa' },
        { itemId: null, comment: 'Bổ sung ý kiến khác.', authorName: 'Nguyễn Thị Hoa' },
      ]),
    );
    expect(code(await office.request(APPROVE, { id: visitId }))).toBe('VISIT_NOT_SUBMITTED');
    expect(code(await office.request(RETURN, { i: { visitId, comment: 'Lần nữa' } }))).toBe('VISIT_NOT_SUBMITTED');
  });

  it('the inspector fixes it and resubmits; office staff approve; then it is locked', async () => {
    const fix = await inspector.request<{ answerItem: VisitView }>(ANSWER, {
      i: { operationId: op(), visitId, itemId: item.get('A3'), textValue: 'Đơn vị đề nghị tập huấn thêm.' },
    });
    expect(fix.data?.answerItem.progress).toEqual({ answered: 3, total: 3 });
    expect(code(await inspector.request(SUBMIT, { i: { operationId: op(), visitId } }))).toBeNull();
    const approved = await office.request<{ approveVisit: VisitView }>(APPROVE, { id: visitId });
    expect(approved.data?.approveVisit.status).toBe('APPROVED');
    expect(code(await office.request(APPROVE, { id: visitId }))).toBe('VISIT_NOT_SUBMITTED');
    expect(
      code(
        await inspector.request(ANSWER, {
          i: { operationId: op(), visitId, itemId: item.get('A1'), passFail: 'PASS' },
        }),
      ),
    ).toBe('VISIT_NOT_EDITABLE');
    expect(code(await office.request(RETURN, { i: { visitId, comment: 'Trả lại' } }))).toBe('VISIT_NOT_SUBMITTED');
  });

  it('an approved visit changes only through a revision with a reason, shown in the audit trail', async () => {
    expect(code(await office.request(REVISE, { i: { visitId, reason: '  ', conclusion: 'Mới' } }))).toBe(
      'REVISION_REASON_REQUIRED',
    );
    expect(code(await inspector.request(REVISE, { i: { visitId, reason: 'x', conclusion: 'Mới' } }))).toBe('FORBIDDEN');
    const revised = await office.request<{ reviseVisit: VisitView }>(REVISE, {
      i: { visitId, reason: 'Sửa số liệu theo biên bản giấy.', answers: [{ itemId: item.get('A2'), numberValue: 2 }] },
    });
    expect(revised.data?.reviseVisit.status).toBe('APPROVED');
    expect(revised.data?.reviseVisit.answers.find((a) => a.itemId === item.get('A2'))?.numberValue).toBe(2);
    const trail = await office.request<{
      auditTrail: {
        action: string;
        reason: string | null;
        actorName: string;
        before: { numberValue?: number };
        after: { numberValue?: number };
      }[];
    }>('query ($id: ID!) { auditTrail(entityId: $id) { action reason actorName before after } }', { id: visitId });
    const actions = trail.data?.auditTrail.map((e) => e.action) ?? [];
    expect(actions).toEqual(expect.arrayContaining(['START', 'SUBMIT', 'RETURN', 'APPROVE', 'REVISE']));
    const revision = trail.data?.auditTrail.find((e) => e.action === 'REVISE');
    expect(revision).toMatchObject({ reason: 'Sửa số liệu theo biên bản giấy.', actorName: 'Nguyễn Thị Hoa' });
    expect(revision?.before.numberValue).toBe(3);
    expect(revision?.after.numberValue).toBe(2);
    expect(
      code(await inspector.request('query ($id: ID!) { auditTrail(entityId: $id) { id } }', { id: visitId })),
    ).toBe('FORBIDDEN');
  });

  it('the audit trail is append-only, even for direct SQL', async () => {
    await expect(t.sql(`update audit_entry set action = 'FORGED' where visit_id = ?`, [visitId])).rejects.toThrow(
      /append-only/,
    );
    await expect(t.sql('delete from audit_entry where visit_id = ?', [visitId])).rejects.toThrow(/append-only/);
  });
});

describe('findings and remediation', () => {
  let findingId: string;

  it('appear after approval for the unit head of that unit only', async () => {
    const mine = await unitHead.request<{
      findings: { id: string; status: string; responsibleUnit: { code: string } }[];
    }>('{ findings { id status responsibleUnit { code } } }');
    expect(mine.data?.findings).toHaveLength(1);
    findingId = mine.data?.findings[0]?.id ?? '';
    expect(mine.data?.findings[0]).toMatchObject({ status: 'OPEN', responsibleUnit: { code: 'CCCNTY' } });
    const other = await (await t.as('thutruong')).request<{ findings: { id: string }[] }>('{ findings { id } }');
    expect(other.data?.findings.map((f) => f.id)).not.toContain(findingId);
  });

  it('the unit head reports remediation with a photo; another unit’s head is refused', async () => {
    const photo = randomUUID();
    expect((await unitHead.upload(photo, fakeJpeg(3000, 3))).status).toBe(201);
    const stranger = await (await t.as('thutruong')).request(
      'mutation ($i: ReportRemediationInput!) { reportRemediation(input: $i) { id } }',
      { i: { operationId: op(), findingId, text: 'Đã khắc phục' } },
    );
    expect(code(stranger)).toBe('FINDING_NOT_FOUND');
    const res = await unitHead.request<{
      reportRemediation: { status: string; remediationText: string; remediationPhotos: { fileId: string }[] };
    }>(
      'mutation ($i: ReportRemediationInput!) { reportRemediation(input: $i) { status remediationText remediationPhotos { fileId } } }',
      {
        i: {
          operationId: op(),
          findingId,
          text: 'Đã nhắc nhở, toàn bộ viên chức đeo thẻ.',
          photos: [{ attachmentId: randomUUID(), fileId: photo }],
        },
      },
    );
    expect(res.data?.reportRemediation).toEqual({
      status: 'REMEDIATION_REPORTED',
      remediationText: 'Đã nhắc nhở, toàn bộ viên chức đeo thẻ.',
      remediationPhotos: [{ fileId: photo }],
    });
    // office staff see the evidence photo; another unit head does not
    expect((await office.download(photo)).status).toBe(200);
    expect((await (await t.as('thutruong')).download(photo)).status).toBe(404);
  });

  it('office staff close it and reopen it; illegal transitions have their own code', async () => {
    const CLOSE = 'mutation ($i: CloseFindingInput!) { closeFinding(input: $i) { status reopenCount } }';
    const REOPEN = 'mutation ($i: ReopenFindingInput!) { reopenFinding(input: $i) { status reopenCount } }';
    const REPORT = 'mutation ($i: ReportRemediationInput!) { reportRemediation(input: $i) { status } }';
    expect(code(await unitHead.request(REPORT, { i: { operationId: op(), findingId, text: 'Lần hai' } }))).toBe(
      'FINDING_WRONG_STATUS',
    );
    expect(
      (await office.request<{ closeFinding: { status: string } }>(CLOSE, { i: { findingId } })).data?.closeFinding
        .status,
    ).toBe('CLOSED');
    expect(code(await office.request(CLOSE, { i: { findingId } }))).toBe('FINDING_WRONG_STATUS');
    expect(code(await unitHead.request(CLOSE, { i: { findingId } }))).toBe('FORBIDDEN');
    const reopened = await office.request<{ reopenFinding: { status: string; reopenCount: number } }>(REOPEN, {
      i: { findingId, reason: 'Ảnh chưa rõ.' },
    });
    expect(reopened.data?.reopenFinding).toEqual({ status: 'OPEN', reopenCount: 1 });
    expect(code(await office.request(REOPEN, { i: { findingId, reason: 'Lần nữa' } }))).toBe('FINDING_WRONG_STATUS');
    expect(code(await office.request(CLOSE, { i: { findingId } }))).toBe('FINDING_WRONG_STATUS');
    const trail = await office.request<{ auditTrail: { action: string }[] }>(
      'query ($id: ID!) { auditTrail(entityId: $id) { action } }',
      { id: findingId },
    );
    expect(trail.data?.auditTrail.map((e) => e.action)).toEqual(
      expect.arrayContaining(['CREATE_FROM_FAILED_ITEM', 'REPORT_REMEDIATION', 'CLOSE', 'REOPEN']),
    );
    // the unit head sees the history of their own finding too
    const own = await unitHead.request<{ auditTrail: { action: string }[] }>(
      'query ($id: ID!) { auditTrail(entityId: $id) { action } }',
      { id: findingId },
    );
    expect(own.data?.auditTrail.map((e) => e.action)).toContain('REOPEN');
  });

  it('the unit head sees the approved visit of their unit, not others', async () => {
    expect(code(await unitHead.request(VISIT, { id: visitId }))).toBeNull();
    expect(code(await unitHead.request(VISIT, { id: otherTeamVisitId }))).toBe('VISIT_NOT_FOUND');
  });

  it("a later visit to a unit shows the unit's earlier findings and whether each was fixed", async () => {
    const res = await office.request<{
      visit: { previousFindings: { status: string; visitDate: string; overdue: boolean }[] };
    }>('query ($id: ID!) { visit(id: $id) { previousFindings { status visitDate overdue } } }', {
      id: otherTeamVisitId,
    });
    expect(res.data?.visit.previousFindings).toEqual([
      expect.objectContaining({ status: 'OPEN', overdue: true, visitDate: expect.stringMatching(/^2021-/) }),
    ]);
  });

  it('leadership reads everything and changes nothing', async () => {
    expect(code(await leader.request(VISIT, { id: visitId }))).toBeNull();
    const counts = await leader.request<{ findingCounts: { open: number } }>(
      `{ findingCounts(filter: { year: ${DEMO_YEAR} }) { open } }`,
    );
    expect(counts.data?.findingCounts.open).toBe(1);
    expect(code(await leader.request(APPROVE, { id: otherTeamVisitId }))).toBe('FORBIDDEN');
  });
});

describe('revising an approved answer', () => {
  const FINDINGS = 'query ($id: ID!) { visit(id: $id) { findings { status itemId } } }';
  const findings = async () =>
    (
      await office.request<{ visit: { findings: { status: string; itemId: string | null }[] } }>(FINDINGS, {
        id: visitId,
      })
    ).data?.visit.findings ?? [];

  it('keeps the findings in step: an open one goes, a new failure adds one, one the unit reported on stays', async () => {
    // The A1 finding was reopened above, so it is open: revising the answer to Đạt removes it.
    await office.request(REVISE, {
      i: { visitId, reason: 'Nhập nhầm kết quả.', answers: [{ itemId: item.get('A1'), passFail: 'PASS' }] },
    });
    expect(await findings()).toEqual([]);
    // A revision to Không đạt says what was found too; refused, it changes nothing.
    const unworded = await office.request(REVISE, {
      i: {
        visitId,
        reason: 'Trả lại kết quả đúng.',
        answers: [{ itemId: item.get('A1'), passFail: 'FAIL', note: 'Không đeo thẻ.' }],
      },
    });
    expect(code(unworded)).toBe('FINDING_FOUND_TEXT_REQUIRED');
    expect(await findings()).toEqual([]);
    await office.request(REVISE, {
      i: {
        visitId,
        reason: 'Trả lại kết quả đúng.',
        answers: [
          { itemId: item.get('A1'), passFail: 'FAIL', note: 'Không đeo thẻ.', foundText: 'Một người không đeo thẻ.' },
        ],
      },
    });
    expect(await findings()).toEqual([{ status: 'OPEN', itemId: item.get('A1') }]);
    const mine = await unitHead.request<{ findings: { id: string; status: string }[] }>('{ findings { id status } }');
    const open = mine.data?.findings.find((f) => f.status === 'OPEN');
    await unitHead.request('mutation ($i: ReportRemediationInput!) { reportRemediation(input: $i) { id } }', {
      i: { operationId: op(), findingId: open?.id, text: 'Đã nhắc nhở.' },
    });
    await office.request(REVISE, {
      i: { visitId, reason: 'Kiểm tra lại: đạt.', answers: [{ itemId: item.get('A1'), passFail: 'PASS' }] },
    });
    expect(await findings()).toEqual([{ status: 'REMEDIATION_REPORTED', itemId: item.get('A1') }]);
  });
});

describe('demo data', () => {
  it('has the default checklist, a 2021 plan covering every unit, approved visits and findings in several states', async () => {
    const plans = await office.request<{
      inspectionPlans: {
        documentNumber: string;
        lines: { unit: { code: string }; visit: { status: string } }[];
        progress: { done: number; overdue: number }[];
      }[];
    }>(
      '{ inspectionPlans(year: 2021) { documentNumber lines { unit { code } visit { status } } progress { done overdue } } }',
    );
    const plan = plans.data?.inspectionPlans[0];
    // Every unit of 2021: those in force that year, whatever became of them in the 2025 reform.
    const units = await office.request<{
      units: { code: string; parentId: string | null; activeFrom: string; activeTo: string | null }[];
    }>('{ units(filter: { includeInactive: true }) { code parentId activeFrom activeTo } }');
    const subordinate = (units.data?.units ?? [])
      .filter(
        (u) => u.parentId !== null && u.activeFrom <= '2021-12-31' && (u.activeTo ?? '2021-01-01') >= '2021-01-01',
      )
      .map((u) => u.code)
      .sort();
    expect(plan?.lines.map((l) => l.unit.code).sort()).toEqual(subordinate);
    expect(new Set(plan?.lines.map((l) => l.visit.status))).toEqual(new Set(['APPROVED']));
    expect(plan?.progress.reduce((n, m) => n + m.done, 0)).toBe(subordinate.length);
    const findings = await office.request<{ findings: { status: string }[] }>(
      '{ findings(filter: { year: 2021 }) { status } }',
    );
    expect(new Set(findings.data?.findings.map((f) => f.status))).toEqual(
      new Set(['OPEN', 'REMEDIATION_REPORTED', 'CLOSED']),
    );
    const template = await office.request<{
      checklistTemplates: { code: string; versions: { number: number; groups: { title: string }[] }[] }[];
    }>('{ checklistTemplates { code versions { number groups { title } } } }');
    const v1 = template.data?.checklistTemplates.find((c) => c.code === 'KLKC')?.versions.find((v) => v.number === 1);
    expect(v1?.groups.map((g) => g.title)).toEqual([
      'Giờ giấc làm việc',
      'Văn hóa công sở',
      'Nội quy, quy chế',
      'Công khai thủ tục hành chính và một cửa',
      'Tiếp nhận phản ánh, kiến nghị',
      'Văn bản và hồ sơ',
    ]);
  });
});
