import type { Block, OfficialDocument, TextRun } from '../documents/document-model.js';
import {
  formatDate,
  formatNumber,
  formatPercent,
  formatPlaceDate,
  issuingAgencies,
} from '../documents/vietnamese-format.js';

/*
 * The annual report "Kết quả thực hiện các nhiệm vụ, giải pháp nâng cao Chỉ số SIPAS và PAR INDEX" as a
 * document model, following the 2021 report of the department: the figures come from the registers and
 * the inspections, the narrative from the year's draft. Pure, so every sentence can be table-tested; the
 * .docx and PDF renderers of the visit documents draw it.
 */

export type DocumentTypeName = 'KE_HOACH' | 'CONG_VAN' | 'QUYET_DINH' | 'BAO_CAO' | 'THONG_BAO' | 'KHAC';

export interface AnnualReportData {
  year: number;
  department: { code: string; name: string };
  /** Directive documents issued in the year by the department and its units, by date. */
  documents: { type: DocumentTypeName; number: string; issuedOn: string; issuer: string; summary: string }[];
  tthc: {
    total: number;
    oneStop: number;
    interconnected: number;
    online: number;
    publicPostal: number;
    /** Time cuts at the department's (TINH) and the district's (HUYEN) level. */
    provincial: { reviewed: number; daysCut: number; legalDays: number };
    district: { reviewed: number; daysCut: number; legalDays: number };
  };
  coverage: { inScope: number; inspected: number; missing: string[] };
  /** What the year's approved inspections found, as the roll-up counts it. */
  inspection: {
    /** Points of the applicable (Đạt or Không đạt) answers, and of those passed. */
    applicablePoints: number;
    passedPoints: number;
    findings: { total: number; fixedOnTime: number; fixedLate: number; overdue: number; open: number };
    repeats: number;
  };
  /** The published SIPAS and PAR INDEX results of every year up to the report's, oldest first. */
  indices: IndexResultLine[];
  draft: {
    basis: string | null;
    sipasTasks: string | null;
    parTasks: string | null;
    strengths: string;
    weaknesses: string;
    directions: string;
    signerName: string | null;
    issuedNumber: number | null;
    issuedOn: string | null;
  } | null;
}

export interface IndexResultLine {
  index: 'SIPAS' | 'PAR_INDEX';
  year: number;
  totalScore: number;
  rank: number | null;
}

export const REPORT_SUBJECT =
  'Kết quả thực hiện các nhiệm vụ, giải pháp nâng cao Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) và Chỉ số cải cách hành chính (PAR INDEX)';

/** How the report names each kind of document, counted and listed. */
const TYPE_LABEL: Record<DocumentTypeName, { counted: string; listed: string }> = {
  KE_HOACH: { counted: 'Kế hoạch', listed: 'Kế hoạch' },
  CONG_VAN: { counted: 'công văn', listed: 'Công văn' },
  QUYET_DINH: { counted: 'quyết định', listed: 'Quyết định' },
  BAO_CAO: { counted: 'báo cáo', listed: 'Báo cáo' },
  THONG_BAO: { counted: 'thông báo', listed: 'Thông báo' },
  KHAC: { counted: 'văn bản khác', listed: 'Văn bản' },
};
const TYPE_ORDER: DocumentTypeName[] = ['KE_HOACH', 'CONG_VAN', 'QUYET_DINH', 'BAO_CAO', 'THONG_BAO', 'KHAC'];

const EMPTY_TEXT = '(Chưa nhập nội dung.)';

/** Counts as the department writes them: at least two digits (08 Kế hoạch, 01 TTHC, 99 ngày). */
export function countText(value: number): string {
  return String(value).padStart(2, '0');
}

/** The paragraphs of a narrative text: one per non-empty line. */
export function paragraphs(text: string | null | undefined): string[] {
  return (text ?? '')
    .normalize('NFC')
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

const plain = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }] });
const bold = (text: string): Block => ({ kind: 'paragraph', runs: [{ text, bold: true }] });
const numbered = (items: string[]): Block[] => items.map((text, i) => plain(`${i + 1}. ${text}`));
const narrative = (text: string | null | undefined): Block[] => {
  const lines = paragraphs(text);
  return lines.length ? lines.map(plain) : [plain(EMPTY_TEXT)];
};

const lowerFirst = (text: string) => `${text.charAt(0).toLocaleLowerCase('vi')}${text.slice(1)}`;

/** "Kế hoạch số 80/KH-SNN ngày 12/08/2021 của Sở ... về ..." */
export function documentReference(doc: AnnualReportData['documents'][number]): string {
  const summary = lowerFirst(doc.summary.trim().replace(/[.;]+$/, ''));
  const about = /^(về|v\/v)\s/.test(summary) ? summary : `về ${summary}`;
  return `${TYPE_LABEL[doc.type].listed} số ${doc.number} ngày ${formatDate(doc.issuedOn)} của ${doc.issuer} ${about}`;
}

/** "ban hành 08 Kế hoạch¹, 17 công văn² và 03 quyết định³", each count footnoted with its documents. */
function documentsIssued(data: AnnualReportData): TextRun[] {
  const groups = TYPE_ORDER.map((type) => ({ type, docs: data.documents.filter((d) => d.type === type) })).filter(
    (g) => g.docs.length > 0,
  );
  if (groups.length === 0) return [{ text: 'chưa ghi nhận văn bản chỉ đạo nào trong sổ văn bản' }];
  const runs: TextRun[] = [{ text: 'đã ban hành ' }];
  groups.forEach((group, i) => {
    if (i > 0) runs.push({ text: i === groups.length - 1 ? ' và ' : ', ' });
    runs.push({
      text: `${countText(group.docs.length)} ${TYPE_LABEL[group.type].counted}`,
      footnote: `${group.docs.map(documentReference).join('; ')}.`,
    });
  });
  return runs;
}

function share(part: number, whole: number): string {
  return formatPercent(part, whole) ?? '0%';
}

function timeCuts(data: AnnualReportData): string {
  const { provincial, district } = data.tthc;
  const level = (cut: typeof provincial, who: string) =>
    `${countText(cut.reviewed)} TTHC thuộc thẩm quyền giải quyết của ${who}, cắt giảm ${countText(cut.daysCut)} ngày thực hiện, đạt tỷ lệ ${share(cut.daysCut, cut.legalDays)}`;
  const parts: string[] = [];
  if (provincial.reviewed > 0) parts.push(level(provincial, 'ngành'));
  if (district.reviewed > 0) parts.push(level(district, 'huyện'));
  const body = parts.length ? `rà soát: ${parts.join('; ')}.` : 'chưa có TTHC nào được rà soát cắt giảm.';
  return `Tiếp tục đơn giản hóa TTHC, thực hiện cắt giảm thời gian giải quyết TTHC trong năm ${data.year} ${body}`;
}

function inspections(data: AnnualReportData, issuer: string): string {
  const { inScope, inspected, missing } = data.coverage;
  const start = `${issuer} đã ban hành kế hoạch, quyết định thành lập đoàn kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính.`;
  if (inScope === 0) return `${start} Chưa có đơn vị trực thuộc nào trong phạm vi kiểm tra.`;
  if (inspected === inScope)
    return `${start} Tổ chức kiểm tra 100% các đơn vị trực thuộc (${inspected}/${inScope} đơn vị).`;
  return `${start} Tổ chức kiểm tra ${inspected}/${inScope} đơn vị trực thuộc (${share(inspected, inScope)}); chưa kiểm tra: ${missing.join(', ')}.`;
}

/** "tỷ lệ tiêu chí đạt 96,5%; phát hiện 12 tồn tại: 09 khắc phục đúng hạn, ..." from the roll-up. */
function inspectionResults(data: AnnualReportData): string {
  const { applicablePoints, passedPoints, findings, repeats } = data.inspection;
  if (applicablePoints <= 0) return 'Chưa có biên bản kiểm tra nào được duyệt trong năm.';
  const compliance = `Qua kiểm tra, tỷ lệ tiêu chí đạt yêu cầu là ${formatNumber((passedPoints / applicablePoints) * 100)}% (tính theo điểm, không tính tiêu chí không áp dụng)`;
  if (findings.total === 0) return `${compliance}; không phát hiện tồn tại, hạn chế.`;
  const states = [
    [findings.fixedOnTime, 'đã khắc phục đúng hạn'],
    [findings.fixedLate, 'khắc phục chậm so với thời hạn'],
    [findings.overdue, 'quá hạn chưa khắc phục'],
    [findings.open, 'đang trong thời hạn khắc phục'],
  ] as const;
  const parts = states.filter(([count]) => count > 0).map(([count, label]) => `${countText(count)} ${label}`);
  const repeated = repeats > 0 ? `; ${countText(repeats)} tồn tại lặp lại so với năm trước` : '';
  return `${compliance}; phát hiện ${countText(findings.total)} tồn tại, hạn chế, trong đó ${parts.join(', ')}${repeated}.`;
}

const INDEX_WORDING = {
  SIPAS: {
    name: 'Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)',
    score: (v: number) => `${formatNumber(v)}%`,
    unit: 'điểm phần trăm',
  },
  PAR_INDEX: {
    name: 'Chỉ số cải cách hành chính (PAR INDEX)',
    score: (v: number) => `${formatNumber(v)} điểm`,
    unit: 'điểm',
  },
} as const;

/**
 * The latest published result of an index up to the report's year, its rank, the change from the year
 * before and the earlier years: "Chỉ số SIPAS năm 2020 của Sở đạt 85,12%, xếp thứ 5; tăng 1,3 điểm phần
 * trăm so với năm 2019 (83,82%). Kết quả các năm trước: năm 2018: 80%."
 */
function indexResult(data: AnnualReportData, index: IndexResultLine['index'], issuer: string): string {
  const wording = INDEX_WORDING[index];
  const results = data.indices.filter((r) => r.index === index && r.year <= data.year).sort((a, b) => a.year - b.year);
  const latest = results.at(-1);
  if (!latest) return `Chưa ghi nhận kết quả ${wording.name} đã được công bố.`;
  const rank = latest.rank != null ? `, xếp thứ ${latest.rank}` : '';
  let sentence = `Kết quả ${wording.name} năm ${latest.year} của ${issuer} đạt ${wording.score(latest.totalScore)}${rank}`;
  const before = results.find((r) => r.year === latest.year - 1);
  if (before) {
    const change = Math.round((latest.totalScore - before.totalScore) * 100) / 100;
    const direction =
      change === 0
        ? 'không thay đổi'
        : `${change > 0 ? 'tăng' : 'giảm'} ${formatNumber(Math.abs(change))} ${wording.unit}`;
    sentence += `; ${direction} so với năm ${before.year} (${wording.score(before.totalScore)})`;
  }
  const earlier = results.filter((r) => r.year < latest.year - 1);
  const history = earlier.length
    ? ` Kết quả các năm trước: ${earlier.map((r) => `năm ${r.year}: ${wording.score(r.totalScore)}`).join('; ')}.`
    : '';
  return `${sentence}.${history}`;
}

function oneStop(data: AnnualReportData, issuer: string): string {
  const t = data.tthc;
  if (t.total === 0) return `Danh mục TTHC năm ${data.year} của ${issuer} chưa được cập nhật.`;
  const mechanisms = t.oneStop + t.interconnected;
  return (
    `Trong năm ${data.year}, ${issuer} đã đưa ra ${mechanisms}/${t.total} TTHC (${share(mechanisms, t.total)}) thực hiện theo cơ chế một cửa, một cửa liên thông; trong đó ${t.oneStop} TTHC thực hiện theo cơ chế một cửa; ${t.interconnected} TTHC thực hiện theo cơ chế một cửa liên thông. ` +
    `Số lượng TTHC thực hiện qua dịch vụ bưu chính công ích: ${t.publicPostal}/${t.total} TTHC (${share(t.publicPostal, t.total)}); ` +
    `Số lượng TTHC thực hiện qua dịch vụ công trực tuyến: ${t.online}/${t.total} TTHC (${share(t.online, t.total)}).`
  );
}

/** The year's report; a draft without an issued number and date leaves them blank for the clerk. */
export function buildAnnualReport(data: AnnualReportData): OfficialDocument {
  const names = issuingAgencies(data.department.name);
  const issuer = names.issuerName;
  const draft = data.draft;
  const subject = `${REPORT_SUBJECT} năm ${data.year}`;
  const basis = paragraphs(draft?.basis).join(' ');
  const opening = basis
    ? `${basis.replace(/[.,;]+$/, '')}, ${issuer} báo cáo kết quả thực hiện như sau:`
    : `${issuer} báo cáo ${lowerFirst(subject)} như sau:`;

  const body: Block[] = [
    plain(opening),
    { kind: 'heading', text: 'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH' },
    bold('1. Việc ban hành các văn bản chỉ đạo'),
    {
      kind: 'paragraph',
      runs: [
        { text: `Trong năm ${data.year}, ${issuer} và các đơn vị trực thuộc ` },
        ...documentsIssued(data),
        {
          text: ' nhằm chỉ đạo các phòng, ban, đơn vị trực thuộc nghiêm túc thực hiện các giải pháp nâng cao Chỉ số hài lòng về sự phục vụ hành chính và Chỉ số cải cách hành chính.',
        },
      ],
    },
    bold('2. Về tổ chức, đôn đốc, triển khai thực hiện'),
    plain(
      'Các văn bản chỉ đạo đều được chuyển đến cán bộ, công chức, viên chức, người lao động trên hệ thống quản lý văn bản điều hành; các phòng, ban, đơn vị trực thuộc được quán triệt, đôn đốc triển khai thực hiện.',
    ),
    { kind: 'heading', text: 'II. KẾT QUẢ THỰC HIỆN' },
    bold('1. Kết quả thực hiện các nhiệm vụ, giải pháp nâng cao chỉ số hài lòng về sự phục vụ hành chính (SIPAS)'),
    ...numbered([
      `Chỉ đạo đăng tải đầy đủ nội dung toàn bộ ${data.tthc.total} TTHC, công khai cách thức nộp hồ sơ và nhận kết quả, thành phần hồ sơ, quy trình thực hiện, thời gian thực hiện, phí, lệ phí đối với từng danh mục TTHC của ngành.`,
      timeCuts(data),
      indexResult(data, 'SIPAS', issuer),
      ...paragraphs(draft?.sipasTasks),
    ]),
    bold('2. Kết quả thực hiện các nhiệm vụ, giải pháp nâng cao chỉ số cải cách hành chính (PAR INDEX)'),
    ...numbered([
      indexResult(data, 'PAR_INDEX', issuer),
      `${inspections(data, issuer)} ${inspectionResults(data)}`,
      oneStop(data, issuer),
      ...paragraphs(draft?.parTasks),
    ]),
    { kind: 'heading', text: 'III. ĐÁNH GIÁ CHUNG' },
    bold('1. Ưu điểm'),
    ...narrative(draft?.strengths),
    bold('2. Tồn tại, hạn chế'),
    ...narrative(draft?.weaknesses),
    { kind: 'heading', text: 'IV. PHƯƠNG HƯỚNG' },
    ...narrative(draft?.directions),
    plain(`Trên đây là báo cáo ${lowerFirst(subject)} của ${data.department.name}./.`),
  ];

  const issued = draft?.issuedNumber != null && draft.issuedOn != null;
  return {
    title: `Báo cáo SIPAS, PAR INDEX năm ${data.year}`,
    header: {
      parentAgency: names.parent,
      issuingAgency: names.issuer,
      number: `Số: ${issued ? draft.issuedNumber : '     '}/BC-${data.department.code}`,
      placeDate: formatPlaceDate(names.place ?? '...', issued ? draft.issuedOn : null, data.year),
    },
    kindTitle: 'BÁO CÁO',
    summary: subject,
    body,
    closing: {
      left: {
        kind: 'recipients',
        lines: [
          '- UBND tỉnh (b/c);',
          '- Sở Nội vụ;',
          '- Lãnh đạo Sở;',
          '- Các phòng, đơn vị thuộc Sở;',
          '- Lưu: VT, VP.',
        ],
      },
      right: {
        kind: 'signer',
        titleLines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
        hint: null,
        image: null,
        name: draft?.signerName ?? null,
      },
    },
  };
}
