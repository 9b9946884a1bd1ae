import type { EntityManager } from '@mikro-orm/postgresql';
import { foldVietnamese } from '../../common/search-text.js';
import { sql } from '../../common/sql.js';
import { hashPassword } from '../../features/auth/password.js';
import { Unit, UnitKind } from '../../features/units/unit.entity.js';
import { ensureUnitVersions } from '../../features/units/unit-history.service.js';
import { Role } from '../../features/users/role.js';
import { User } from '../../features/users/user.entity.js';
import { readRows } from '../read-path/read-rows.js';
import { seedDemo2025FirstHalf, seedDemo2025SecondHalf } from './demo-2025.js';
import { seedDemoAgency } from './demo-agency.js';
import { seedDemoInspections, seedDemoPlanUnderWay } from './demo-inspections.js';
import { DEMO_AREAS_DAY, recordDemoReform } from './demo-reform.js';
import { seedDemoRegisters } from './demo-registers.js';
import { completeDemoSelfAssessment2025, seedDemoSelfAssessment } from './demo-self-assessment.js';

/** The one password of every demo account, printed at start; demo data is off in production. */
export const DEMO_PASSWORD = 'kycuong@2026';

interface DemoUnit {
  code: string;
  name: string;
  kind: UnitKind;
  children?: DemoUnit[];
}

const RANGER_DISTRICTS: [string, string][] = [
  ['TD', 'huyện Tràng Định'],
  ['VL', 'huyện Văn Lãng'],
  ['CL', 'huyện Cao Lộc'],
  ['VQ', 'huyện Văn Quan'],
  ['BG', 'huyện Bình Gia'],
  ['BS', 'huyện Bắc Sơn'],
  ['HL', 'huyện Hữu Lũng'],
  ['CLG', 'huyện Chi Lăng'],
  ['LB', 'huyện Lộc Bình'],
  ['DL', 'huyện Đình Lập'],
  ['TP', 'thành phố Lạng Sơn'],
];

/** Lạng Sơn Department of Agriculture and Rural Development and its units (domain.md, "Demo data"). */
export const DEMO_DEPARTMENT: DemoUnit = {
  code: 'SNN',
  name: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn',
  kind: UnitKind.DEPARTMENT,
  children: [
    { code: 'VP', name: 'Văn phòng Sở', kind: UnitKind.OFFICE },
    { code: 'TTRA', name: 'Thanh tra Sở', kind: UnitKind.INSPECTORATE },
    { code: 'KHTC', name: 'Phòng Kế hoạch - Tài chính', kind: UnitKind.DIVISION },
    { code: 'TCCB', name: 'Phòng Tổ chức cán bộ', kind: UnitKind.DIVISION },
    {
      code: 'CCKL',
      name: 'Chi cục Kiểm lâm',
      kind: UnitKind.SUB_DEPARTMENT,
      children: RANGER_DISTRICTS.map(([code, place]) => ({
        code: `HKL-${code}`,
        name: `Hạt Kiểm lâm ${place}`,
        kind: UnitKind.RANGER_STATION,
      })),
    },
    { code: 'CCTTBVTV', name: 'Chi cục Trồng trọt và Bảo vệ thực vật', kind: UnitKind.SUB_DEPARTMENT },
    { code: 'CCCNTY', name: 'Chi cục Chăn nuôi và Thú y', kind: UnitKind.SUB_DEPARTMENT },
    { code: 'CCTL', name: 'Chi cục Thủy lợi', kind: UnitKind.SUB_DEPARTMENT },
    { code: 'CCPTNT', name: 'Chi cục Phát triển nông thôn', kind: UnitKind.SUB_DEPARTMENT },
    {
      code: 'CCQLCL',
      name: 'Chi cục Quản lý chất lượng nông lâm sản và thủy sản',
      kind: UnitKind.SUB_DEPARTMENT,
    },
    { code: 'TTKN', name: 'Trung tâm Khuyến nông', kind: UnitKind.CENTER },
    { code: 'TTNSVSMT', name: 'Trung tâm Nước sạch và Vệ sinh môi trường nông thôn', kind: UnitKind.CENTER },
  ],
};

export interface DemoAccount {
  username: string;
  fullName: string;
  role: Role;
  unitCode: string | null;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', fullName: 'Quản trị hệ thống', role: Role.ADMIN, unitCode: null },
  { username: 'vanphong', fullName: 'Nguyễn Thị Hoa', role: Role.OFFICE, unitCode: 'VP' },
  { username: 'lanhdao', fullName: 'Hoàng Văn Minh', role: Role.LEADERSHIP, unitCode: 'SNN' },
  { username: 'kiemtra', fullName: 'Lương Văn Tuấn', role: Role.INSPECTOR, unitCode: 'VP' },
  { username: 'kiemtra2', fullName: 'Nông Thị Bình', role: Role.INSPECTOR, unitCode: 'TTRA' },
  { username: 'thutruong', fullName: 'Vi Thị Lan', role: Role.UNIT_HEAD, unitCode: 'HKL-CL' },
];

/**
 * Loads the demo department, units, accounts and inspections into an empty database; does nothing otherwise.
 * The units are those of 2021-2024; with `reform` (the default) the 2025 reform is then recorded through
 * the organisation's history (demo-reform.ts) with the year 2025 made around it (demo-2025.ts), and this
 * year's plan runs on the structure that results. Without it the demo stands before 01/03/2025, with no
 * 2025 records, for the reform to be recorded by hand.
 */
export async function seedDemoData(em: EntityManager, options: { reform?: boolean } = {}): Promise<boolean> {
  if ((await em.count(Unit, {})) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await em.transactional(async (tx) => {
    const byCode = new Map<string, Unit>();
    const add = (demo: DemoUnit, parent: Unit | null) => {
      const unit = tx.create(Unit, {
        code: demo.code,
        name: demo.name,
        searchName: foldVietnamese(demo.name),
        kind: demo.kind,
        parent,
        activeFrom: '2015-01-01',
      });
      byCode.set(demo.code, unit);
      for (const child of demo.children ?? []) add(child, unit);
    };
    add(DEMO_DEPARTMENT, null);
    seedDemoAgency(tx);
    const users = new Map<string, User>();
    for (const account of DEMO_ACCOUNTS) {
      const user = tx.create(User, {
        username: account.username,
        fullName: account.fullName,
        role: account.role,
        unit: account.unitCode ? (byCode.get(account.unitCode) ?? null) : null,
        passwordHash,
      });
      users.set(account.username, user);
    }
    const { template, shared } = seedDemoInspections(tx, { units: byCode, users });
    seedDemoRegisters(tx, { units: byCode });
    const office = users.get('vanphong');
    const administrator = users.get('admin');
    if (office && administrator) seedDemoSelfAssessment(tx, { admin: administrator, office });
    await tx.flush();
    await ensureUnitVersions(tx);
    const admin = users.get('admin');
    if (options.reform !== false && admin && office) {
      // 2025 in the order it happened: the merger, the first half, the area stations, the second half.
      await recordDemoReform(tx, admin, { before: DEMO_AREAS_DAY });
      const year2025 = await seedDemo2025FirstHalf(tx, { template, shared, users });
      await recordDemoReform(tx, admin, { from: DEMO_AREAS_DAY });
      await seedDemo2025SecondHalf(tx, year2025);
      await completeDemoSelfAssessment2025(tx, office);
    }
    const units = await readRows<{ id: string; code: string }>(
      tx,
      sql`select id, code from unit where active_to is null`,
    );
    seedDemoPlanUnderWay(tx, {
      template,
      units: new Map(units.map((u) => [u.code, tx.getReference(Unit, u.id)])),
      users,
    });
    await tx.flush();
  });
  return true;
}
