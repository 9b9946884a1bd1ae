import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ChecklistItem, ChecklistTemplate } from '../../features/checklists/checklist.entity.js';
import { FindingSeverity, FindingStatus } from '../../features/findings/finding.entity.js';
import type { InspectionPlan, InspectionTeam } from '../../features/plans/plan.entity.js';
import { PlanLine } from '../../features/plans/plan.entity.js';
import { DirectiveDocument, DirectiveDocumentType } from '../../features/registers/directive-document.entity.js';
import { Unit } from '../../features/units/unit.entity.js';
import type { User } from '../../features/users/user.entity.js';
import { Visit } from '../../features/visits/visit.entity.js';
import { seedDemoRegisters2025 } from './demo-2025-registers.js';
import { demoAbbreviationOn } from './demo-agency.js';
import { type FailedItem, seedApprovedVisit, seedTeamAndPlan, type VisitShared } from './demo-inspections.js';

/*
 * ILLUSTRATIVE: the demo department's 2025 (domain.md, "The 2025 reform"), the year the self-assessment's
 * suggestions are shown on. Its records are made in the order a real department made them around the
 * reform (demo-data.ts): the merger of 01/03/2025 is recorded first; then the first half of the year on the
 * units of the time (the district ranger stations, the units the former Sở Tài nguyên và Môi trường brought
 * in); then the area ranger stations of 01/07/2025, which hand the open finding of a station they end to
 * its successor; then the second half on the new structure, the year's catalogue and SIPAS result
 * (demo-2025-registers.ts). The documents' numbers, days, summaries, the visits and what they found are
 * made up for the demo; each document is numbered with the department's abbreviation of its day (SNN, then
 * SNNMT from 01/03/2025, demo-agency.ts), the department's numbers starting again with the new department.
 * With SEED_DEMO_REFORM=false the demo stands before 01/03/2025 and gets none of this.
 */

const { KE_HOACH, CONG_VAN, QUYET_DINH, BAO_CAO } = DirectiveDocumentType;

/** The type part of the department's numbers (Decree 30/2020/NĐ-CP); a công văn has none. */
const TYPE_ABBREVIATION: Partial<Record<DirectiveDocumentType, string>> = {
  [KE_HOACH]: 'KH',
  [QUYET_DINH]: 'QĐ',
  [BAO_CAO]: 'BC',
};

/** The department's number for a document of `type` with number `n` issued on `date`: 10/KH-SNN, 915/SNNMT-VP. */
export function demoNumber2025(type: DirectiveDocumentType, n: number, date: string): string {
  const agency = demoAbbreviationOn(date);
  const typePart = TYPE_ABBREVIATION[type];
  return typePart ? `${n}/${typePart}-${agency}` : `${n}/${agency}-VP`;
}

interface Document2025 {
  type: DirectiveDocumentType;
  /** The department's own number (numbered as demoNumber2025), or a unit's number as the unit gave it. */
  n: number | string;
  date: string;
  /** The issuing unit's code; the department when absent. */
  unit?: string;
  summary: string;
}

/** The decision setting up the year's inspection team, and the year's inspection plan. */
const TEAM_DECISION = { type: QUYET_DINH, n: 45, date: '2025-02-10' };
const INSPECTION_PLAN = { type: KE_HOACH, n: 28, date: '2025-02-14' };

/**
 * The year's directive documents. For the self-assessment's suggestions (demo-criteria.ts): the one Kế
 * hoạch with "cải cách hành chính" in its summary is issued on 15/01, before 31/01 (1.1.1); the one công
 * văn with "kỷ cương" in August, after 30/06 (1.8.1). The other summaries avoid those words.
 */
export const DEMO_DOCUMENTS_2025: Document2025[] = [
  {
    type: KE_HOACH,
    n: 10,
    date: '2025-01-15',
    summary: 'Cải cách hành chính năm 2025 của Sở Nông nghiệp và Phát triển nông thôn',
  },
  { ...TEAM_DECISION, summary: 'Thành lập Đoàn kiểm tra kỷ luật, kỷ cương hành chính năm 2025' },
  { ...INSPECTION_PLAN, summary: 'Kiểm tra kỷ luật, kỷ cương hành chính năm 2025' },
  { type: CONG_VAN, n: 265, date: '2025-02-20', summary: 'Tuyên truyền kết quả Chỉ số SIPAS, PAR INDEX năm 2024' },
  {
    type: QUYET_DINH,
    n: 12,
    date: '2025-03-12',
    summary: 'Ban hành Quy chế làm việc của Sở Nông nghiệp và Môi trường',
  },
  {
    type: KE_HOACH,
    n: 15,
    date: '2025-04-02',
    summary: 'Triển khai các nhiệm vụ, giải pháp nâng cao Chỉ số SIPAS và PAR INDEX năm 2025',
  },
  {
    type: CONG_VAN,
    n: 318,
    date: '2025-05-06',
    summary: 'Rà soát, đề xuất cắt giảm thời gian giải quyết thủ tục hành chính năm 2025',
  },
  {
    type: CONG_VAN,
    n: 742,
    date: '2025-07-08',
    summary:
      'Niêm yết, công khai thủ tục hành chính và địa chỉ tiếp nhận phản ánh, kiến nghị tại các Hạt Kiểm lâm khu vực',
  },
  {
    type: CONG_VAN,
    n: '186/KL-TH',
    date: '2025-07-15',
    unit: 'CCKL',
    summary: 'Bàn giao hồ sơ, tài liệu và tiếp nhận nhiệm vụ của các Hạt Kiểm lâm khu vực từ ngày 01/7/2025',
  },
  {
    type: CONG_VAN,
    n: 915,
    date: '2025-08-14',
    summary: 'Chấn chỉnh, tăng cường kỷ luật, kỷ cương hành chính trong thực thi công vụ',
  },
  {
    type: BAO_CAO,
    n: 185,
    date: '2025-11-20',
    summary: 'Kết quả thực hiện các nhiệm vụ, giải pháp nâng cao Chỉ số SIPAS và PAR INDEX năm 2025',
  },
];

/** A finding of a 2025 visit: its failed item, and when (if ever) the unit reported and the office closed it. */
interface DemoFinding2025 {
  item: string;
  severity: FindingSeverity;
  /** The short note the visit lists; what was found and the recommendation are in demo-finding-texts.ts. */
  note: string;
  deadline: string;
  status: FindingStatus;
  reportedOn?: string;
  closedOn?: string;
}

/**
 * The 2025 plan (eleven lines, nine carried out): the first half on the district stations and a unit the
 * former Sở Tài nguyên và Môi trường brought in, the second half on the area stations and two more of its
 * units; the area stations of Hữu Lũng and Đình Lập, due in November and December, not inspected. Findings
 * fixed on time, one fixed late (CCQLDD, 3.2) and one still open (HKL-LB, followed by the Đình Lập area station
 * from 01/07/2025). Units the tests give a unit head or a visit in the plan under way (HKL-CL, HKL-TD,
 * CCTL, VPDKDD, CCCNTY, TTKN) are left out, as in 2022.
 */
const PLAN_2025: { unit: string; month: number; visitDate: string | null; findings?: DemoFinding2025[] }[] = [
  {
    unit: 'HKL-BG',
    month: 3,
    visitDate: '2025-03-18',
    findings: [
      {
        item: '1.1',
        severity: FindingSeverity.MEDIUM,
        note: 'Hai viên chức đến muộn không có lý do.',
        deadline: '2025-04-30',
        status: FindingStatus.CLOSED,
        reportedOn: '2025-04-21',
        closedOn: '2025-04-24',
      },
    ],
  },
  { unit: 'HKL-VQ', month: 4, visitDate: '2025-04-08' },
  {
    unit: 'CCTTBVTV',
    month: 4,
    visitDate: '2025-04-22',
    findings: [
      {
        item: '5.1',
        severity: FindingSeverity.MEDIUM,
        note: 'Một phản ánh chưa được trả lời, đã quá hạn.',
        deadline: '2025-06-30',
        status: FindingStatus.CLOSED,
        reportedOn: '2025-05-30',
        closedOn: '2025-06-04',
      },
    ],
  },
  {
    unit: 'CCBVMT',
    month: 5,
    visitDate: '2025-05-20',
    findings: [
      {
        item: '3.1',
        severity: FindingSeverity.MEDIUM,
        note: 'Quy chế làm việc chưa ban hành lại sau hợp nhất.',
        deadline: '2025-08-31',
        status: FindingStatus.CLOSED,
        reportedOn: '2025-08-15',
        closedOn: '2025-08-20',
      },
    ],
  },
  {
    unit: 'HKL-BS',
    month: 6,
    visitDate: '2025-06-10',
    findings: [
      {
        item: '2.4',
        severity: FindingSeverity.LOW,
        note: 'Phòng làm việc để hồ sơ, dụng cụ dưới sàn.',
        deadline: '2025-06-30',
        status: FindingStatus.CLOSED,
        reportedOn: '2025-06-24',
        closedOn: '2025-06-27',
      },
    ],
  },
  {
    unit: 'HKL-LB',
    month: 6,
    visitDate: '2025-06-17',
    findings: [
      {
        item: '4.5',
        severity: FindingSeverity.HIGH,
        note: 'Không lập phiếu xin lỗi cho 3 hồ sơ trễ hạn.',
        deadline: '2025-08-31',
        status: FindingStatus.OPEN,
      },
    ],
  },
  {
    unit: 'HKL-VL',
    month: 8,
    visitDate: '2025-08-19',
    findings: [
      {
        item: '2.3',
        severity: FindingSeverity.LOW,
        note: 'Biển tên chưa thay theo tên đơn vị mới.',
        deadline: '2025-10-31',
        status: FindingStatus.CLOSED,
        reportedOn: '2025-10-10',
        closedOn: '2025-10-15',
      },
    ],
  },
  {
    unit: 'CCQLDD',
    month: 9,
    visitDate: '2025-09-16',
    findings: [
      {
        item: '3.2',
        severity: FindingSeverity.MEDIUM,
        note: 'Chưa ban hành quy chế chi tiêu nội bộ năm 2025.',
        deadline: '2025-10-31',
        status: FindingStatus.CLOSED,
        reportedOn: '2025-11-24',
        closedOn: '2025-11-28',
      },
      {
        item: '2.5',
        severity: FindingSeverity.LOW,
        note: 'Lịch công tác tuần không được công khai.',
        deadline: '2025-10-31',
        status: FindingStatus.CLOSED,
        reportedOn: '2025-09-29',
        closedOn: '2025-10-03',
      },
    ],
  },
  { unit: 'TTQTTNMT', month: 10, visitDate: '2025-10-14' },
  { unit: 'HKL-KVHL', month: 11, visitDate: null },
  { unit: 'HKL-DL', month: 12, visitDate: null },
];

/** Units that take no citizens' dossiers themselves: the one-stop items (group 4) do not apply to them. */
const NO_ONE_STOP_2025 = new Set(['CCBVMT', 'TTQTTNMT']);

/** What the two halves of the year share. */
export interface Demo2025 {
  shared: VisitShared;
  team: InspectionTeam;
  plan: InspectionPlan;
  lead: User;
}

/** The units by code, as they stand now in the seeding transaction (ended ones included). */
async function unitsByCode(em: EntityManager): Promise<Map<string, Unit>> {
  return new Map((await em.find(Unit, {})).map((u) => [u.code, u]));
}

/** The plan's lines of one half of the year, each with its visit: approved with its findings, or still planned. */
async function seedLines(em: EntityManager, year: Demo2025, half: (month: number) => boolean): Promise<void> {
  const units = await unitsByCode(em);
  const { shared, team, plan, lead } = year;
  for (const planned of PLAN_2025.filter((p) => half(p.month))) {
    const unit = units.get(planned.unit);
    if (!unit) throw new Error(`demo 2025: no unit ${planned.unit}`);
    const line = em.create(PlanLine, { plan, unit, plannedMonth: planned.month, team });
    if (planned.visitDate === null) {
      em.create(Visit, { id: randomUUID(), planLine: line, unit, team });
      continue;
    }
    const failures: FailedItem[] = (planned.findings ?? []).map((f) => ({
      item: f.item,
      note: f.note,
      severity: f.severity,
      deadline: f.deadline,
      status: f.status,
      remediationReportedAt: f.reportedOn ? new Date(`${f.reportedOn}T02:00:00Z`) : null,
      closedAt: f.closedOn ? new Date(`${f.closedOn}T02:00:00Z`) : null,
    }));
    seedApprovedVisit(em, shared, {
      line,
      unit,
      team,
      visitDate: planned.visitDate,
      lead,
      member: null,
      failures,
      notApplicable: (item: ChecklistItem) => NO_ONE_STOP_2025.has(planned.unit) && item.group.code === '4',
    });
  }
  await em.flush();
}

/** Lines of January to June: their units are those before the area stations of 01/07/2025. */
const FIRST_HALF = (month: number) => month <= 6;

/**
 * The first half of 2025, after the merger of 01/03/2025 is recorded and before the area stations of
 * 01/07/2025 are: the year's documents, the team (led by `kiemtra2` of the Thanh tra Sở, as in 2022: the
 * demo's `kiemtra` keeps to 2021 and the plan under way), the plan, and the lines and visits up to June.
 */
export async function seedDemo2025FirstHalf(
  em: EntityManager,
  ctx: { template: ChecklistTemplate; shared: VisitShared; users: Map<string, User> },
): Promise<Demo2025> {
  const lead = ctx.users.get('kiemtra2');
  if (!lead) throw new Error('demo users missing');
  const units = await unitsByCode(em);
  const department = [...units.values()].find((u) => u.parent === null);
  if (!department) throw new Error('demo 2025: no department');
  for (const doc of DEMO_DOCUMENTS_2025) {
    const issuingUnit = doc.unit ? units.get(doc.unit) : department;
    if (!issuingUnit) throw new Error(`demo 2025 document: no unit ${doc.unit}`);
    em.create(DirectiveDocument, {
      type: doc.type,
      number: typeof doc.n === 'string' ? doc.n : demoNumber2025(doc.type, doc.n, doc.date),
      issuedOn: doc.date,
      year: 2025,
      issuingUnit,
      summary: doc.summary,
    });
  }
  const { team, plan } = seedTeamAndPlan(em, ctx.template, 2025, {
    decision: [demoNumber2025(TEAM_DECISION.type, TEAM_DECISION.n, TEAM_DECISION.date), TEAM_DECISION.date],
    plan: [demoNumber2025(INSPECTION_PLAN.type, INSPECTION_PLAN.n, INSPECTION_PLAN.date), INSPECTION_PLAN.date],
    lead,
  });
  const year: Demo2025 = { shared: ctx.shared, team, plan, lead };
  await seedLines(em, year, FIRST_HALF);
  return year;
}

/** The second half of 2025, after the area stations of 01/07/2025 are recorded; then the year's registers. */
export async function seedDemo2025SecondHalf(em: EntityManager, year: Demo2025): Promise<void> {
  await seedLines(em, year, (month) => !FIRST_HALF(month));
  seedDemoRegisters2025(em);
  await em.flush();
}
