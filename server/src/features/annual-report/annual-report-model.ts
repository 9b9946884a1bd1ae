import {
  DOCUMENT_TYPE_IN_SENTENCE,
  formatDate,
  formatNumber,
  formatPercent,
  formatPlaceDate,
} from '../../common/vietnamese.js';
import { agencyOn } from '../agency/issuing-agency.js';
import type { Block, OfficialDocument, TextRun } from '../documents/official-document.js';
import type {
  AnnualReportData,
  DocumentTypeName,
  IndexResultLine,
  IssuedDocument,
  SelfAssessmentLine,
  TimeCuts,
} from './annual-report-data.js';

/*
 * The annual report "Kết quả thực hiện các nhiệm vụ, giải pháp nâng cao Chỉ số SIPAS và PAR INDEX" as a
 * document model, following the 2021 report of the department: the figures come from the registers and
 * the inspections, the narrative from the year's draft. Pure, so every sentence can be table-tested; the
 * .docx, PDF and HTML renderers of the visit documents draw it (one model, three renderings).
 */

export const REPORT_SUBJECT =
  'Kết quả thực hiện các nhiệm vụ, giải pháp nâng cao Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) và Chỉ số cải cách hành chính (PAR INDEX)';

const TYPE_ORDER: DocumentTypeName[] = ['KE_HOACH', 'CONG_VAN', 'QUYET_DINH', 'BAO_CAO', 'THONG_BAO', 'KHAC'];

const EMPTY_TEXT = '(Chưa nhập nội dung.)';

/** Points under a numbered part, lettered as legal documents letter them (a, b, c, d, đ, e, g ...). */
const LETTERS = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ');

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

type Item = string | TextRun[];

const plain = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }] });
const bold = (text: string): Block => ({ kind: 'paragraph', runs: [{ text, bold: true }] });
/** "a) ...", "b) ...": the level under "1. Kết quả ..." (the seed repeats "1." there). */
const lettered = (items: Item[]): Block[] =>
  items.map((item, i) => ({
    kind: 'paragraph',
    runs: [{ text: `${LETTERS[i] ?? i + 1}) ` }, ...(typeof item === 'string' ? [{ text: item }] : item)],
  }));
/** Narrative lines put under letters, without the office's own "1." or "a)" in front. */
const unnumbered = (text: string | null | undefined) =>
  paragraphs(text).map((line) => line.replace(/^(\d+|[a-zđ])[.)]\s+/u, ''));
const narrative = (text: string | null | undefined): Block[] => {
  const lines = paragraphs(text);
  return lines.length ? lines.map(plain) : [plain(EMPTY_TEXT)];
};

const lowerFirst = (text: string) => `${text.charAt(0).toLocaleLowerCase('vi')}${text.slice(1)}`;
const withoutEndStop = (text: string) => text.trim().replace(/[.;,]+$/, '');

/** "Kế hoạch số 80/KH-SNN ngày 12/08/2021 của Sở ... về ..." */
export function documentReference(doc: AnnualReportData['documents'][number]): string {
  const summary = lowerFirst(withoutEndStop(doc.summary));
  const about = /^(về|v\/v)\s/.test(summary) ? summary : `về ${summary}`;
  return `${DOCUMENT_TYPE_IN_SENTENCE[doc.type].listed} số ${doc.number} ngày ${formatDate(doc.issuedOn)} của ${doc.issuer} ${about}`;
}

/** "ban hành 08 Kế hoạch¹, 17 công văn² và 03 quyết định³", each count footnoted with its documents. */
function documentsIssued(data: AnnualReportData, issuer: string): TextRun[] {
  const groups = TYPE_ORDER.map((type) => ({ type, docs: data.documents.filter((d) => d.type === type) })).filter(
    (g) => g.docs.length > 0,
  );
  if (groups.length === 0)
    return [
      {
        text: `Trong năm ${data.year}, sổ văn bản chưa ghi nhận văn bản chỉ đạo nào của ${issuer} và các đơn vị trực thuộc về nâng cao Chỉ số hài lòng về sự phục vụ hành chính và Chỉ số cải cách hành chính.`,
      },
    ];
  const runs: TextRun[] = [{ text: `Trong năm ${data.year}, ${issuer} và các đơn vị trực thuộc đã ban hành ` }];
  groups.forEach((group, i) => {
    if (i > 0) runs.push({ text: i === groups.length - 1 ? ' và ' : ', ' });
    runs.push({
      text: `${countText(group.docs.length)} ${DOCUMENT_TYPE_IN_SENTENCE[group.type].counted}`,
      footnote: `${group.docs.map(documentReference).join('; ')}.`,
    });
  });
  runs.push({
    text: ' nhằm chỉ đạo các phòng, ban, đơn vị trực thuộc nghiêm túc thực hiện các giải pháp nâng cao Chỉ số hài lòng về sự phục vụ hành chính và Chỉ số cải cách hành chính.',
  });
  return runs;
}

function share(part: number, whole: number): string {
  return formatPercent(part, whole) ?? '0%';
}

/** Publication of the catalogue; a year without one says so instead of "toàn bộ 0 TTHC". */
function published(data: AnnualReportData, issuer: string): string {
  if (data.tthc.total === 0)
    return `Danh mục TTHC năm ${data.year} của ${issuer} chưa được cập nhật: chưa có số liệu công khai, cắt giảm thời gian giải quyết TTHC.`;
  return `Chỉ đạo đăng tải đầy đủ nội dung toàn bộ ${data.tthc.total} TTHC, công khai cách thức nộp hồ sơ và nhận kết quả, thành phần hồ sơ, quy trình thực hiện, thời gian thực hiện, phí, lệ phí đối với từng danh mục TTHC của ngành.`;
}

/** Every level with cuts, worded as the seed words the department's and the district's. */
function timeCuts(data: AnnualReportData): string {
  const levels: [TimeCuts, string][] = [
    [data.tthc.provincial, 'ngành'],
    [data.tthc.district, 'huyện'],
    [data.tthc.commune, 'xã'],
  ];
  const parts = levels
    .filter(([cut]) => cut.reviewed > 0)
    .map(
      ([cut, who]) =>
        `${countText(cut.reviewed)} TTHC thuộc thẩm quyền giải quyết của ${who}, cắt giảm ${countText(cut.daysCut)} ngày thực hiện, đạt tỷ lệ ${share(cut.daysCut, cut.legalDays)}`,
    );
  const body = parts.length ? `rà soát: ${parts.join('; ')}.` : 'chưa có TTHC nào được rà soát cắt giảm.';
  return `Tiếp tục đơn giản hóa TTHC, thực hiện cắt giảm thời gian giải quyết TTHC trong năm ${data.year} ${body}`;
}

/** "số 45/KH-SNN ngày 15/03/2021, số ..." */
const cite = (docs: IssuedDocument[]) => docs.map((d) => `số ${d.number} ngày ${formatDate(d.date)}`).join(', ');

/** The year's plan and team decision as issued (cited), or that there were none; then the coverage. */
function inspections(data: AnnualReportData, issuer: string): string {
  const subject = 'việc chấp hành kỷ luật, kỷ cương hành chính';
  const plan = data.plans.length ? `Kế hoạch ${cite(data.plans)} về kiểm tra ${subject}` : null;
  const team = data.teamDecisions.length ? `Quyết định ${cite(data.teamDecisions)} thành lập đoàn kiểm tra` : null;
  const start =
    plan && team
      ? `${issuer} đã ban hành ${plan} và ${team}.`
      : plan
        ? `${issuer} đã ban hành ${plan}.`
        : team
          ? `${issuer} đã ban hành ${team} ${subject}.`
          : `Trong năm ${data.year}, chưa ghi nhận kế hoạch kiểm tra, quyết định thành lập đoàn kiểm tra ${subject}.`;
  const { inScope, inspected, missing } = data.coverage;
  if (inScope === 0) return `${start} Chưa có đơn vị trực thuộc nào trong phạm vi kiểm tra.`;
  if (inspected === 0)
    return `${start} Chưa tổ chức kiểm tra đơn vị trực thuộc nào (${inScope} đơn vị thuộc phạm vi kiểm tra).`;
  if (inspected === inScope)
    return `${start} Tổ chức kiểm tra 100% các đơn vị trực thuộc (${inspected}/${inScope} đơn vị).`;
  return `${start} Tổ chức kiểm tra ${inspected}/${inScope} đơn vị trực thuộc (${share(inspected, inScope)}); chưa kiểm tra: ${missing.join(', ')}.`;
}

/**
 * The overdue findings by unit, for the footnote on their count; each finding quoted, since what was
 * found may itself hold full stops: Hạt Kiểm lâm X: “Kho hồ sơ chưa sắp xếp” (hạn 28/07/2021); ...
 */
function overdueList(list: AnnualReportData['inspection']['overdueList']): string {
  const units = new Map<string, string[]>();
  for (const f of list) {
    const deadline = f.deadline ? ` (hạn ${formatDate(f.deadline)})` : '';
    units.set(f.unit, [...(units.get(f.unit) ?? []), `“${withoutEndStop(f.finding)}”${deadline}`]);
  }
  const lines = [...units].map(([unit, findings]) => `${unit}: ${findings.join(', ')}`);
  return `Tồn tại, hạn chế quá hạn chưa khắc phục: ${lines.join('; ')}.`;
}

/** "tỷ lệ tiêu chí đạt 96,5%; phát hiện 12 tồn tại: 09 khắc phục đúng hạn, ..." from the roll-up. */
function inspectionResults(data: AnnualReportData): TextRun[] {
  const { applicablePoints, passedPoints, findings, repeats } = data.inspection;
  if (applicablePoints <= 0) return [{ text: 'Chưa có biên bản kiểm tra nào được duyệt trong năm.' }];
  const compliance = `Qua kiểm tra, tỷ lệ tiêu chí đạt yêu cầu là ${formatNumber((passedPoints / applicablePoints) * 100)}% (tính theo điểm, không tính tiêu chí không áp dụng)`;
  if (findings.total === 0) return [{ text: `${compliance}; không phát hiện tồn tại, hạn chế.` }];
  const overdue = data.inspection.overdueList.length ? overdueList(data.inspection.overdueList) : undefined;
  const states: [number, string, string | undefined][] = [
    [findings.fixedOnTime, 'đã khắc phục đúng hạn', undefined],
    [findings.fixedLate, 'khắc phục chậm so với thời hạn', undefined],
    [findings.overdue, 'quá hạn chưa khắc phục', overdue],
    [findings.open, 'còn trong thời hạn khắc phục', undefined],
  ];
  const runs: TextRun[] = [
    // States as of the roll-up's day (domain.md: overdue in a year's figures is judged at 31/12).
    {
      text: `${compliance}; phát hiện ${countText(findings.total)} tồn tại, hạn chế, trong đó, tính đến ngày ${formatDate(data.inspection.asOf)}, `,
    },
  ];
  states
    .filter(([count]) => count > 0)
    .forEach(([count, label, footnote], i) => {
      runs.push({ text: `${i > 0 ? ', ' : ''}${countText(count)} ${label}`, ...(footnote ? { footnote } : {}) });
    });
  const repeated = repeats > 0 ? `; ${countText(repeats)} tồn tại lặp lại so với năm trước` : '';
  runs.push({
    text: `${repeated}. Tỷ lệ tồn tại, hạn chế được khắc phục đúng hạn: ${findings.fixedOnTime}/${findings.total} (${share(findings.fixedOnTime, findings.total)}).`,
  });
  return runs;
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
 * The result of an index for the report's own year, its rank, the change from the year before and the
 * earlier years: "Chỉ số SIPAS năm 2020 của Sở đạt 85,12%, xếp thứ 5; tăng 1,3 điểm phần trăm so với
 * năm 2019 (83,82%). Kết quả các năm trước: năm 2018: 80%." A year not yet published says "chưa có kết
 * quả": an earlier year's result is never stated as the year's, only listed as an earlier year.
 */
function indexResult(data: AnnualReportData, index: IndexResultLine['index'], issuer: string): string {
  const wording = INDEX_WORDING[index];
  const results = data.indices.filter((r) => r.index === index && r.year <= data.year).sort((a, b) => a.year - b.year);
  const history = (earlier: IndexResultLine[]) =>
    earlier.length
      ? ` Kết quả các năm trước: ${earlier.map((r) => `năm ${r.year}: ${wording.score(r.totalScore)}`).join('; ')}.`
      : '';
  const own = results.find((r) => r.year === data.year);
  if (!own) return `Kết quả ${wording.name} năm ${data.year} của ${issuer}: chưa có kết quả.${history(results)}`;
  const rank = own.rank != null ? `, xếp thứ ${own.rank}` : '';
  let sentence = `Kết quả ${wording.name} năm ${own.year} của ${issuer} đạt ${wording.score(own.totalScore)}${rank}`;
  const before = results.find((r) => r.year === own.year - 1);
  if (before) {
    const change = Math.round((own.totalScore - before.totalScore) * 100) / 100;
    const direction =
      change === 0
        ? 'không thay đổi'
        : `${change > 0 ? 'tăng' : 'giảm'} ${formatNumber(Math.abs(change))} ${wording.unit}`;
    sentence += `; ${direction} so với năm ${before.year} (${wording.score(before.totalScore)})`;
  }
  return `${sentence}.${history(results.filter((r) => r.year < own.year - 1))}`;
}

const SELF_ASSESSMENT_STEP: Record<SelfAssessmentLine['status'], string> = {
  DRAFT: 'đang tự chấm điểm',
  SUBMITTED: 'đã trình lãnh đạo Sở duyệt',
  APPROVED: 'đã gửi Sở Nội vụ thẩm định',
  APPRAISAL: 'đang được Sở Nội vụ thẩm định',
  FINAL: 'đã có kết quả thẩm định',
};

/**
 * The year's self-assessment: "Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025 của Sở
 * ...: 78,5/99 điểm (điểm tối đa sau khi trừ các tiêu chí không áp dụng, bộ tiêu chí 100 điểm); kết quả
 * thẩm định của Sở Nội vụ: 76,25/99 điểm." The appraisal is cited only once final.
 */
export function selfAssessmentSentence(year: number, line: SelfAssessmentLine, issuer: string): string {
  const max = formatNumber(line.maxPoints);
  const reduced =
    line.maxPoints !== line.statedMaxPoints
      ? ` (điểm tối đa sau khi trừ các tiêu chí không áp dụng; bộ tiêu chí ${formatNumber(line.statedMaxPoints)} điểm)`
      : '';
  const start = `Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm ${year} của ${issuer}: ${formatNumber(line.selfPoints)}/${max} điểm${reduced}`;
  if (line.status === 'FINAL' && line.appraisalPoints !== null)
    return `${start}; kết quả thẩm định của Sở Nội vụ: ${formatNumber(line.appraisalPoints)}/${max} điểm.`;
  return `${start} (${SELF_ASSESSMENT_STEP[line.status]}).`;
}

function oneStop(data: AnnualReportData, issuer: string): string {
  const t = data.tthc;
  if (t.total === 0)
    return `Danh mục TTHC năm ${data.year} của ${issuer} chưa được cập nhật: chưa có số liệu TTHC thực hiện theo cơ chế một cửa, một cửa liên thông, qua dịch vụ bưu chính công ích và dịch vụ công trực tuyến.`;
  const mechanisms = t.oneStop + t.interconnected;
  const split = [
    [t.onlineFull, 'toàn trình'],
    [t.onlinePartial, 'một phần'],
  ]
    .filter(([count]) => Number(count) > 0)
    .map(([count, kind]) => `${count} TTHC trực tuyến ${kind}`);
  return (
    `Trong năm ${data.year}, ${issuer} đã đưa ra ${mechanisms}/${t.total} TTHC (${share(mechanisms, t.total)}) thực hiện theo cơ chế một cửa, một cửa liên thông; trong đó ${t.oneStop} TTHC thực hiện theo cơ chế một cửa; ${t.interconnected} TTHC thực hiện theo cơ chế một cửa liên thông. ` +
    `Số lượng TTHC thực hiện qua dịch vụ bưu chính công ích: ${t.publicPostal}/${t.total} TTHC (${share(t.publicPostal, t.total)}); ` +
    `Số lượng TTHC thực hiện qua dịch vụ công trực tuyến: ${t.online}/${t.total} TTHC (${share(t.online, t.total)})${split.length ? `, trong đó ${split.join(', ')}` : ''}.`
  );
}

/** "Thực hiện Kế hoạch số 167/KH-UBND ..., Sở ... báo cáo kết quả thực hiện như sau:", as the seed opens. */
function opening(basisText: string | null | undefined, issuer: string, subject: string): string {
  const basis = withoutEndStop(paragraphs(basisText).join(' '));
  if (!basis) return `${issuer} báo cáo ${lowerFirst(subject)} như sau:`;
  const cited = /^(thực hiện|căn cứ)\s/iu.test(basis) ? basis : `Thực hiện ${basis}`;
  return `${cited}, ${issuer} báo cáo kết quả thực hiện như sau:`;
}

/** A draft is dated in the month it is made, or in December when made outside the report's year. */
export function draftMonth(year: number, madeOn: string): number {
  return Number(madeOn.slice(0, 4)) === year ? Number(madeOn.slice(5, 7)) : 12;
}

/**
 * The day the report is dated, which picks the issuing agency: its issue date once issued; a draft, in
 * the month it is made, or at the year's end when made after the year.
 */
export function reportDate(data: Pick<AnnualReportData, 'year' | 'draft' | 'madeOn'>): string {
  if (data.draft?.issuedNumber != null && data.draft.issuedOn != null) return data.draft.issuedOn;
  return Number(data.madeOn.slice(0, 4)) === data.year ? data.madeOn : `${data.year}-12-31`;
}

/** The year's report; a draft leaves the number and the day blank for the clerk, as the seed does. */
export function buildAnnualReport(data: AnnualReportData): OfficialDocument {
  const names = agencyOn(data.agencyIdentities ?? [], reportDate(data), data.department);
  const issuer = names.issuerName;
  const draft = data.draft;
  const subject = `${REPORT_SUBJECT} năm ${data.year}`;

  const body: Block[] = [
    plain(opening(draft?.basis, issuer, subject)),
    { kind: 'heading', text: 'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH' },
    bold('1. Việc ban hành các văn bản chỉ đạo'),
    { kind: 'paragraph', runs: documentsIssued(data, issuer) },
    bold('2. Về tổ chức, đôn đốc, triển khai thực hiện'),
    plain(
      data.documents.length
        ? 'Các văn bản chỉ đạo đều được chuyển đến cán bộ, công chức, viên chức, người lao động trên hệ thống quản lý văn bản điều hành; các phòng, ban, đơn vị trực thuộc được quán triệt, đôn đốc triển khai thực hiện.'
        : `Chưa ghi nhận văn bản chỉ đạo nào được chuyển đến các phòng, ban, đơn vị trực thuộc trong năm ${data.year}.`,
    ),
    { kind: 'heading', text: 'II. KẾT QUẢ THỰC HIỆN' },
    bold('1. Kết quả thực hiện các nhiệm vụ, giải pháp nâng cao chỉ số hài lòng về sự phục vụ hành chính (SIPAS)'),
    ...lettered([
      published(data, issuer),
      ...(data.tthc.total > 0 ? [timeCuts(data)] : []),
      indexResult(data, 'SIPAS', issuer),
      ...unnumbered(draft?.sipasTasks),
    ]),
    bold('2. Kết quả thực hiện các nhiệm vụ, giải pháp nâng cao chỉ số cải cách hành chính (PAR INDEX)'),
    ...lettered([
      indexResult(data, 'PAR_INDEX', issuer),
      ...(data.selfAssessment ? [selfAssessmentSentence(data.year, data.selfAssessment, issuer)] : []),
      [{ text: `${inspections(data, issuer)} ` }, ...inspectionResults(data)],
      oneStop(data, issuer),
      ...unnumbered(draft?.parTasks),
    ]),
    { kind: 'heading', text: 'III. ĐÁNH GIÁ CHUNG' },
    bold('1. Ưu điểm'),
    ...narrative(draft?.strengths),
    bold('2. Tồn tại, hạn chế'),
    ...narrative(draft?.weaknesses),
    { kind: 'heading', text: 'IV. PHƯƠNG HƯỚNG' },
    ...narrative(draft?.directions),
    plain(`Trên đây là báo cáo ${lowerFirst(subject)} của ${names.fullName}./.`),
  ];

  const issued = draft?.issuedNumber != null && draft.issuedOn != null;
  return {
    title: `Báo cáo SIPAS, PAR INDEX năm ${data.year}`,
    header: {
      parentAgency: names.parent,
      issuingAgency: names.issuer,
      number: `Số: ${issued ? draft.issuedNumber : '     '}/BC-${names.abbreviation}`,
      placeDate: formatPlaceDate(
        names.place ?? '...',
        issued ? draft.issuedOn : null,
        data.year,
        draftMonth(data.year, data.madeOn),
      ),
    },
    kindTitle: 'BÁO CÁO',
    summary: subject,
    body,
    closing: {
      left: {
        kind: 'recipients',
        lines: names.reportRecipients,
      },
      right: {
        kind: 'signer',
        titleLines: names.signerTitleLines,
        hint: null,
        image: null,
        name: draft?.signerName ?? null,
      },
    },
  };
}
