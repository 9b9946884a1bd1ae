import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
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

/**
 * The default checklist, the 2021 plan with an approved visit to every subordinate unit (findings in
 * every state), and a 2026 plan under way, so the product has a year to show from the first start.
 */
export function seedDemoInspections(em: EntityManager, ctx: DemoContext): void {
  const { template, version, items } = makeChecklist(em);
  const inspector = ctx.users.get('kiemtra');
  const inspector2 = ctx.users.get('kiemtra2');
  const office = ctx.users.get('vanphong');
  const head = ctx.users.get('thutruong');
  if (!inspector || !inspector2 || !office || !head) throw new Error('demo users missing');

  const signature = em.create(StoredFile, {
    id: randomUUID(),
    sha256: 'c5a5f4b5ad0a2c76d14ecd41765d8c4f9bcc7f4e7e7bf2a73ec4d8bc5c6e8a5e',
    size: SIGNATURE_PNG.length,
    mimeType: 'image/png',
    uploadedBy: inspector,
  });
  em.create(FileBlob, { fileId: signature.id, data: SIGNATURE_PNG });

  const team2021 = em.create(InspectionTeam, {
    year: 2021,
    name: 'Đoàn kiểm tra kỷ luật, kỷ cương hành chính năm 2021',
    decisionNumber: '52/QĐ-SNN',
    decisionDate: '2021-03-10',
  });
  em.create(TeamMember, { team: team2021, user: inspector, role: TeamRole.LEAD });
  em.create(TeamMember, { team: team2021, user: inspector2, role: TeamRole.MEMBER });

  const plan2021 = em.create(InspectionPlan, {
    year: 2021,
    title: 'Kế hoạch kiểm tra kỷ luật, kỷ cương hành chính năm 2021',
    documentNumber: '45/KH-SNN',
    documentDate: '2021-03-15',
    template,
  });

  const subordinates = [...ctx.units.values()]
    .filter((u) => u.parent !== null)
    .sort((a, b) => a.code.localeCompare(b.code));
  subordinates.forEach((unit, index) => {
    const month = 4 + (index % 8);
    const day = 5 + (index % 20);
    const visitDate = `2021-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const line = em.create(PlanLine, { plan: plan2021, unit, plannedMonth: month, team: team2021 });
    const startedAt = new Date(`${visitDate}T01:30:00Z`);
    const visit = em.create(Visit, {
      id: randomUUID(),
      planLine: line,
      unit,
      team: team2021,
      status: VisitStatus.APPROVED,
      templateVersion: version,
      startedAt,
      visitDate,
      attendees: [
        { name: inspector.fullName, position: 'Trưởng đoàn', side: AttendeeSide.TEAM },
        { name: inspector2.fullName, position: 'Thành viên', side: AttendeeSide.TEAM },
        { name: `Thủ trưởng ${unit.name}`, position: 'Thủ trưởng đơn vị', side: AttendeeSide.UNIT },
      ],
      conclusion: 'Đơn vị nghiêm túc chấp hành kỷ luật, kỷ cương hành chính.',
      submittedAt: new Date(startedAt.getTime() + 4 * 3600_000),
      approvedAt: new Date(startedAt.getTime() + 3 * 86400_000),
      approvedBy: office,
    });
    const failures = FINDINGS_2021.filter((f) => f.unit === unit.code);
    for (const item of items) {
      const failure = failures.find((f) => f.item === item.code);
      em.create(VisitAnswer, {
        id: randomUUID(),
        visit,
        item,
        passFail: item.answerType === AnswerType.PASS_FAIL ? (failure ? PassFail.FAIL : PassFail.PASS) : null,
        numberValue: item.answerType === AnswerType.NUMBER ? 0 : null,
        note: failure?.note ?? null,
        updatedBy: inspector,
        updatedAt: startedAt,
      });
      if (failure) {
        em.create(Finding, {
          visit,
          item,
          fromFailedItem: true,
          responsibleUnit: unit,
          groupTitle: item.group.title,
          severity: FindingSeverity.LOW,
          description: `${item.text} ${failure.note}`,
          recommendation: 'Khắc phục ngay và báo cáo kết quả về Văn phòng Sở.',
          deadline: `2021-${String(Math.min(month + 1, 12)).padStart(2, '0')}-28`,
          status: failure.status,
          remediationText: failure.status === FindingStatus.OPEN ? null : 'Đơn vị đã khắc phục, có ảnh kèm theo.',
          remediationReportedAt:
            failure.status === FindingStatus.OPEN
              ? null
              : new Date(`2021-${String(Math.min(month + 1, 12)).padStart(2, '0')}-20T02:00:00Z`),
          closedAt: failure.status === FindingStatus.CLOSED ? new Date(`2021-12-01T02:00:00Z`) : null,
          closedBy: failure.status === FindingStatus.CLOSED ? office : null,
        });
        if (item.photoRequiredOnFail) {
          em.create(Attachment, {
            id: randomUUID(),
            visit,
            item,
            kind: AttachmentKind.PHOTO,
            file: signature,
            createdBy: inspector,
          });
        }
      }
    }
    for (const kind of [AttachmentKind.SIGNATURE_TEAM_LEAD, AttachmentKind.SIGNATURE_UNIT_REPRESENTATIVE]) {
      em.create(Attachment, { id: randomUUID(), visit, kind, file: signature, createdBy: inspector });
    }
  });

  // This year: a plan under way, with visits still to do for the demo inspector.
  const team2026 = em.create(InspectionTeam, {
    year: 2026,
    name: 'Đoàn kiểm tra kỷ luật, kỷ cương hành chính năm 2026',
    decisionNumber: '31/QĐ-SNN',
    decisionDate: '2026-02-20',
  });
  em.create(TeamMember, { team: team2026, user: inspector, role: TeamRole.LEAD });
  const plan2026 = em.create(InspectionPlan, {
    year: 2026,
    title: 'Kế hoạch kiểm tra kỷ luật, kỷ cương hành chính năm 2026',
    documentNumber: '18/KH-SNN',
    documentDate: '2026-02-25',
    template,
  });
  for (const [code, month] of [
    ['HKL-CL', 11],
    ['HKL-TD', 12],
    ['CCTL', 12],
  ] as const) {
    const unit = ctx.units.get(code);
    if (!unit) continue;
    const line = em.create(PlanLine, { plan: plan2026, unit, plannedMonth: month, team: team2026 });
    em.create(Visit, { id: randomUUID(), planLine: line, unit, team: team2026 });
  }
}
