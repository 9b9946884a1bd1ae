import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ChecklistTemplate } from '../../server/src/features/checklists/checklist.entity.js';
import { Finding, FindingSeverity, FindingStatus } from '../../server/src/features/findings/finding.entity.js';
import { InspectionPlan, InspectionTeam, PlanLine } from '../../server/src/features/plans/plan.entity.js';
import {
  AdministrativeProcedure,
  OnlineService,
  ProcedureLevel,
  ProcedureMechanism,
} from '../../server/src/features/registers/administrative-procedure.entity.js';
import {
  DirectiveDocument,
  DirectiveDocumentType,
} from '../../server/src/features/registers/directive-document.entity.js';
import { foldVietnamese } from '../../server/src/common/search-text.js';
import { Unit, UnitKind } from '../../server/src/features/units/unit.entity.js';
import { ensureUnitVersions } from '../../server/src/features/units/unit-history.service.js';
import { Visit, VisitStatus } from '../../server/src/features/visits/visit.entity.js';

/**
 * The dataset of self-assessment-measures-dataset.test.ts, worked out by hand there: 2022 with a plan of
 * four units in scope (and a line of the department itself), findings either side of their deadlines,
 * directive documents either side of theirs and a catalogue of four TTHC; 2024 with the example
 * (23 units inspected against the plan, 20 of 25 findings fixed on time). Returns the ids by name.
 */
export async function seedMeasuresDataset(em: EntityManager): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const unit = (code: string, name: string, kind: UnitKind, parent: Unit | null, from = '2015-01-01') =>
    em.create(Unit, { code, name, searchName: foldVietnamese(name), kind, parent, activeFrom: from });
  const so = unit('SO', 'Sở Thử nghiệm', UnitKind.DEPARTMENT, null);
  // Renamed from 2023 (its versions at the end): 2022 is shown with its name of the time.
  const a = unit('PA', 'Phòng A mới', UnitKind.DIVISION, so);
  const b = unit('PB', 'Phòng B', UnitKind.DIVISION, so);
  const c = unit('TTC', 'Trung tâm C', UnitKind.CENTER, so);
  const e = unit('HKE', 'Hạt Kiểm lâm E', UnitKind.RANGER_STATION, so);
  e.activeTo = '2022-06-30';
  const template = em.create(ChecklistTemplate, { code: 'KT', name: 'Kiểm tra kỷ luật' });
  const team = (year: number) =>
    em.create(InspectionTeam, { year, name: `Đoàn ${year}`, decisionNumber: `1/QĐ-SO`, decisionDate: `${year}-01-05` });
  const plan = (year: number, number: string) =>
    em.create(InspectionPlan, {
      year,
      title: `Kế hoạch kiểm tra năm ${year}`,
      documentNumber: number,
      documentDate: `${year}-01-20`,
      template,
    });
  const teams = new Map<number, InspectionTeam>();
  const teamOf = (year: number) => teams.get(year) ?? teams.set(year, team(year)).get(year);
  /** A visit, on a line of `plan` in `month` when given; its team is its year's. */
  const visit = (name: string, u: Unit, status: VisitStatus, date: string | null, line?: [InspectionPlan, number]) => {
    const [plan, month] = line ?? [null, 0];
    const visitTeam = teamOf(plan?.year ?? Number(date?.slice(0, 4))) as InspectionTeam;
    const planLine = plan ? em.create(PlanLine, { plan, unit: u, plannedMonth: month, team: visitTeam }) : null;
    const v = em.create(Visit, { id: randomUUID(), unit: u, team: visitTeam, status, visitDate: date, planLine });
    ids.set(name, v.id);
    return v;
  };
  const plan2022 = plan(2022, '10/KH-SO');
  const vA = visit('vA', a, VisitStatus.APPROVED, '2022-03-10', [plan2022, 3]);
  const vB = visit('vB', b, VisitStatus.APPROVED, '2022-05-12', [plan2022, 5]);
  const vC = visit('vC', c, VisitStatus.IN_PROGRESS, '2022-11-08', [plan2022, 11]);
  visit('vE', e, VisitStatus.PLANNED, null, [plan2022, 4]);
  visit('vSO', so, VisitStatus.PLANNED, null, [plan2022, 6]);
  // Visited without a plan line: coverage, not the plan.
  visit('vC2', c, VisitStatus.APPROVED, '2022-12-01');
  const vE21 = visit('vE21', e, VisitStatus.APPROVED, '2021-09-15');

  const finding = (
    name: string,
    v: Visit,
    u: Unit,
    deadline: string | null,
    status: FindingStatus,
    times: { reported?: string; closed?: string; followedBy?: Unit } = {},
  ) => {
    const f = em.create(Finding, {
      visit: v,
      responsibleUnit: u,
      groupTitle: 'Giờ giấc làm việc',
      severity: FindingSeverity.LOW,
      foundText: `Tồn tại ${name}.`,
      deadline,
      status,
      remediationReportedAt: times.reported ? new Date(times.reported) : null,
      closedAt: times.closed ? new Date(times.closed) : null,
      followedByUnit: times.followedBy ?? null,
    });
    ids.set(name, f.id);
  };
  const { CLOSED, OPEN, REMEDIATION_REPORTED } = FindingStatus;
  finding('f1', vA, a, '2022-04-30', CLOSED, { reported: '2022-04-15T03:00:00Z', closed: '2022-04-20T03:00:00Z' });
  finding('f2', vA, a, '2022-04-30', CLOSED, { reported: '2022-05-05T03:00:00Z', closed: '2022-05-10T03:00:00Z' });
  finding('f3', vB, b, '2022-06-30', OPEN);
  finding('f4', vB, b, '2023-02-28', CLOSED, { reported: '2022-12-15T03:00:00Z', closed: '2022-12-20T03:00:00Z' });
  finding('f5', vB, b, '2023-02-28', REMEDIATION_REPORTED, { reported: '2023-01-10T03:00:00Z' });
  finding('f6', vA, a, null, OPEN);
  // 31/12 18:00 and 20:00 UTC are 1 January in Vietnam: reported and closed after the year, and late.
  finding('f7', vB, b, '2022-12-31', CLOSED, { reported: '2022-12-31T18:00:00Z', closed: '2022-12-31T20:00:00Z' });
  // Closed without a report at 23:30 on its deadline, Vietnam time: on time.
  finding('f8', vA, a, '2022-05-31', CLOSED, { closed: '2022-05-31T16:30:00Z' });
  finding('f9', vC, c, '2022-12-15', OPEN);
  // Raised against E in 2021; E ended on 30/06/2022 and B follows it.
  finding('f10', vE21, e, '2022-03-31', OPEN, { followedBy: b });

  // 2024: the issue's own example, 23 units inspected against the plan, 20 of 25 findings fixed on time.
  const plan2024 = plan(2024, '5/KH-SO');
  const units2024 = Array.from({ length: 23 }, (_, i) =>
    unit(`U${String(i + 1).padStart(2, '0')}`, `Đơn vị ${i + 1}`, UnitKind.OTHER, so, '2024-01-01'),
  );
  const visits2024 = units2024.map((u, i) =>
    visit(`v24-${i}`, u, VisitStatus.APPROVED, '2024-03-05', [plan2024, 3 + (i % 9)]),
  );
  for (let i = 0; i < 25; i++) {
    const v = visits2024[i % 5] as Visit;
    finding(
      `f24-${i}`,
      v,
      v.unit,
      '2024-06-30',
      i < 20 ? CLOSED : OPEN,
      i < 20 ? { closed: '2024-06-01T03:00:00Z' } : {},
    );
  }

  const doc = (
    name: string,
    type: DirectiveDocumentType,
    number: string,
    issuedOn: string,
    summary: string,
    by = so,
  ) => {
    const d = em.create(DirectiveDocument, {
      type,
      number,
      issuedOn,
      year: Number(issuedOn.slice(0, 4)),
      issuingUnit: by,
      summary,
    });
    ids.set(name, d.id);
  };
  const { KE_HOACH, CONG_VAN } = DirectiveDocumentType;
  doc('kh2022', KE_HOACH, '95/KH-SO', '2021-12-10', 'Cải cách hành chính năm 2022');
  doc('khkt', KE_HOACH, '12/KH-SO', '2022-02-15', 'Kiểm tra kỷ luật, kỷ cương hành chính năm 2022');
  doc('kh2023', KE_HOACH, '120/KH-SO', '2022-12-20', 'CẢI CÁCH HÀNH CHÍNH NĂM 2023');
  doc('cv0', CONG_VAN, '300/SO-VP', '2021-12-31', 'Công văn cuối năm 2021');
  doc('cv1', CONG_VAN, '5/PA', '2022-01-10', 'Công văn của phòng A', a);
  doc('cv2', CONG_VAN, '20/SO-VP', '2022-01-31', 'Công văn đúng ngày hạn');
  doc('cv3', CONG_VAN, '21/SO-VP', '2022-02-01', 'Công văn sau hạn một ngày');

  const procedure = (
    code: string,
    name: string,
    level: ProcedureLevel,
    mechanism: ProcedureMechanism,
    online: OnlineService,
    postal: boolean,
    days: [number, number] | null,
  ) =>
    em.create(AdministrativeProcedure, {
      year: 2022,
      code,
      name,
      level,
      mechanism,
      onlineService: online,
      publicPostal: postal,
      legalDays: days?.[0] ?? null,
      daysCut: days?.[1] ?? null,
    });
  const { TINH, HUYEN, XA } = ProcedureLevel;
  const { MOT_CUA, MOT_CUA_LIEN_THONG } = ProcedureMechanism;
  procedure('1.001', 'Thủ tục một', TINH, MOT_CUA, OnlineService.TOAN_TRINH, true, [20, 5]);
  procedure('1.002', 'Thủ tục hai', TINH, MOT_CUA_LIEN_THONG, OnlineService.MOT_PHAN, false, [10, 0]);
  procedure('2.001', 'Thủ tục ba', HUYEN, MOT_CUA, OnlineService.KHONG, true, [6, 1]);
  procedure('3.001', 'Thủ tục bốn', XA, MOT_CUA, OnlineService.KHONG, true, null);
  await em.flush();
  await ensureUnitVersions(em);
  const connection = em.getConnection();
  await connection.execute(`update unit_version set valid_to = '2022-12-31', name = 'Phòng A' where code = 'PA'`);
  await connection.execute(
    `insert into unit_version (id, unit_id, valid_from, code, name, kind, parent_id)
     select gen_random_uuid(), id, '2023-01-01', code, name, kind, parent_id from unit where code = 'PA'`,
  );
  return ids;
}
