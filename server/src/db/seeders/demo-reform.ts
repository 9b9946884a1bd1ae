import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../common/sql.js';
import { UnitKind } from '../../features/units/unit.entity.js';
import type { NewUnitInput, RecordUnitChangeInput } from '../../features/units/unit-history.inputs.js';
import { UnitHistoryService } from '../../features/units/unit-history.service.js';
import { UnitChangeKind } from '../../features/units/unit-version.entity.js';
import type { User } from '../../features/users/user.entity.js';
import { readRows } from '../read-path/read-rows.js';

/*
 * The 2025 reform in the demo department (domain.md, "The 2025 reform"), recorded as the office would
 * record it on the units screen: each change goes through UnitHistoryService, so the demo gets the same
 * versions, unit_change rows, moved records and audit entries as a real department.
 *
 * ILLUSTRATIVE: the national bases are real (Nghị định 45/2025/NĐ-CP of 28/02/2025 lists the Sở Nông
 * nghiệp và Môi trường among every province's departments; Nghị quyết 203/2025/QH15 ends the district
 * level from 01/07/2025). The decisions of UBND tỉnh Lạng Sơn cited here, the units
 * taken over from the former Sở Tài nguyên và Môi trường and the ranger stations' areas are made up for
 * the demo: each such basis says "(minh họa)", and no one should read them as the province's own.
 */

/** A unit named by its code as it stands when the change is recorded. */
type Code = string;

interface DemoNewUnit {
  code: string;
  name: string;
  kind: UnitKind;
  parent: Code;
}

export type DemoUnitChange = {
  effectiveOn: string;
  basisNumber: string;
  basisDate: string;
} & (
  | { kind: 'RENAME'; unit: Code; name: string; code?: string }
  | { kind: 'CREATE'; unit: DemoNewUnit }
  | { kind: 'MERGE'; sources: Code[]; target: Code | DemoNewUnit }
);

const MERGER = '2025-03-01';
const AREAS = '2025-07-01';
/** The day of the area ranger stations, the reform's second day. */
export const DEMO_AREAS_DAY = AREAS;
/** The province's decision on the new department's organisation (illustrative). */
const ORGANISATION = { basisNumber: '386/QĐ-UBND (minh họa)', basisDate: '2025-02-28' };
/** The province's decision on the ranger stations by area (illustrative). */
const RANGER_AREAS = { basisNumber: '1152/QĐ-UBND (minh họa)', basisDate: '2025-06-27' };

/** Units of the former Sở Tài nguyên và Môi trường that join the department on 01/03/2025 (illustrative). */
const FROM_NATURAL_RESOURCES: Omit<DemoNewUnit, 'parent'>[] = [
  { code: 'CCBVMT', name: 'Chi cục Bảo vệ môi trường', kind: UnitKind.SUB_DEPARTMENT },
  { code: 'CCQLDD', name: 'Chi cục Quản lý đất đai', kind: UnitKind.SUB_DEPARTMENT },
  { code: 'VPDKDD', name: 'Văn phòng Đăng ký đất đai', kind: UnitKind.OTHER },
  { code: 'TTQTTNMT', name: 'Trung tâm Quan trắc tài nguyên và môi trường', kind: UnitKind.CENTER },
  { code: 'TTPTQD', name: 'Trung tâm Phát triển quỹ đất', kind: UnitKind.CENTER },
  { code: 'TTCNTT', name: 'Trung tâm Công nghệ thông tin tài nguyên và môi trường', kind: UnitKind.CENTER },
];

/**
 * The eleven district ranger stations become five area stations on 01/07/2025 (illustrative areas): four
 * carry on under an area name and take in a neighbour, whose work and records they continue; Hữu Lũng,
 * Chi Lăng and Bắc Sơn form a new station.
 */
const AREA_STATIONS: { keeps: Code; takesIn: Code[]; name: string }[] = [
  { keeps: 'HKL-CL', takesIn: ['HKL-TP'], name: 'Hạt Kiểm lâm khu vực Cao Lộc' },
  { keeps: 'HKL-TD', takesIn: ['HKL-BG'], name: 'Hạt Kiểm lâm khu vực Tràng Định' },
  { keeps: 'HKL-VL', takesIn: ['HKL-VQ'], name: 'Hạt Kiểm lâm khu vực Văn Lãng' },
  { keeps: 'HKL-DL', takesIn: ['HKL-LB'], name: 'Hạt Kiểm lâm khu vực Đình Lập' },
];

/** The changes, in the order they are recorded. */
export const DEMO_REFORM: DemoUnitChange[] = [
  {
    kind: 'RENAME',
    effectiveOn: MERGER,
    basisNumber: '45/2025/NĐ-CP',
    basisDate: '2025-02-28',
    unit: 'SNN',
    name: 'Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn',
    code: 'SNNMT',
  },
  ...FROM_NATURAL_RESOURCES.map(
    (unit): DemoUnitChange => ({
      kind: 'CREATE',
      effectiveOn: MERGER,
      ...ORGANISATION,
      unit: { ...unit, parent: 'SNNMT' },
    }),
  ),
  ...AREA_STATIONS.flatMap(({ keeps, takesIn, name }): DemoUnitChange[] => [
    { kind: 'MERGE', effectiveOn: AREAS, ...RANGER_AREAS, sources: takesIn, target: keeps },
    { kind: 'RENAME', effectiveOn: AREAS, ...RANGER_AREAS, unit: keeps, name },
  ]),
  {
    kind: 'MERGE',
    effectiveOn: AREAS,
    ...RANGER_AREAS,
    sources: ['HKL-HL', 'HKL-CLG', 'HKL-BS'],
    target: { code: 'HKL-KVHL', name: 'Hạt Kiểm lâm khu vực Hữu Lũng', kind: UnitKind.RANGER_STATION, parent: 'CCKL' },
  },
];

/**
 * Records the demo's reform, as `actor`, inside the seeding transaction: the changes effective from `from`
 * and before `before` (the whole reform without them), so that a year's records can be made between the
 * reform's days (demo-2025.ts), as they were made before the office recorded the later change.
 */
export async function recordDemoReform(
  em: EntityManager,
  actor: User,
  days: { from?: string; before?: string } = {},
): Promise<void> {
  const history = new UnitHistoryService(em);
  const inRange = (on: string) => (!days.from || on >= days.from) && (!days.before || on < days.before);
  for (const change of DEMO_REFORM.filter((c) => inRange(c.effectiveOn))) {
    const ids = new Map(
      (await readRows<{ id: string; code: string }>(em, sql`select id, code from unit`)).map((u) => [u.code, u.id]),
    );
    const id = (code: Code) => {
      const found = ids.get(code);
      if (!found) throw new Error(`demo reform: no unit ${code}`);
      return found;
    };
    const newUnit = (unit: DemoNewUnit): NewUnitInput => ({
      code: unit.code,
      name: unit.name,
      kind: unit.kind,
      parentId: id(unit.parent),
    });
    const { effectiveOn, basisNumber, basisDate } = change;
    const input: RecordUnitChangeInput = { kind: UnitChangeKind[change.kind], effectiveOn, basisNumber, basisDate };
    if (change.kind === 'RENAME')
      Object.assign(input, { unitId: id(change.unit), name: change.name, code: change.code });
    if (change.kind === 'CREATE') input.newUnits = [newUnit(change.unit)];
    if (change.kind === 'MERGE') {
      input.sourceIds = change.sources.map(id);
      if (typeof change.target === 'string') input.targetId = id(change.target);
      else input.newUnits = [newUnit(change.target)];
    }
    await history.record(actor, input);
    await em.flush();
  }
}
