import { prefillAttendees, teamInRoleOrder } from '@kycuong/rules';
import {
  formatDate,
  formatNumber,
  formatPercent,
  formatPlaceDate,
  PASS_FAIL_LABELS,
  SEVERITY_LABELS,
  TEAM_ROLE_LABELS,
} from '../../common/vietnamese.js';
import { type AgencyIdentity, agencyOn, type IssuingAgency } from '../agency/issuing-agency.js';
import { type FindingStatement, findingText } from './finding-text.js';
import { minutesSigners, minutesTimeLines, READ_BACK_SENTENCE } from './minutes-facts.js';
import type { Block, OfficialDocument, SignatureImage, TextRun } from './official-document.js';

/*
 * The documents of a visit as plain data: what they say and in what order, with no layout engine in
 * sight. The .docx and PDF renderers draw the same model, so both files always say the same thing.
 */

// ---- What a visit document is made from (loaded by the service) ----

export type TeamRoleName = 'LEAD' | 'MEMBER' | 'SECRETARY';
export type PassFailValue = 'PASS' | 'FAIL' | 'NOT_APPLICABLE';
export type AnswerTypeName = 'PASS_FAIL' | 'NUMBER' | 'TEXT';
export type SeverityName = 'LOW' | 'MEDIUM' | 'HIGH';

export interface VisitDocumentData {
  department: { code: string; name: string };
  /** The department's dated identities; a document no identity covers is headed by the department's name. */
  agencyIdentities?: AgencyIdentity[];
  unit: { code: string; name: string; address: string | null };
  /** YYYY-MM-DD */
  visitDate: string;
  /** When the visit started, and when its minutes were closed (the latest signature, else submission). */
  startedAt: Date | null;
  endedAt: Date | null;
  /** The day the visit was approved (YYYY-MM-DD, Vietnam time), dating the conclusion notice. */
  approvedOn: string | null;
  plan: { documentNumber: string; documentDate: string } | null;
  team: {
    name: string;
    decisionNumber: string;
    decisionDate: string;
    members: { fullName: string; role: TeamRoleName }[];
  };
  attendees: { name: string; position: string | null; side: 'TEAM' | 'UNIT' }[];
  /** The active unit heads of the visited unit, to prefill the attendees and name the unit's signer. */
  unitHeads: { fullName: string }[];
  groups: {
    code: string;
    title: string;
    items: {
      code: string;
      text: string;
      answerType: AnswerTypeName;
      answer: {
        passFail: PassFailValue | null;
        numberValue: number | null;
        textValue: string | null;
        note: string | null;
      } | null;
    }[];
  }[];
  findings: (FindingStatement & {
    severity: SeverityName;
    recommendation: string | null;
    deadline: string | null;
  })[];
  conclusion: string | null;
  /** The conclusion notice as the office issued it; null while it is a draft (no number, no date). */
  notice: {
    number: string;
    /** YYYY-MM-DD */
    issuedOn: string;
    strengths: string;
    /** YYYY-MM-DD; null when there is nothing to remediate. */
    reportDueOn: string | null;
    signerName: string;
  } | null;
  /** Ý kiến của đơn vị được kiểm tra, as the inspector recorded it; null when nothing was recorded. */
  unitComments: string | null;
  signatures: {
    unitRepresentative: SignatureImage | null;
    teamLead: SignatureImage | null;
    secretary: SignatureImage | null;
  };
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

const NOT_ASSESSED = 'Chưa đánh giá';
const SIGN_HINT = '(Ký, ghi rõ họ tên)';
/** A fact not recorded, left as a dotted line for the pen (a whole line of the page in every rendering). */
const UNRECORDED_LINE = '.'.repeat(90);
const SUBJECT = 'việc chấp hành kỷ luật, kỷ cương hành chính';

export interface Compliance {
  /** Đạt / Không đạt / Không áp dụng items with an answer. */
  passed: number;
  failed: number;
  notApplicable: number;
  /** Passed plus failed: Không áp dụng and unanswered items do not count. */
  applicable: number;
  /** Vietnamese percentage of passed over applicable, or null when nothing applies. */
  percent: string | null;
}

/** Passed over applicable Đạt/Không đạt items; number and text items have no pass mark and are left out. */
export function compliance(items: VisitDocumentData['groups'][number]['items']): Compliance {
  let passed = 0;
  let failed = 0;
  let notApplicable = 0;
  for (const item of items) {
    if (item.answerType !== 'PASS_FAIL') continue;
    const value = item.answer?.passFail;
    if (value === 'PASS') passed += 1;
    else if (value === 'FAIL') failed += 1;
    else if (value === 'NOT_APPLICABLE') notApplicable += 1;
  }
  const applicable = passed + failed;
  return { passed, failed, notApplicable, applicable, percent: formatPercent(passed, applicable) };
}

/** What an answer says in the results table. */
export function answerText(item: VisitDocumentData['groups'][number]['items'][number]): string {
  const answer = item.answer;
  if (!answer) return NOT_ASSESSED;
  switch (item.answerType) {
    case 'PASS_FAIL':
      return answer.passFail ? PASS_FAIL_LABELS[answer.passFail] : NOT_ASSESSED;
    case 'NUMBER':
      return answer.numberValue === null ? NOT_ASSESSED : formatNumber(answer.numberValue);
    case 'TEXT':
      return answer.textValue ?? NOT_ASSESSED;
  }
}

/** Text ending as a sentence, so the next one can follow it. */
const sentence = (text: string) => (/[.!?;:]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
const plain = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }] });
const heading = (index: number, text: string): Block => ({ kind: 'heading', text: `${ROMAN[index]}. ${text}` });
const person = (name: string, position: string | null) => (position ? `- ${name}, ${position};` : `- ${name};`);

function teamMembers(data: VisitDocumentData) {
  return teamInRoleOrder(data.team.members);
}

function findingsTable(data: VisitDocumentData): Block {
  return {
    kind: 'table',
    columns: [
      { title: 'STT', width: 0.07, align: 'center' },
      { title: 'Nội dung tồn tại, hạn chế', width: 0.37 },
      { title: 'Mức độ', width: 0.13, align: 'center' },
      { title: 'Kiến nghị', width: 0.28 },
      { title: 'Hạn khắc phục', width: 0.15, align: 'center' },
    ],
    rows: data.findings.map((f, i) => [
      String(i + 1),
      findingText(f),
      SEVERITY_LABELS[f.severity],
      f.recommendation ?? '',
      f.deadline ? formatDate(f.deadline) : '',
    ]),
  };
}

/** The issuer of a document dated `date`: the department's identity in force that day. */
function agencies(data: VisitDocumentData, date: string): IssuingAgency {
  return agencyOn(data.agencyIdentities ?? [], date, data.department);
}

function year(date: string): number {
  return Number(date.slice(0, 4));
}

/** Biên bản kiểm tra: written at the visit, signed by the unit's representative and the team lead. */
export function buildMinutes(data: VisitDocumentData): OfficialDocument {
  const names = agencies(data, data.visitDate);
  const unit = data.unit.name;
  const members = teamMembers(data);
  const attendees = prefillAttendees(data.attendees, data.team.members, data.unitHeads);
  const teamSide = attendees.filter((a) => a.side === 'TEAM');
  const unitSide = attendees.filter((a) => a.side === 'UNIT');
  const signers = minutesSigners({ attendees, team: data.team.members, unitHeads: data.unitHeads });
  const total = compliance(data.groups.flatMap((g) => g.items));
  const time = minutesTimeLines({
    visitDate: data.visitDate,
    startedAt: data.startedAt,
    endedAt: data.endedAt,
    place: `${unit}${data.unit.address ? ` (${data.unit.address})` : ''}`,
  });

  const body: Block[] = [
    plain(
      `Căn cứ Quyết định số ${data.team.decisionNumber} ngày ${formatDate(data.team.decisionDate)} của ${names.issuerName} về việc thành lập ${data.team.name};`,
    ),
    plain(`${time.opening}, Đoàn kiểm tra tiến hành kiểm tra ${SUBJECT} tại ${unit}.`),
    heading(0, 'THÀNH PHẦN'),
    plain(`1. Đoàn kiểm tra (theo Quyết định số ${data.team.decisionNumber}):`),
    ...members.map((m) => plain(person(m.fullName, TEAM_ROLE_LABELS[m.role]))),
    plain('2. Thành phần tham dự:'),
    plain('a) Phía Đoàn kiểm tra:'),
    ...(teamSide.length ? teamSide.map((a) => plain(person(a.name, a.position))) : [plain('- Không có.')]),
    plain(`b) Phía ${unit}:`),
    ...(unitSide.length ? unitSide.map((a) => plain(person(a.name, a.position))) : [plain('- Không có.')]),
    heading(1, 'KẾT QUẢ KIỂM TRA'),
  ];
  data.groups.forEach((group, index) => {
    body.push({ kind: 'paragraph', runs: [{ text: `${index + 1}. ${group.title}`, bold: true }] });
    body.push({
      kind: 'table',
      columns: [
        { title: 'Mã', width: 0.08, align: 'center' },
        { title: 'Nội dung kiểm tra', width: 0.5 },
        { title: 'Kết quả', width: 0.17, align: 'center' },
        { title: 'Ghi chú', width: 0.25 },
      ],
      rows: group.items.map((item) => [item.code, item.text, answerText(item), item.answer?.note ?? '']),
    });
  });
  body.push(
    plain(
      total.percent
        ? `Tổng hợp: ${total.passed}/${total.applicable} tiêu chí áp dụng đạt yêu cầu (${total.percent}); ${total.notApplicable} tiêu chí không áp dụng.`
        : 'Tổng hợp: chưa có tiêu chí áp dụng nào được đánh giá.',
    ),
    heading(2, 'TỒN TẠI, HẠN CHẾ VÀ KIẾN NGHỊ'),
    data.findings.length ? findingsTable(data) : plain('Không phát hiện tồn tại, hạn chế.'),
    heading(3, 'Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA'),
    // Nothing recorded leaves the line to fill by hand, as the time lines leave their blanks: the unit's
    // comments are never made up.
    plain(data.unitComments ?? UNRECORDED_LINE),
    heading(4, 'KẾT LUẬN'),
    plain(data.conclusion ?? 'Đoàn kiểm tra chưa ghi kết luận.'),
    plain(time.closing),
    plain(
      `${READ_BACK_SENTENCE} Biên bản được lập thành 02 bản có giá trị như nhau, Đoàn kiểm tra giữ 01 bản, đơn vị được kiểm tra giữ 01 bản./.`,
    ),
  );

  return {
    title: `Biên bản kiểm tra tại ${unit}`,
    header: {
      parentAgency: names.issuer,
      issuingAgency: 'ĐOÀN KIỂM TRA',
      number: 'Số: .../BB-ĐKT',
      placeDate: formatPlaceDate(names.place ?? '...', data.visitDate, year(data.visitDate)),
    },
    kindTitle: 'BIÊN BẢN',
    summary: `Kiểm tra ${SUBJECT} tại ${unit}`,
    body,
    closing: {
      left: {
        kind: 'signer',
        titleLines: ['ĐẠI DIỆN ĐƠN VỊ'],
        hint: SIGN_HINT,
        image: data.signatures.unitRepresentative,
        ...signers.unit,
      },
      right: {
        kind: 'signer',
        titleLines: ['TRƯỞNG ĐOÀN KIỂM TRA'],
        hint: SIGN_HINT,
        image: data.signatures.teamLead,
        ...signers.team,
      },
      below: signers.secretary
        ? {
            kind: 'signer',
            titleLines: ['THƯ KÝ ĐOÀN KIỂM TRA'],
            hint: SIGN_HINT,
            image: data.signatures.secretary,
            ...signers.secretary,
          }
        : undefined,
    },
  };
}

/** Thông báo kết luận kiểm tra: issued by the department after the visit; a draft until the office issues it. */
export function buildConclusionNotice(data: VisitDocumentData): OfficialDocument {
  const names = agencies(data, data.notice?.issuedOn ?? data.approvedOn ?? data.visitDate);
  const unit = data.unit.name;
  const notice = data.notice;
  const total = compliance(data.groups.flatMap((g) => g.items));
  const basis = data.plan
    ? `Thực hiện Kế hoạch số ${data.plan.documentNumber} ngày ${formatDate(data.plan.documentDate)} của ${names.issuerName} và Quyết định số ${data.team.decisionNumber} ngày ${formatDate(data.team.decisionDate)} về việc thành lập ${data.team.name}, ngày ${formatDate(data.visitDate)} Đoàn kiểm tra đã tiến hành kiểm tra ${SUBJECT} tại ${unit}.`
    : `Thực hiện Quyết định số ${data.team.decisionNumber} ngày ${formatDate(data.team.decisionDate)} về việc thành lập ${data.team.name}, ngày ${formatDate(data.visitDate)} Đoàn kiểm tra đã tiến hành kiểm tra ${SUBJECT} tại ${unit}.`;
  // A draft leaves the office's blanks as Decree 30 drafts do: dotted, to be filled in by hand.
  const reportBy = notice?.reportDueOn ? formatDate(notice.reportDueOn) : '..../..../........';

  const body: Block[] = [
    plain(basis),
    plain(`Xét báo cáo của Đoàn kiểm tra, ${names.issuerName} thông báo kết luận kiểm tra như sau:`),
    heading(0, 'KẾT QUẢ KIỂM TRA'),
    plain(
      total.percent
        ? `Đơn vị đạt ${total.passed}/${total.applicable} tiêu chí áp dụng, tỷ lệ ${total.percent} (không tính ${total.notApplicable} tiêu chí không áp dụng).`
        : 'Chưa có tiêu chí áp dụng nào được đánh giá.',
    ),
    {
      kind: 'table',
      columns: [
        { title: 'STT', width: 0.08, align: 'center' },
        { title: 'Nhóm tiêu chí', width: 0.5 },
        { title: 'Đạt', width: 0.14, align: 'center' },
        { title: 'Áp dụng', width: 0.14, align: 'center' },
        { title: 'Tỷ lệ', width: 0.14, align: 'center' },
      ],
      rows: data.groups.map((group, index) => {
        const c = compliance(group.items);
        return [String(index + 1), group.title, String(c.passed), String(c.applicable), c.percent ?? '-'];
      }),
    },
    plain(`Kết luận của Đoàn kiểm tra: ${data.conclusion ?? 'chưa ghi kết luận.'}`),
    heading(1, 'ƯU ĐIỂM'),
    ...(notice
      ? notice.strengths
          .split('\n')
          .filter((line) => line.trim())
          .map((line) => plain(sentence(line)))
      : [plain(UNRECORDED_LINE)]),
    heading(2, 'TỒN TẠI, HẠN CHẾ VÀ KIẾN NGHỊ'),
  ];
  if (data.findings.length === 0) body.push(plain('Không phát hiện tồn tại, hạn chế.'));
  data.findings.forEach((f, i) => {
    const runs: TextRun[] = [
      { text: `${i + 1}. ${sentence(findingText(f))} Mức độ: ${SEVERITY_LABELS[f.severity].toLowerCase()}.` },
    ];
    if (f.recommendation) runs.push({ text: ' Kiến nghị: ', bold: true }, { text: sentence(f.recommendation) });
    if (f.deadline) runs.push({ text: ` Hạn khắc phục: ${formatDate(f.deadline)}.` });
    body.push({ kind: 'paragraph', runs });
  });
  body.push(
    heading(3, 'YÊU CẦU'),
    data.findings.length
      ? plain(
          `Đề nghị ${unit} tổ chức khắc phục các tồn tại, hạn chế nêu tại Mục III trong thời hạn nêu trên; báo cáo kết quả khắc phục, kèm tài liệu, hình ảnh minh chứng, về ${names.issuerName} (qua Văn phòng Sở) trước ngày ${reportBy} để theo dõi, tổng hợp.`,
        )
      : plain(`Đề nghị ${unit} tiếp tục duy trì, thực hiện nghiêm kỷ luật, kỷ cương hành chính.`),
    plain(`Trên đây là Thông báo kết luận kiểm tra ${SUBJECT} tại ${unit}./.`),
  );

  return {
    title: `Thông báo kết luận kiểm tra tại ${unit}`,
    header: {
      parentAgency: names.parent,
      issuingAgency: names.issuer,
      number: notice ? `Số: ${notice.number}` : `Số:      /TB-${names.abbreviation}`,
      placeDate: formatPlaceDate(
        names.place ?? '...',
        notice?.issuedOn ?? null,
        year(notice?.issuedOn ?? data.approvedOn ?? data.visitDate),
      ),
    },
    kindTitle: 'THÔNG BÁO',
    summary: `Kết luận kiểm tra ${SUBJECT} tại ${unit}`,
    body,
    closing: {
      left: { kind: 'recipients', lines: [`- ${unit};`, ...names.noticeRecipients] },
      right: {
        kind: 'signer',
        titleLines: names.signerTitleLines,
        hint: null,
        image: null,
        name: notice?.signerName ?? null,
      },
    },
  };
}
