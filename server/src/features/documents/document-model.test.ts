import { describe, expect, it } from 'vitest';
import {
  answerText,
  buildConclusionNotice,
  buildMinutes,
  compliance,
  type PassFailValue,
  type VisitDocumentData,
} from './document-model.js';

type Item = VisitDocumentData['groups'][number]['items'][number];

const passFail = (value: PassFailValue | null, code = '1.1'): Item => ({
  code,
  text: 'Đeo thẻ công chức',
  answerType: 'PASS_FAIL',
  answer: value ? { passFail: value, numberValue: null, textValue: null, note: null } : null,
});

describe('compliance', () => {
  it.each([
    { answers: ['PASS', 'PASS', 'FAIL'], expected: { passed: 2, applicable: 3, notApplicable: 0, percent: '66,67%' } },
    {
      answers: ['PASS', 'NOT_APPLICABLE', 'NOT_APPLICABLE'],
      expected: { passed: 1, applicable: 1, notApplicable: 2, percent: '100%' },
    },
    { answers: ['NOT_APPLICABLE', null], expected: { passed: 0, applicable: 0, notApplicable: 1, percent: null } },
    { answers: ['FAIL', null], expected: { passed: 0, applicable: 1, notApplicable: 0, percent: '0%' } },
  ] as { answers: (PassFailValue | null)[]; expected: object }[])('$answers', ({ answers, expected }) => {
    expect(compliance(answers.map((a) => passFail(a)))).toMatchObject(expected);
  });

  it('leaves number and text items out', () => {
    const number: Item = {
      code: '1.3',
      text: 'Số người vắng mặt',
      answerType: 'NUMBER',
      answer: { passFail: null, numberValue: 2.5, textValue: null, note: null },
    };
    expect(compliance([passFail('PASS'), number])).toMatchObject({ passed: 1, applicable: 1 });
    expect(answerText(number)).toBe('2,5');
    expect(answerText(passFail('NOT_APPLICABLE'))).toBe('Không áp dụng');
    expect(answerText(passFail(null))).toBe('Chưa đánh giá');
  });
});

const data: VisitDocumentData = {
  department: { code: 'SNN', name: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn' },
  unit: { code: 'TTKN', name: 'Trung tâm Khuyến nông', address: null },
  visitDate: '2021-07-24',
  // 08:30 and 11:15 in Vietnam (UTC+7).
  startedAt: new Date('2021-07-24T01:30:00Z'),
  endedAt: new Date('2021-07-24T04:15:00Z'),
  approvedOn: '2021-07-27',
  plan: { documentNumber: '45/KH-SNN', documentDate: '2021-03-15' },
  team: {
    name: 'Đoàn kiểm tra năm 2021',
    decisionNumber: '52/QĐ-SNN',
    decisionDate: '2021-03-10',
    members: [
      { fullName: 'Nông Thị Bình', role: 'SECRETARY' },
      { fullName: 'Lương Văn Tuấn', role: 'LEAD' },
    ],
  },
  attendees: [{ name: 'Hoàng Văn An', position: 'Giám đốc', side: 'UNIT' }],
  unitHeads: [{ fullName: 'Vi Văn Hùng' }],
  groups: [{ code: '1', title: 'Giờ giấc làm việc', items: [passFail('PASS'), passFail('FAIL', '1.2')] }],
  findings: [
    {
      foundText: 'Hai viên chức không đeo thẻ',
      requirement: null,
      severity: 'HIGH',
      recommendation: null,
      deadline: '2021-08-28',
    },
  ],
  conclusion: null,
  notice: null,
  unitComments: null,
  signatures: { unitRepresentative: null, teamLead: null, secretary: null },
};

describe('the documents of a visit', () => {
  it('heads the minutes with the department over the inspection team, signed by both sides', () => {
    const minutes = buildMinutes(data);
    expect(minutes.header).toEqual({
      parentAgency: 'SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN',
      issuingAgency: 'ĐOÀN KIỂM TRA',
      number: 'Số: .../BB-ĐKT',
      placeDate: 'Lạng Sơn, ngày 24 tháng 07 năm 2021',
    });
    expect(minutes.summary).toBe('Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính tại Trung tâm Khuyến nông');
    expect(minutes.closing.left).toMatchObject({
      titleLines: ['ĐẠI DIỆN ĐƠN VỊ'],
      name: 'Hoàng Văn An',
      role: 'Giám đốc',
    });
    expect(minutes.closing.right).toMatchObject({
      titleLines: ['TRƯỞNG ĐOÀN KIỂM TRA'],
      name: 'Lương Văn Tuấn',
      role: 'Trưởng đoàn',
    });
    const team = minutes.body.flatMap((b) => (b.kind === 'paragraph' ? [b.runs[0]?.text] : []));
    expect(team.indexOf('- Lương Văn Tuấn, Trưởng đoàn;')).toBeLessThan(team.indexOf('- Nông Thị Bình, Thư ký;'));
  });

  it('heads the notice with the province over the department; a draft leaves the number and date blank', () => {
    const notice = buildConclusionNotice(data);
    expect(notice.header.parentAgency).toBe('UBND TỈNH LẠNG SƠN');
    expect(notice.header.issuingAgency).toBe('SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN');
    expect(notice.header.number).toBe('Số:      /TB-SNN');
    expect(notice.header.placeDate).toBe('Lạng Sơn, ngày      tháng       năm 2021');
    const text = notice.body.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []));
    expect(text).toContain('Đơn vị đạt 1/2 tiêu chí áp dụng, tỷ lệ 50% (không tính 0 tiêu chí không áp dụng).');
    expect(text).toContain('1. Hai viên chức không đeo thẻ. Mức độ: nghiêm trọng. Hạn khắc phục: 28/08/2021.');
    expect(notice.closing.left).toEqual({
      kind: 'recipients',
      lines: ['- Trung tâm Khuyến nông;', '- Ban Giám đốc Sở;', '- Lưu: VT, VP.'],
    });
    expect(notice.closing.right).toMatchObject({ titleLines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: null });
  });

  it('as issued: the number and date, the strengths, the date to report remediation by, the signer', () => {
    const issued = buildConclusionNotice({
      ...data,
      notice: {
        number: '25/TB-SNN',
        issuedOn: '2021-08-02',
        strengths: 'Đơn vị bố trí bộ phận một cửa đúng quy định\n\nCán bộ đeo thẻ đầy đủ.',
        reportDueOn: '2021-09-15',
        signerName: 'Nguyễn Văn Hùng',
      },
    });
    expect(issued.header.number).toBe('Số: 25/TB-SNN');
    expect(issued.header.placeDate).toBe('Lạng Sơn, ngày 02 tháng 08 năm 2021');
    const body = issued.body.map((b) =>
      b.kind === 'table' ? 'table' : b.kind === 'heading' ? b.text : b.runs.map((r) => r.text).join(''),
    );
    const strengths = body.indexOf('II. ƯU ĐIỂM');
    expect(body.slice(strengths, strengths + 3)).toEqual([
      'II. ƯU ĐIỂM',
      'Đơn vị bố trí bộ phận một cửa đúng quy định.',
      'Cán bộ đeo thẻ đầy đủ.',
    ]);
    expect(body.indexOf('I. KẾT QUẢ KIỂM TRA')).toBeLessThan(strengths);
    expect(body.indexOf('III. TỒN TẠI, HẠN CHẾ VÀ KIẾN NGHỊ')).toBeGreaterThan(strengths);
    expect(body[body.indexOf('IV. YÊU CẦU') + 1]).toContain(
      'báo cáo kết quả khắc phục, kèm tài liệu, hình ảnh minh chứng, về Sở Nông nghiệp và Phát triển nông thôn (qua Văn phòng Sở) trước ngày 15/09/2021',
    );
    expect(issued.closing.right).toMatchObject({ name: 'Nguyễn Văn Hùng' });

    // The draft leaves the strengths and the date for the office to write.
    const draft = buildConclusionNotice(data).body.map((b) =>
      b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : '',
    );
    expect(draft).toContain('.'.repeat(90));
    expect(draft.join('\n')).toContain('trước ngày ..../..../........ để theo dõi');
  });

  it('states what was found, with the requirement only as a reference, in the minutes and the notice', () => {
    const failed = {
      ...data,
      findings: [
        {
          foundText: 'Bộ phận một cửa không có người trực lúc 8h15',
          requirement: 'Bộ phận một cửa bố trí người trực đầy đủ',
          severity: 'MEDIUM' as const,
          recommendation: 'Bố trí công chức trực theo lịch',
          deadline: '2021-08-23',
        },
        {
          foundText: null,
          requirement: 'Có sổ theo dõi',
          severity: 'LOW' as const,
          recommendation: null,
          deadline: null,
        },
      ],
    };
    const rows = buildMinutes(failed).body.flatMap((b) =>
      b.kind === 'table' && b.columns[1]?.title === 'Nội dung tồn tại, hạn chế' ? b.rows : [],
    );
    expect(rows.map((r) => r[1])).toEqual([
      'Bộ phận một cửa không có người trực lúc 8h15 (Yêu cầu: Bộ phận một cửa bố trí người trực đầy đủ)',
      '(Chưa ghi thực trạng) (Yêu cầu: Có sổ theo dõi)',
    ]);
    expect(rows[0]?.[3]).toBe('Bố trí công chức trực theo lịch');
    const notice = buildConclusionNotice(failed).body.flatMap((b) =>
      b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : [],
    );
    expect(notice).toContain(
      '1. Bộ phận một cửa không có người trực lúc 8h15 (Yêu cầu: Bộ phận một cửa bố trí người trực đầy đủ). Mức độ: trung bình. Kiến nghị: Bố trí công chức trực theo lịch. Hạn khắc phục: 23/08/2021.',
    );
  });
});

const paragraphs = (doc: ReturnType<typeof buildMinutes>) =>
  doc.body.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []));

describe('the minutes as the Decree 30 layout has them', () => {
  it('opens with the time and place, closes with the end time and the read-back sentence', () => {
    const text = paragraphs(buildMinutes(data));
    expect(text).toContain(
      'Vào hồi 08 giờ 30 phút, ngày 24 tháng 07 năm 2021, tại Trung tâm Khuyến nông, Đoàn kiểm tra tiến hành kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính tại Trung tâm Khuyến nông.',
    );
    const end = text.indexOf('Biên bản kết thúc vào hồi 11 giờ 15 phút cùng ngày.');
    expect(end).toBeGreaterThan(0);
    expect(text[end + 1]).toMatch(/^Biên bản đã được đọc lại cho mọi người cùng nghe và nhất trí thông qua\. /);
  });

  it('prefills the attendees from the team and the unit head when none were typed, and names the signers', () => {
    const minutes = buildMinutes({ ...data, attendees: [] });
    const text = paragraphs(minutes);
    const a = text.indexOf('a) Phía Đoàn kiểm tra:');
    expect(text.slice(a + 1, a + 3)).toEqual(['- Lương Văn Tuấn, Trưởng đoàn;', '- Nông Thị Bình, Thư ký;']);
    expect(text[text.indexOf('b) Phía Trung tâm Khuyến nông:') + 1]).toBe('- Vi Văn Hùng, Thủ trưởng đơn vị;');
    expect(minutes.closing.left).toMatchObject({ name: 'Vi Văn Hùng', role: 'Thủ trưởng đơn vị' });
  });

  it('prints every percentage in the one Vietnamese format', () => {
    const items = [
      ...Array.from({ length: 45 }, (_, i) => passFail('PASS', `1.${i}`)),
      passFail('FAIL', '1.99'),
      passFail('PASS', '2.1'),
      passFail('PASS', '2.2'),
      passFail('FAIL', '2.3'),
    ];
    const many = {
      ...data,
      groups: [
        { code: '1', title: 'Nhóm một', items: items.slice(0, 46) },
        { code: '2', title: 'Nhóm hai', items: items.slice(46) },
      ],
    };
    for (const doc of [buildMinutes(many), buildConclusionNotice(many)]) {
      const all = doc.body
        .flatMap((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text) : b.kind === 'table' ? b.rows.flat() : []))
        .join('\n');
      const percents = all.match(/[\d.,]+%/g) ?? [];
      expect(percents.length).toBeGreaterThan(0);
      for (const p of percents) expect(p).toMatch(/^\d{1,3}(,\d?[1-9])?%$/);
    }
    expect(paragraphs(buildConclusionNotice(many))).toContain(
      'Đơn vị đạt 47/49 tiêu chí áp dụng, tỷ lệ 95,92% (không tính 0 tiêu chí không áp dụng).',
    );
    const table = buildConclusionNotice(many).body.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((r) => r[4])).toEqual(['97,83%', '66,67%']);
  });
});

describe("the minutes' unit comments and the secretary's signature", () => {
  const headings = (doc: ReturnType<typeof buildMinutes>) =>
    doc.body.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
  const after = (doc: ReturnType<typeof buildMinutes>, heading: string) => {
    const at = doc.body.findIndex((b) => b.kind === 'heading' && b.text === heading);
    const next = doc.body[at + 1];
    return next?.kind === 'paragraph' ? next.runs.map((r) => r.text).join('') : null;
  };

  it.each([
    {
      name: 'the comments as recorded',
      unitComments: 'Đơn vị tiếp thu, sẽ bố trí người trực bộ phận một cửa từ tuần sau.',
      expected: 'Đơn vị tiếp thu, sẽ bố trí người trực bộ phận một cửa từ tuần sau.',
    },
    { name: '"no comments" only when recorded so', unitComments: 'Không có ý kiến.', expected: 'Không có ý kiến.' },
    {
      name: 'nothing recorded: a dotted line to fill by hand, no agreement made up',
      unitComments: null,
      expected: '.'.repeat(90),
    },
  ])('prints its own section before the conclusion: $name', ({ unitComments, expected }) => {
    const minutes = buildMinutes({ ...data, unitComments });
    expect(headings(minutes)).toEqual([
      'I. THÀNH PHẦN',
      'II. KẾT QUẢ KIỂM TRA',
      'III. TỒN TẠI, HẠN CHẾ VÀ KIẾN NGHỊ',
      'IV. Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA',
      'V. KẾT LUẬN',
    ]);
    expect(after(minutes, 'IV. Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA')).toBe(expected);
    expect(paragraphs(minutes).join('\n')).not.toContain('nhất trí với kết quả kiểm tra');
  });

  it("signs the team's secretary under the lead and the unit, by name", () => {
    const minutes = buildMinutes(data);
    expect(minutes.closing.below).toMatchObject({
      kind: 'signer',
      titleLines: ['THƯ KÝ ĐOÀN KIỂM TRA'],
      hint: '(Ký, ghi rõ họ tên)',
      name: 'Nông Thị Bình',
      role: 'Thư ký',
      image: null,
    });
  });

  it('leaves a team without a secretary with the two signatures it had', () => {
    const noSecretary = {
      ...data,
      team: { ...data.team, members: data.team.members.filter((m) => m.role !== 'SECRETARY') },
    };
    const minutes = buildMinutes(noSecretary);
    expect(minutes.closing.below).toBeUndefined();
    expect(minutes.closing.left).toMatchObject({ titleLines: ['ĐẠI DIỆN ĐƠN VỊ'], name: 'Hoàng Văn An' });
    expect(minutes.closing.right).toMatchObject({ titleLines: ['TRƯỞNG ĐOÀN KIỂM TRA'], name: 'Lương Văn Tuấn' });
    expect(buildConclusionNotice(data).closing.below).toBeUndefined();
  });
});
