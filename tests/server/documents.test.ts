import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_YEAR } from '../helpers/demo.js';
import { docxText, pdfText, pdfTool } from '../helpers/documents.js';
import { TINY_PNG } from '../helpers/images.js';
import { type GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

interface VisitRow {
  id: string;
  status: string;
  visitDate: string | null;
  unit: { code: string; name: string };
  findings: { foundText: string | null; requirement: string | null }[];
  answers: { passFail: string | null }[];
}

const VISITS = `query ($year: Int) { visits(year: $year, first: 50) { id status visitDate unit { code name }
  findings { foundText requirement } answers { passFail } } }`;

let t: TestApp;
let office: GraphQLCaller;
let ttkn: VisitRow;
let caoLoc: VisitRow;

async function get(caller: GraphQLCaller | null, url: string) {
  const headers: Record<string, string> = {};
  if (caller?.cookie) headers.cookie = caller.cookie;
  const res = await fetch(`${t.url}${url}`, { headers });
  const bytes = Buffer.from(await res.arrayBuffer());
  const json = res.headers.get('content-type')?.startsWith('application/json')
    ? (JSON.parse(bytes.toString('utf8')) as { code: string; message: string })
    : null;
  return {
    status: res.status,
    bytes,
    json,
    type: res.headers.get('content-type'),
    disposition: res.headers.get('content-disposition'),
  };
}

beforeAll(async () => {
  t = await startTestApp();
  office = await t.as('vanphong');
  const res = await office.request<{ visits: VisitRow[] }>(VISITS, { year: 2021 });
  const visits = res.data?.visits ?? [];
  const byCode = (code: string) => {
    const visit = visits.find((v) => v.unit.code === code);
    if (!visit) throw new Error(`no 2021 visit of ${code}`);
    return visit;
  };
  ttkn = byCode('TTKN');
  caoLoc = byCode('HKL-CL');
});

afterAll(() => t?.close());

describe('minutes (biên bản kiểm tra)', () => {
  it('is a Word file in Times New Roman with the unit, the results, the finding and both signatures', async () => {
    const finding = ttkn.findings[0]?.foundText ?? '';
    expect(finding).not.toBe('');
    // What was found, as written, with the requirement only as a reference.
    expect(finding).not.toBe(ttkn.findings[0]?.requirement);
    const res = await get(office, `/api/visits/${ttkn.id}/minutes.docx`);
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.disposition).toBe(`attachment; filename=bien-ban-kiem-tra-TTKN-${ttkn.visitDate}.docx`);

    const { xml, text, files } = docxText(res.bytes);
    expect(xml).toContain('Times New Roman');
    expect(text).toContain('BIÊN BẢN');
    expect(text).toContain(`Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính tại ${ttkn.unit.name}`);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN');
    expect(text).toContain('ĐOÀN KIỂM TRA');
    expect(text).toContain('Số: .../BB-ĐKT');
    const [y, m, d] = (ttkn.visitDate ?? '').split('-');
    expect(text).toContain(`Lạng Sơn, ngày ${d} tháng ${m} năm ${y}`);
    expect(text).toContain(`ngày ${d} tháng ${m} năm ${y}, tại ${ttkn.unit.name}`);
    expect(text).toContain(`${finding} (Yêu cầu: ${ttkn.findings[0]?.requirement})`);
    expect(text).toContain('Không đạt');
    expect(text).toContain('Trưởng đoàn');
    expect(text).toContain('ĐẠI DIỆN ĐƠN VỊ');
    expect(text).toContain('TRƯỞNG ĐOÀN KIỂM TRA');
    // A4 portrait with the Decree 30 margins: 20 mm top and bottom, 30 mm left, 15 mm right (in twips).
    const section = /<w:sectPr>.*<\/w:sectPr>/.exec(xml)?.[0] ?? '';
    expect(section).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(section).toContain('<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"');
    // The two drawn signatures are embedded (the demo draws both with the same image, stored once).
    expect(xml.match(/<w:drawing>/g)).toHaveLength(2);
    expect([...files.keys()].some((name) => name.startsWith('word/media/'))).toBe(true);
  });

  it('is a PDF whose text, read back, keeps every diacritic', async () => {
    const res = await get(office, `/api/visits/${ttkn.id}/minutes.pdf`);
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/pdf');
    expect(res.disposition).toContain(`bien-ban-kiem-tra-TTKN-${ttkn.visitDate}.pdf`);
    const text = pdfText(res.bytes);
    expect(text).toContain('BIÊN BẢN');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain(ttkn.unit.name);
    expect(text).toContain('Hồ sơ công việc năm 2020 chưa lập đủ.');
    expect(text).toContain('ĐẠI DIỆN ĐƠN VỊ');
    expect(text).toContain('TRƯỞNG ĐOÀN KIỂM TRA');
    const fonts = pdfTool('pdffonts', res.bytes);
    expect(fonts).toMatch(/DejaVuSerif\s/);
    expect(fonts).toMatch(/DejaVuSerif-Bold\s/);
    expect(
      fonts
        .split('\n')
        .filter((line) => line.includes('DejaVu'))
        .every((line) => /\byes\s+yes\b/.test(line)),
    ).toBe(true);
    expect(res.bytes.toString('latin1')).toContain('/Subtype /Image');
  });
});

const VISIT_TIMES = `query ($id: ID!) { visit(id: $id) { startedAt submittedAt attachments { kind createdAt }
  team { members { role user { fullName } } } } }`;

/** "08 giờ 30 phút" and the day, in Vietnam time, as the minutes print an instant. */
function vietnamClock(iso: string): { clock: string; day: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    clock: `${part('hour')} giờ ${part('minute')} phút`,
    day: `ngày ${part('day')} tháng ${part('month')} năm ${part('year')}`,
  };
}

describe('minutes in the Decree 30 layout', () => {
  it('state when they started and ended, are read back, and name the signers, in .docx and .pdf alike', async () => {
    const res = await office.request<{
      visit: {
        startedAt: string | null;
        submittedAt: string | null;
        attachments: { kind: string; createdAt: string }[];
        team: { members: { role: string; user: { fullName: string } }[] };
      };
    }>(VISIT_TIMES, { id: ttkn.id });
    const visit = res.data?.visit;
    expect(visit?.startedAt).toBeTruthy();
    const signedAt = (visit?.attachments ?? [])
      .filter((a) => a.kind.startsWith('SIGNATURE_'))
      .map((a) => a.createdAt)
      .sort()
      .at(-1);
    const endedAt = signedAt ?? visit?.submittedAt;
    expect(endedAt).toBeTruthy();
    const start = vietnamClock(visit?.startedAt ?? '');
    const end = vietnamClock(endedAt ?? '');
    const endSentence = `Biên bản kết thúc vào hồi ${end.clock}${end.day === start.day ? ' cùng ngày' : `, ${end.day}`}.`;
    const lead = visit?.team.members.find((m) => m.role === 'LEAD')?.user.fullName ?? '';
    expect(lead).not.toBe('');

    const docx = docxText((await get(office, `/api/visits/${ttkn.id}/minutes.docx`)).bytes).text;
    const pdf = pdfText((await get(office, `/api/visits/${ttkn.id}/minutes.pdf`)).bytes);
    for (const text of [docx.replace(/\s+/g, ' '), pdf]) {
      expect(text).toContain(`Vào hồi ${start.clock}, ${start.day}, tại ${ttkn.unit.name}`);
      expect(text).toContain(endSentence);
      expect(text).toContain('Biên bản đã được đọc lại cho mọi người cùng nghe và nhất trí thông qua.');
      expect(text).toContain(`${lead} Trưởng đoàn`);
    }
  });
});

describe('conclusion notice (thông báo kết luận kiểm tra)', () => {
  it('gives the exact share of applicable items passed, with the findings and the recipients', async () => {
    // The demo's 2021 visits answer all 24 Đạt/Không đạt items; TTKN failed one of them.
    const passed = ttkn.answers.filter((a) => a.passFail === 'PASS').length;
    const applicable = ttkn.answers.filter((a) => a.passFail === 'PASS' || a.passFail === 'FAIL').length;
    expect([passed, applicable]).toEqual([23, 24]);

    const pdf = await get(office, `/api/visits/${ttkn.id}/conclusion.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.disposition).toContain(`thong-bao-ket-luan-kiem-tra-TTKN-${ttkn.visitDate}.pdf`);
    const text = pdfText(pdf.bytes);
    expect(text).toContain('THÔNG BÁO');
    expect(text).toContain('UBND TỈNH LẠNG SƠN');
    expect(text).toContain('23/24 tiêu chí áp dụng, tỷ lệ 95,83%');
    expect(text).toContain('Danh mục hồ sơ năm 2020 có 18 hồ sơ; kiểm tra thực tế mới lập 11 hồ sơ');
    expect(text).toContain('Mức độ: nhẹ. Kiến nghị: Hoàn thiện 7 hồ sơ còn thiếu');
    expect(text).toContain('KT. GIÁM ĐỐC');
    expect(text).toContain('PHÓ GIÁM ĐỐC');
    expect(text).toContain('Nơi nhận:');
    expect(text).toContain(`- ${ttkn.unit.name};`);
    expect(text).toContain('- Lưu: VT, VP.');

    const docx = await get(office, `/api/visits/${ttkn.id}/conclusion.docx`);
    expect(docx.status).toBe(200);
    const { xml, text: wordText } = docxText(docx.bytes);
    expect(xml).toContain('Times New Roman');
    expect(wordText).toContain('UBND TỈNH LẠNG SƠN');
    expect(wordText).toContain('SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN');
    expect(wordText).toContain('Số:      /TB-SNN');
    expect(wordText).toContain('tỷ lệ 95,83%');
    expect(wordText).toContain(ttkn.findings[0]?.foundText ?? '-');
    expect(wordText).toContain('Ban Giám đốc Sở;');

    const full = await get(office, `/api/visits/${caoLoc.id}/conclusion.pdf`);
    expect(pdfText(full.bytes)).toContain('24/24 tiêu chí áp dụng, tỷ lệ 100%');
  });
});

describe('who gets the documents', () => {
  it('asks anonymous callers to sign in', async () => {
    const res = await get(null, `/api/visits/${ttkn.id}/minutes.pdf`);
    expect(res.status).toBe(401);
    expect(res.json?.code).toBe('UNAUTHENTICATED');
    expect(res.json?.message).toBeTruthy();
  });

  it('gives leadership and the team every visit, unit heads only their own unit', async () => {
    const leader = await t.as('lanhdao');
    expect((await get(leader, `/api/visits/${ttkn.id}/conclusion.docx`)).status).toBe(200);
    const member = await t.as('kiemtra2');
    expect((await get(member, `/api/visits/${ttkn.id}/minutes.docx`)).status).toBe(200);

    const head = await t.as('thutruong');
    const own = await get(head, `/api/visits/${caoLoc.id}/minutes.pdf`);
    expect(own.status).toBe(200);
    // Named as it was on the visit day: the station is "khu vực Cao Lộc" only since 01/07/2025.
    expect(caoLoc.unit.name).toBe('Hạt Kiểm lâm khu vực Cao Lộc');
    expect(pdfText(own.bytes)).toContain('Hạt Kiểm lâm huyện Cao Lộc');
    const other = await get(head, `/api/visits/${ttkn.id}/minutes.pdf`);
    expect(other.status).toBe(404);
    expect(other.json?.code).toBe('VISIT_NOT_FOUND');
    expect((await get(office, `/api/visits/${randomUUID()}/minutes.docx`)).json?.code).toBe('VISIT_NOT_FOUND');
    expect((await get(office, '/api/visits/not-a-uuid/minutes.docx')).status).toBe(404);
  });

  it('has no minutes before a visit starts, and has them while it is under way', async () => {
    const lead = await t.as('kiemtra');
    const res = await office.request<{ visits: VisitRow[] }>(VISITS, { year: DEMO_YEAR });
    const planned = res.data?.visits.find((v) => v.status === 'PLANNED');
    if (!planned) throw new Error(`no planned ${DEMO_YEAR} visit in the demo data`);

    const early = await get(lead, `/api/visits/${planned.id}/minutes.docx`);
    expect(early.status).toBe(409);
    expect(early.json).toEqual({
      code: 'VISIT_NOT_STARTED',
      message: 'Cuộc kiểm tra chưa bắt đầu nên chưa có biên bản.',
    });
    // kiemtra2 is not on the team of the plan under way: the visit does not exist for them.
    expect((await get(await t.as('kiemtra2'), `/api/visits/${planned.id}/minutes.docx`)).status).toBe(404);

    const started = await lead.request(`mutation ($i: StartVisitInput!) { startVisit(input: $i) { id status } }`, {
      i: { operationId: randomUUID(), visitId: planned.id },
    });
    expect(started.errors).toBeUndefined();
    const minutes = await get(lead, `/api/visits/${planned.id}/minutes.pdf`);
    expect(minutes.status).toBe(200);
    const text = pdfText(minutes.bytes);
    expect(text).toContain(planned.unit.name);
    expect(text).toContain('Chưa đánh giá');
    expect(text).toContain('Không phát hiện tồn tại, hạn chế.');
    // Under way: not yet closed, so the end time keeps the Decree 30 blanks.
    expect(text).toContain('Biên bản kết thúc vào hồi ... giờ ... phút cùng ngày.');
    const notice = pdfText((await get(lead, `/api/visits/${planned.id}/conclusion.pdf`)).bytes);
    expect(notice).toMatch(new RegExp(`Lạng Sơn, ngày\\s+tháng\\s+năm ${DEMO_YEAR}`));
  });
});

describe("the unit's comments and the secretary's signature", () => {
  const DOTTED = '.'.repeat(90);
  let lead: GraphQLCaller;
  let visit: VisitRow;
  let sequence = 0;

  /** Queues field writes as the lead's phone does, one sync batch; returns each outcome. */
  async function sync(ops: { kind: string; input: Record<string, unknown> }[]) {
    const res = await lead.request<{ syncBatch: { outcomes: { status: string; code: string | null }[] } }>(
      `mutation ($i: SyncBatchInput!) { syncBatch(input: $i) { outcomes { status code } } }`,
      {
        i: {
          deviceId: '6f1d9a52-3c1e-4a55-9a0e-6c1b8d2f0a11',
          operations: ops.map((o) => ({
            operationId: randomUUID(),
            sequence: ++sequence,
            kind: o.kind,
            input: { visitId: visit.id, ...o.input },
          })),
        },
      },
    );
    expect(res.errors).toBeUndefined();
    return res.data?.syncBatch.outcomes ?? [];
  }

  async function signatureOp(kind: string) {
    const fileId = randomUUID();
    expect((await lead.upload(fileId, TINY_PNG, 'image/png')).status).toBe(201);
    return { kind: 'ATTACH_VISIT_FILE', input: { kind, fileId, attachmentId: randomUUID() } };
  }

  const minutesText = async () => ({
    docx: docxText((await get(office, `/api/visits/${visit.id}/minutes.docx`)).bytes),
    pdf: pdfText((await get(office, `/api/visits/${visit.id}/minutes.pdf`)).bytes),
  });

  beforeAll(async () => {
    lead = await t.as('kiemtra');
    const res = await office.request<{ visits: VisitRow[] }>(VISITS, { year: DEMO_YEAR });
    const found = res.data?.visits.find((v) => v.unit.code === 'HKL-CL');
    if (!found) throw new Error(`no ${DEMO_YEAR} visit of HKL-CL in the demo data`);
    visit = found;
    if (visit.status === 'PLANNED')
      expect(await sync([{ kind: 'START_VISIT', input: {} }])).toEqual([{ status: 'APPLIED', code: null }]);
  });

  it('gives the phone the team and the unit head, and leaves a dotted line while the unit said nothing', async () => {
    const people = await lead.request<{
      visit: { teamMembers: { fullName: string; role: string }[]; unitHeads: { fullName: string }[] };
    }>('query ($id: ID!) { visit(id: $id) { teamMembers { fullName role } unitHeads { fullName } } }', {
      id: visit.id,
    });
    expect(people.data?.visit).toEqual({
      teamMembers: [{ fullName: 'Lương Văn Tuấn', role: 'LEAD' }],
      unitHeads: [{ fullName: 'Vi Thị Lan' }],
    });
    // A team without a secretary: no secretary's signature, on the phone or in the minutes.
    expect(await sync([await signatureOp('SIGNATURE_SECRETARY')])).toEqual([
      { status: 'REFUSED', code: 'SIGNATURE_NO_SECRETARY' },
    ]);
    const { docx, pdf } = await minutesText();
    for (const text of [docx.text.replace(/\s+/g, ' '), pdf]) {
      expect(text).toContain(`IV. Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA ${DOTTED} V. KẾT LUẬN`);
      expect(text).not.toContain('THƯ KÝ');
      expect(text).not.toContain('nhất trí với kết quả');
    }
  });

  it("prints what the unit said before the conclusion, and the secretary's signature with her name", async () => {
    await t.sql(
      `insert into team_member (id, team_id, user_id, role)
       select ?, v.team_id, u.id, 'SECRETARY' from visit v, app_user u where v.id = ? and u.username = 'kiemtra2'`,
      [randomUUID(), visit.id],
    );
    const comments = 'Đơn vị tiếp thu; sẽ bố trí người trực bộ phận một cửa từ ngày 01/12.';
    const outcomes = await sync([
      { kind: 'SET_VISIT_UNIT_COMMENTS', input: { unitComments: `  ${comments} ` } },
      await signatureOp('SIGNATURE_SECRETARY'),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['APPLIED', 'APPLIED']);
    const read = await lead.request<{ visit: { unitComments: string | null; teamMembers: { fullName: string }[] } }>(
      'query ($id: ID!) { visit(id: $id) { unitComments teamMembers { fullName } } }',
      { id: visit.id },
    );
    expect(read.data?.visit).toEqual({
      unitComments: comments,
      teamMembers: [{ fullName: 'Lương Văn Tuấn' }, { fullName: 'Nông Thị Bình' }],
    });
    const audit = await t.sql<{ action: string; after: { unitComments: string } }>(
      "select action, after from audit_entry where entity_id = ? and action = 'SET_UNIT_COMMENTS'",
      [visit.id],
    );
    expect(audit).toEqual([{ action: 'SET_UNIT_COMMENTS', after: { unitComments: comments } }]);

    const { docx, pdf } = await minutesText();
    for (const text of [docx.text.replace(/\s+/g, ' '), pdf]) {
      expect(text).toContain(`IV. Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA ${comments} V. KẾT LUẬN`);
      expect(text).not.toContain(DOTTED);
      expect(text).toMatch(/THƯ KÝ ĐOÀN KIỂM TRA \(Ký, ghi rõ họ tên\) Nông Thị Bình Thư ký/);
      expect(text).toContain('ĐẠI DIỆN ĐƠN VỊ');
      expect(text).toContain('TRƯỞNG ĐOÀN KIỂM TRA');
    }
    // Only the secretary has signed: one drawing, under her title.
    expect(docx.xml.match(/<w:drawing>/g)).toHaveLength(1);
    expect(pdf.indexOf('THƯ KÝ ĐOÀN KIỂM TRA')).toBeGreaterThan(pdf.indexOf('TRƯỞNG ĐOÀN KIỂM TRA'));
  });
});
