import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { todayLocalDate } from '../../common/local-date.js';
import {
  AnswerType,
  ChecklistGroup,
  ChecklistItem,
  ChecklistTemplate,
  ChecklistVersion,
  ChecklistVersionStatus,
} from '../../features/checklists/checklist.entity.js';
import { FileBlob, StoredFile } from '../../features/files/stored-file.entity.js';
import { Finding, FindingSeverity, FindingStatus } from '../../features/findings/finding.entity.js';
import { InspectionPlan, InspectionTeam, PlanLine, TeamMember, TeamRole } from '../../features/plans/plan.entity.js';
import type { Unit } from '../../features/units/unit.entity.js';
import type { User } from '../../features/users/user.entity.js';
import {
  Attachment,
  AttachmentKind,
  AttendeeSide,
  PassFail,
  Visit,
  VisitAnswer,
  VisitStatus,
} from '../../features/visits/visit.entity.js';
import { DEFAULT_CHECKLIST } from './default-checklist.js';
import { demoAbbreviationOn } from './demo-agency.js';
import { demoWording } from './demo-finding-texts.js';
import { demoPlanUnderWay } from './demo-year.js';

/** A 1x1 PNG standing in for the drawn signatures of the demo minutes. */
const SIGNATURE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** Failed items per unit code in 2021 and what became of their findings (the rest passed). */
const FINDINGS_2021: { unit: string; item: string; status: FindingStatus; note: string }[] = [
  { unit: 'HKL-VL', item: '2.1', status: FindingStatus.CLOSED, note: 'Hai viên chức không đeo thẻ.' },
  { unit: 'HKL-BG', item: '2.3', status: FindingStatus.CLOSED, note: 'Thiếu biển chức danh ở phòng kế toán.' },
  { unit: 'CCTTBVTV', item: '4.2', status: FindingStatus.CLOSED, note: 'Số đường dây nóng niêm yết đã cũ.' },
  { unit: 'HKL-DL', item: '2.4', status: FindingStatus.REMEDIATION_REPORTED, note: 'Kho hồ sơ chưa sắp xếp.' },
  { unit: 'TTKN', item: '6.2', status: FindingStatus.OPEN, note: 'Hồ sơ công việc năm 2020 chưa lập đủ.' },
];

interface DemoContext {
  units: Map<string, Unit>;
  users: Map<string, User>;
}

function makeChecklist(em: EntityManager): {
  template: ChecklistTemplate;
  version: ChecklistVersion;
  items: ChecklistItem[];
} {
  const template = em.create(ChecklistTemplate, {
    code: DEFAULT_CHECKLIST.code,
    name: DEFAULT_CHECKLIST.name,
    description: DEFAULT_CHECKLIST.description,
  });
  const version = em.create(ChecklistVersion, {
    template,
    number: 1,
    status: ChecklistVersionStatus.PUBLISHED,
    publishedAt: new Date('2021-03-01T02:00:00Z'),
  });
  const items: ChecklistItem[] = [];
  DEFAULT_CHECKLIST.groups.forEach((g, gi) => {
    const group = em.create(ChecklistGroup, { version, position: gi + 1, code: g.code, title: g.title });
    g.items.forEach((i, ii) => {
      items.push(
        em.create(ChecklistItem, {
          group,
          position: ii + 1,
          code: i.code,
          text: i.text,
          guidance: i.guidance ?? null,
          legalBasis: i.legalBasis ?? null,
          answerType: i.answerType as AnswerType,
          minValue: i.minValue ?? null,
          points: i.points,
          photoRequiredOnFail: i.photoRequiredOnFail,
          required: i.required,
        }),
      );
    });
  });
  return { template, version, items };
}

/** A finding of the 2022 visits: its failed item, and when (if ever) the unit reported and office closed it. */
interface DemoFinding2022 {
  item: string;
  severity: FindingSeverity;
  note: string;
  deadline: string;
  status: FindingStatus;
  reportedOn?: string;
  closedOn?: string;
}

/**
 * The 2022 plan, in the order of its lines: the unit, its planned month, the day of its approved visit (null:
 * the visit never took place) and its findings. Chosen to show the gaps of a real year: two planned units not
 * inspected by 31 December, one unit left out of the plan (TTNSVSMT), findings fixed on time, fixed late,
 * overdue (four of them repeating a 2021 finding) and still open. Units with a visit in the plan under way
 * and the units the tests give a unit head (HKL-CL, CCCNTY, TTKN) keep a clean record.
 */
const PLAN_2022: { unit: string; month: number; visitDate: string | null; findings?: DemoFinding2022[] }[] = [
  { unit: 'VP', month: 3, visitDate: '2022-03-15' },
  { unit: 'TTRA', month: 3, visitDate: '2022-03-22' },
  {
    unit: 'KHTC',
    month: 4,
    visitDate: '2022-04-12',
    findings: [
      {
        item: '3.2',
        severity: FindingSeverity.MEDIUM,
        note: 'Quy chế chi tiêu nội bộ chưa sửa theo định mức mới.',
        deadline: '2022-06-30',
        status: FindingStatus.CLOSED,
        reportedOn: '2022-08-12',
        closedOn: '2022-08-19',
      },
    ],
  },
  {
    unit: 'TCCB',
    month: 4,
    visitDate: '2022-04-19',
    findings: [
      {
        item: '3.5',
        severity: FindingSeverity.LOW,
        note: 'Bộ quy tắc ứng xử chưa niêm yết.',
        deadline: '2022-06-30',
        status: FindingStatus.CLOSED,
        reportedOn: '2022-06-20',
        closedOn: '2022-06-24',
      },
    ],
  },
  {
    unit: 'CCKL',
    month: 5,
    visitDate: '2022-05-10',
    findings: [
      {
        item: '6.1',
        severity: FindingSeverity.LOW,
        note: 'Một số văn bản đến chưa xử lý trên iOffice.',
        deadline: '2022-07-31',
        status: FindingStatus.CLOSED,
        reportedOn: '2022-07-15',
        closedOn: '2022-07-20',
      },
    ],
  },
  {
    unit: 'HKL-VL',
    month: 5,
    visitDate: '2022-05-17',
    findings: [
      {
        item: '2.1',
        severity: FindingSeverity.LOW,
        note: 'Vẫn còn viên chức không đeo thẻ.',
        deadline: '2022-06-30',
        status: FindingStatus.CLOSED,
        reportedOn: '2022-08-08',
        closedOn: '2022-08-15',
      },
    ],
  },
  { unit: 'HKL-CL', month: 5, visitDate: '2022-05-24' },
  {
    unit: 'HKL-BG',
    month: 6,
    visitDate: '2022-06-14',
    findings: [
      {
        item: '2.3',
        severity: FindingSeverity.LOW,
        note: 'Phòng kế toán vẫn thiếu biển chức danh.',
        deadline: '2022-08-31',
        status: FindingStatus.CLOSED,
        reportedOn: '2022-08-01',
        closedOn: '2022-08-05',
      },
    ],
  },
  {
    unit: 'HKL-LB',
    month: 6,
    visitDate: '2022-06-21',
    findings: [
      {
        item: '1.1',
        severity: FindingSeverity.MEDIUM,
        note: 'Ba viên chức đến muộn không có lý do.',
        deadline: '2022-08-31',
        status: FindingStatus.CLOSED,
        reportedOn: '2022-08-22',
        closedOn: '2022-08-26',
      },
    ],
  },
  {
    unit: 'HKL-VQ',
    month: 7,
    visitDate: '2022-07-12',
    findings: [
      {
        item: '1.4',
        severity: FindingSeverity.HIGH,
        note: 'Hai viên chức uống rượu bia trong giờ nghỉ trưa.',
        deadline: '2022-08-15',
        status: FindingStatus.CLOSED,
        reportedOn: '2022-08-08',
        closedOn: '2022-08-11',
      },
    ],
  },
  {
    unit: 'CCTTBVTV',
    month: 7,
    visitDate: '2022-07-19',
    findings: [
      {
        item: '4.2',
        severity: FindingSeverity.LOW,
        note: 'Số đường dây nóng niêm yết vẫn chưa cập nhật.',
        deadline: '2022-09-30',
        status: FindingStatus.OPEN,
      },
    ],
  },
  {
    unit: 'HKL-HL',
    month: 8,
    visitDate: '2022-08-09',
    findings: [
      {
        item: '4.4',
        severity: FindingSeverity.HIGH,
        note: 'Không lập phiếu xin lỗi cho 4 hồ sơ trễ hạn.',
        deadline: '2022-10-31',
        status: FindingStatus.OPEN,
      },
    ],
  },
  {
    unit: 'HKL-CLG',
    month: 8,
    visitDate: '2022-08-23',
    findings: [
      {
        item: '4.1',
        severity: FindingSeverity.MEDIUM,
        note: 'Bảng niêm yết TTHC chưa cập nhật phí, lệ phí mới.',
        deadline: '2022-10-31',
        status: FindingStatus.CLOSED,
        reportedOn: '2022-11-28',
        closedOn: '2022-12-05',
      },
    ],
  },
  {
    unit: 'HKL-DL',
    month: 9,
    visitDate: '2022-09-13',
    findings: [
      {
        item: '2.4',
        severity: FindingSeverity.LOW,
        note: 'Kho hồ sơ vẫn chưa sắp xếp.',
        deadline: '2022-11-30',
        status: FindingStatus.OPEN,
      },
      {
        item: '6.2',
        severity: FindingSeverity.LOW,
        note: 'Hồ sơ công việc năm 2021 chưa lập đủ.',
        deadline: '2022-11-30',
        status: FindingStatus.REMEDIATION_REPORTED,
        reportedOn: '2022-12-16',
      },
    ],
  },
  { unit: 'CCTL', month: 9, visitDate: '2022-09-20' },
  { unit: 'CCCNTY', month: 10, visitDate: '2022-10-11' },
  { unit: 'TTKN', month: 10, visitDate: '2022-10-18' },
  {
    unit: 'CCQLCL',
    month: 10,
    visitDate: '2022-10-25',
    findings: [
      {
        item: '5.1',
        severity: FindingSeverity.MEDIUM,
        note: 'Sổ tiếp nhận phản ánh, kiến nghị chưa ghi kết quả trả lời.',
        deadline: '2023-01-31',
        status: FindingStatus.OPEN,
      },
    ],
  },
  { unit: 'HKL-TD', month: 11, visitDate: '2022-11-08' },
  {
    unit: 'HKL-TP',
    month: 11,
    visitDate: '2022-11-15',
    findings: [
      {
        item: '2.2',
        severity: FindingSeverity.LOW,
        note: 'Trang phục một số viên chức chưa đúng quy định.',
        deadline: '2023-01-31',
        status: FindingStatus.OPEN,
      },
    ],
  },
  { unit: 'HKL-BS', month: 11, visitDate: null },
  { unit: 'CCPTNT', month: 12, visitDate: null },
];

/** Internal divisions receive no citizens' dossiers: the one-stop items (group 4) do not apply to them. */
const NO_ONE_STOP = new Set(['VP', 'TTRA', 'KHTC', 'TCCB']);

/** What the approved visits of the demo share: the checklist, the evidence file and who approved them. */
export interface VisitShared {
  version: ChecklistVersion;
  items: ChecklistItem[];
  signature: StoredFile;
  office: User;
}

/** A finding raised on a failed item, with what became of it. */
export interface FailedItem {
  item: string;
  note: string;
  severity: FindingSeverity;
  deadline: string;
  status: FindingStatus;
  remediationReportedAt: Date | null;
  closedAt: Date | null;
}

/** An approved visit with an answer to every item, a finding on each failed item and both signatures. */
export function seedApprovedVisit(
  em: EntityManager,
  shared: VisitShared,
  visit: {
    line: PlanLine;
    unit: Unit;
    team: InspectionTeam;
    visitDate: string;
    lead: User;
    member: User | null;
    failures: FailedItem[];
    notApplicable?: (item: ChecklistItem) => boolean;
  },
): void {
  const { version, items, signature, office } = shared;
  const { unit, lead, member } = visit;
  const startedAt = new Date(`${visit.visitDate}T01:30:00Z`);
  const record = em.create(Visit, {
    id: randomUUID(),
    planLine: visit.line,
    unit,
    team: visit.team,
    status: VisitStatus.APPROVED,
    templateVersion: version,
    startedAt,
    visitDate: visit.visitDate,
    attendees: [
      { name: lead.fullName, position: 'Trưởng đoàn', side: AttendeeSide.TEAM },
      ...(member ? [{ name: member.fullName, position: 'Thành viên', side: AttendeeSide.TEAM }] : []),
      { name: `Thủ trưởng ${unit.name}`, position: 'Thủ trưởng đơn vị', side: AttendeeSide.UNIT },
    ],
    conclusion: 'Đơn vị nghiêm túc chấp hành kỷ luật, kỷ cương hành chính.',
    submittedAt: new Date(startedAt.getTime() + 4 * 3600_000),
    approvedAt: new Date(startedAt.getTime() + 3 * 86400_000),
    approvedBy: office,
  });
  for (const item of items) {
    const failure = visit.failures.find((f) => f.item === item.code);
    const passFail = failure ? PassFail.FAIL : visit.notApplicable?.(item) ? PassFail.NOT_APPLICABLE : PassFail.PASS;
    const wording = failure ? demoWording(failure.note) : null;
    em.create(VisitAnswer, {
      id: randomUUID(),
      visit: record,
      item,
      passFail: item.answerType === AnswerType.PASS_FAIL ? passFail : null,
      numberValue: item.answerType === AnswerType.NUMBER ? 0 : null,
      note: failure?.note ?? null,
      ...wording,
      updatedBy: lead,
      updatedAt: startedAt,
    });
    if (failure) {
      const reported = failure.remediationReportedAt !== null;
      const closed = failure.status === FindingStatus.CLOSED;
      em.create(Finding, {
        visit: record,
        item,
        fromFailedItem: true,
        responsibleUnit: unit,
        groupTitle: item.group.title,
        severity: failure.severity,
        ...wording,
        deadline: failure.deadline,
        status: failure.status,
        remediationText: reported ? 'Đơn vị đã khắc phục, có ảnh kèm theo.' : null,
        remediationReportedAt: failure.remediationReportedAt,
        closedAt: failure.closedAt,
        closedBy: closed ? office : null,
      });
      if (item.photoRequiredOnFail) {
        em.create(Attachment, {
          id: randomUUID(),
          visit: record,
          item,
          kind: AttachmentKind.PHOTO,
          file: signature,
          createdBy: lead,
        });
      }
    }
  }
  for (const kind of [AttachmentKind.SIGNATURE_TEAM_LEAD, AttachmentKind.SIGNATURE_UNIT_REPRESENTATIVE]) {
    em.create(Attachment, { id: randomUUID(), visit: record, kind, file: signature, createdBy: lead });
  }
}

/**
 * A year's inspection team, set up by its decision (number, day), with its lead and perhaps a member,
 * and the year's inspection plan (document number, day) on the checklist template.
 */
export function seedTeamAndPlan(
  em: EntityManager,
  template: ChecklistTemplate,
  year: number,
  setup: { decision: [string, string]; plan: [string, string]; lead: User; member?: User },
): { team: InspectionTeam; plan: InspectionPlan } {
  const [decisionNumber, decisionDate] = setup.decision;
  const team = em.create(InspectionTeam, {
    year,
    name: `Đoàn kiểm tra kỷ luật, kỷ cương hành chính năm ${year}`,
    decisionNumber,
    decisionDate,
  });
  em.create(TeamMember, { team, user: setup.lead, role: TeamRole.LEAD });
  if (setup.member) em.create(TeamMember, { team, user: setup.member, role: TeamRole.MEMBER });
  const [documentNumber, documentDate] = setup.plan;
  const plan = em.create(InspectionPlan, {
    year,
    title: `Kế hoạch kiểm tra kỷ luật, kỷ cương hành chính năm ${year}`,
    documentNumber,
    documentDate,
    template,
  });
  return { team, plan };
}

/**
 * The default checklist, the 2021 plan with an approved visit to every subordinate unit (findings in
 * every state) and the 2022 plan with gaps (see PLAN_2022), on the units as they were before the 2025
 * reform; the plan under way comes after the reform (seedDemoPlanUnderWay), so the product has years to
 * show and compare from the first start.
 */
export function seedDemoInspections(
  em: EntityManager,
  ctx: DemoContext,
): { template: ChecklistTemplate; shared: VisitShared } {
  const { template, version, items } = makeChecklist(em);
  const inspector = ctx.users.get('kiemtra');
  const inspector2 = ctx.users.get('kiemtra2');
  const office = ctx.users.get('vanphong');
  if (!inspector || !inspector2 || !office) throw new Error('demo users missing');

  const signature = em.create(StoredFile, {
    id: randomUUID(),
    sha256: createHash('sha256').update(SIGNATURE_PNG).digest('hex'),
    size: SIGNATURE_PNG.length,
    mimeType: 'image/png',
    uploadedBy: inspector,
  });
  em.create(FileBlob, { fileId: signature.id, data: SIGNATURE_PNG });
  const shared: VisitShared = { version, items, signature, office };

  const { team: team2021, plan: plan2021 } = seedTeamAndPlan(em, template, 2021, {
    decision: ['52/QĐ-SNN', '2021-03-10'],
    plan: ['45/KH-SNN', '2021-03-15'],
    lead: inspector,
    member: inspector2,
  });

  const subordinates = [...ctx.units.values()]
    .filter((u) => u.parent !== null)
    .sort((a, b) => a.code.localeCompare(b.code));
  subordinates.forEach((unit, index) => {
    const month = 4 + (index % 8);
    const day = 5 + (index % 20);
    const visitDate = `2021-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const line = em.create(PlanLine, { plan: plan2021, unit, plannedMonth: month, team: team2021 });
    const fixMonth = String(Math.min(month + 1, 12)).padStart(2, '0');
    seedApprovedVisit(em, shared, {
      line,
      unit,
      team: team2021,
      visitDate,
      lead: inspector,
      member: inspector2,
      failures: FINDINGS_2021.filter((f) => f.unit === unit.code).map((f) => ({
        item: f.item,
        note: f.note,
        severity: FindingSeverity.LOW,
        deadline: `2021-${fixMonth}-28`,
        status: f.status,
        remediationReportedAt: f.status === FindingStatus.OPEN ? null : new Date(`2021-${fixMonth}-20T02:00:00Z`),
        closedAt: f.status === FindingStatus.CLOSED ? new Date('2021-12-01T02:00:00Z') : null,
      })),
    });
  });

  // 2022: Thanh tra Sở leads the team alone; the year ends with gaps (see PLAN_2022).
  const { team: team2022, plan: plan2022 } = seedTeamAndPlan(em, template, 2022, {
    decision: ['41/QĐ-SNN', '2022-03-01'],
    plan: ['36/KH-SNN', '2022-03-03'],
    lead: inspector2,
  });
  for (const planned of PLAN_2022) {
    const unit = ctx.units.get(planned.unit);
    if (!unit) throw new Error(`demo unit ${planned.unit} missing`);
    const line = em.create(PlanLine, { plan: plan2022, unit, plannedMonth: planned.month, team: team2022 });
    if (planned.visitDate === null) {
      em.create(Visit, { id: randomUUID(), planLine: line, unit, team: team2022 });
      continue;
    }
    seedApprovedVisit(em, shared, {
      line,
      unit,
      team: team2022,
      visitDate: planned.visitDate,
      lead: inspector2,
      member: null,
      failures: (planned.findings ?? []).map((f) => ({
        item: f.item,
        note: f.note,
        severity: f.severity,
        deadline: f.deadline,
        status: f.status,
        remediationReportedAt: f.reportedOn ? new Date(`${f.reportedOn}T02:00:00Z`) : null,
        closedAt: f.closedOn ? new Date(`${f.closedOn}T02:00:00Z`) : null,
      })),
      notApplicable: (item) => NO_ONE_STOP.has(planned.unit) && item.group.code === '4',
    });
  }

  return { template, shared };
}

/**
 * This year's plan under way (see demoPlanUnderWay), with visits still to do for the demo inspector: on the
 * units as they stand when it is seeded, after the 2025 reform, and numbered by the department's
 * abbreviation of its day. A unit the structure lacks (a demo seeded without the reform) is left out.
 */
export function seedDemoPlanUnderWay(
  em: EntityManager,
  ctx: { template: ChecklistTemplate; units: Map<string, Unit>; users: Map<string, User> },
): void {
  const inspector = ctx.users.get('kiemtra');
  if (!inspector) throw new Error('demo users missing');
  const underWay = demoPlanUnderWay(todayLocalDate());
  const abbreviation = demoAbbreviationOn(underWay.documentDate);
  const { team, plan } = seedTeamAndPlan(em, ctx.template, underWay.year, {
    decision: [`31/QĐ-${abbreviation}`, underWay.decisionDate],
    plan: [`18/KH-${abbreviation}`, underWay.documentDate],
    lead: inspector,
  });
  for (const [code, month, day] of underWay.lines) {
    const unit = ctx.units.get(code);
    if (!unit) continue;
    const plannedDate = `${underWay.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const line = em.create(PlanLine, { plan, unit, plannedMonth: month, plannedDate, team });
    em.create(Visit, { id: randomUUID(), planLine: line, unit, team });
  }
}
