import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AdministrativeProcedure,
  OnlineService,
  ProcedureLevel,
  ProcedureMechanism,
} from '../../features/registers/administrative-procedure.entity.js';
import { AssessmentIndex, IndexResult } from '../../features/registers/index-result.entity.js';
import { DEMO_NOTE, DEMO_PROCEDURES_2021, type DemoProcedure, SIPAS_COMPONENTS } from './demo-registers.js';

/*
 * ILLUSTRATIVE: the demo department's 2025 TTHC catalogue and SIPAS result (demo-2025.ts seeds the rest of
 * its 2025). The catalogue is the 2021 one (demo-registers.ts) as it would stand at the end of 2025: the
 * procedures of the former Sở Tài nguyên và Môi trường added from 01/03/2025, the district-level ones
 * handed to the communes from 01/07/2025, more of them online toàn trình, and the year's review of
 * processing times. Names follow the national catalogue's style; the choices, days and scores are made up.
 */

const { TINH, HUYEN, XA } = ProcedureLevel;
const { MOT_CUA, MOT_CUA_LIEN_THONG } = ProcedureMechanism;
const { TOAN_TRINH, MOT_PHAN, KHONG } = OnlineService;

/**
 * The district-level procedures of 2021 from 01/07/2025, when there is no district level: the commune's
 * procedure under its name, the same procedure at the commune, or none (null) where the commune's own
 * already stood or the province took it over.
 */
const HUYEN_FROM_JULY: Record<string, string | null> = {
  'Phê duyệt kế hoạch khuyến nông địa phương cấp huyện': null,
  'Hỗ trợ đầu tư xây dựng phát triển thủy lợi nhỏ, thủy lợi nội đồng':
    'Hỗ trợ đầu tư xây dựng phát triển thủy lợi nhỏ, thủy lợi nội đồng',
  'Phê duyệt phương án ứng phó thiên tai cho công trình, vùng hạ du đập thuộc thẩm quyền của UBND huyện': null,
  'Cấp giấy phép cho các hoạt động trong phạm vi bảo vệ công trình thủy lợi thuộc thẩm quyền của UBND huyện':
    'Cấp giấy phép cho các hoạt động trong phạm vi bảo vệ công trình thủy lợi thuộc thẩm quyền của UBND xã',
  'Hỗ trợ dự án liên kết sản xuất gắn với tiêu thụ sản phẩm nông nghiệp cấp huyện':
    'Hỗ trợ dự án liên kết sản xuất gắn với tiêu thụ sản phẩm nông nghiệp cấp xã',
  'Công nhận và giao quyền quản lý cho tổ chức cộng đồng khai thác công trình thủy lợi':
    'Công nhận và giao quyền quản lý cho tổ chức cộng đồng khai thác công trình thủy lợi',
  'Thẩm định hồ sơ đánh giá, phân hạng sản phẩm OCOP cấp huyện': null,
  'Xác nhận bảng kê lâm sản': 'Xác nhận bảng kê lâm sản',
};

/** Province-level procedures of the former Sở Tài nguyên và Môi trường: [name, legal days, mechanism, online]. */
const FROM_NATURAL_RESOURCES: [string, number, ProcedureMechanism, OnlineService][] = [
  ['Cấp giấy phép môi trường', 30, MOT_CUA, TOAN_TRINH],
  ['Cấp điều chỉnh, cấp lại giấy phép môi trường', 15, MOT_CUA, TOAN_TRINH],
  ['Thẩm định báo cáo đánh giá tác động môi trường', 30, MOT_CUA, MOT_PHAN],
  ['Thẩm định phương án cải tạo, phục hồi môi trường trong khai thác khoáng sản', 30, MOT_CUA, MOT_PHAN],
  ['Cấp giấy phép khai thác, sử dụng nước mặt', 30, MOT_CUA, TOAN_TRINH],
  ['Cấp giấy phép khai thác, sử dụng nước dưới đất', 30, MOT_CUA, TOAN_TRINH],
  ['Cấp giấy phép thăm dò nước dưới đất', 30, MOT_CUA, TOAN_TRINH],
  ['Cấp giấy phép xả nước thải vào nguồn nước', 30, MOT_CUA, TOAN_TRINH],
  ['Đăng ký khai thác nước dưới đất', 10, MOT_CUA, TOAN_TRINH],
  ['Cấp giấy phép thăm dò khoáng sản', 45, MOT_CUA, KHONG],
  ['Cấp giấy phép khai thác khoáng sản', 90, MOT_CUA, KHONG],
  ['Đóng cửa mỏ khoáng sản', 45, MOT_CUA, MOT_PHAN],
  ['Đăng ký đất đai, tài sản gắn liền với đất lần đầu đối với tổ chức', 20, MOT_CUA_LIEN_THONG, TOAN_TRINH],
  ['Đăng ký biến động đất đai, tài sản gắn liền với đất', 10, MOT_CUA_LIEN_THONG, TOAN_TRINH],
  ['Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 7, MOT_CUA, TOAN_TRINH],
  ['Cấp lại Giấy chứng nhận quyền sử dụng đất do bị mất', 10, MOT_CUA, TOAN_TRINH],
  ['Giao đất, cho thuê đất đối với tổ chức', 20, MOT_CUA_LIEN_THONG, MOT_PHAN],
  ['Chuyển mục đích sử dụng đất đối với tổ chức', 20, MOT_CUA_LIEN_THONG, TOAN_TRINH],
  ['Gia hạn sử dụng đất đối với tổ chức', 15, MOT_CUA, TOAN_TRINH],
  ['Cung cấp thông tin, dữ liệu đất đai', 3, MOT_CUA, TOAN_TRINH],
  ['Cấp giấy phép hoạt động đo đạc và bản đồ', 15, MOT_CUA, TOAN_TRINH],
  ['Cung cấp thông tin, dữ liệu, sản phẩm đo đạc và bản đồ', 5, MOT_CUA, TOAN_TRINH],
];

/** The 2025 review of processing times: [name, legal days, days cut] (12 procedures). */
const REVIEWED_2025: [string, number, number][] = [
  ['Cấp Chứng chỉ hành nghề thú y', 5, 2],
  ['Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm nông, lâm, thủy sản', 15, 5],
  ['Cấp mã số vùng trồng', 20, 6],
  ['Cấp giấy phép khai thác lâm sản trong rừng đặc dụng, rừng phòng hộ', 20, 5],
  ['Thẩm định hồ sơ đánh giá, phân hạng sản phẩm OCOP cấp tỉnh', 30, 10],
  ['Cấp Giấy chứng nhận đủ điều kiện sản xuất, buôn bán giống cây trồng', 20, 6],
  ['Cấp giấy phép môi trường', 30, 9],
  ['Cấp giấy phép khai thác, sử dụng nước mặt', 30, 8],
  ['Cấp giấy phép xả nước thải vào nguồn nước', 30, 8],
  ['Đăng ký biến động đất đai, tài sản gắn liền với đất', 10, 3],
  ['Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 7, 2],
  ['Xác nhận bảng kê lâm sản', 3, 1],
];

/**
 * The 2025 catalogue (110 TTHC): the 2021 rows under their codes, the first 60 of the province's now online
 * toàn trình and the rest một phần; the communes' four of them partly online; the 22 procedures of the former
 * Sở Tài nguyên và Môi trường under new codes; all one-stop and through public postal service; 12 with
 * processing time cut in the year's review. The 2021 time cuts were that year's review and are not repeated.
 */
export function demoProcedures2025(): DemoProcedure[] {
  const reviewed = new Map(REVIEWED_2025.map(([name, legalDays, daysCut]) => [name, { legalDays, daysCut }]));
  const communes: DemoProcedure[] = [];
  const province: DemoProcedure[] = [];
  for (const [i, row] of DEMO_PROCEDURES_2021.entries()) {
    const name = row.level === HUYEN ? HUYEN_FROM_JULY[row.name] : row.name;
    if (name === undefined) throw new Error(`demo 2025 catalogue: no place for ${row.name}`);
    if (name === null) continue;
    const base = { ...row, name, legalDays: row.legalDays, daysCut: null, publicPostal: true };
    if (row.level === TINH) {
      province.push({ ...base, onlineService: i < 60 ? TOAN_TRINH : MOT_PHAN });
    } else {
      communes.push({ ...base, level: XA, onlineService: KHONG });
    }
  }
  communes.forEach((row, i) => {
    row.onlineService = i < 4 ? MOT_PHAN : KHONG;
  });
  const added = FROM_NATURAL_RESOURCES.map(
    ([name, legalDays, mechanism, onlineService], i): DemoProcedure => ({
      code: `2.00${1100 + i * 47}`,
      name,
      level: TINH,
      mechanism,
      onlineService,
      publicPostal: true,
      legalDays,
      daysCut: null,
    }),
  );
  const catalogue = [...province, ...added, ...communes];
  for (const [name, cut] of reviewed) {
    const row = catalogue.find((r) => r.name === name);
    if (!row) throw new Error(`demo 2025 catalogue: reviewed ${name} is not in it`);
    Object.assign(row, cut);
  }
  return catalogue;
}

/**
 * SIPAS 2025 per element, in percent, and the rank among the province's departments, fewer after the 2025
 * reorganisation (illustrative).
 */
const SIPAS_2025 = { scores: [89.6, 88.9, 90.2, 88.1, 86.4], rank: 4, rankOf: 14 };

/**
 * The 2025 catalogue and SIPAS result. The 2025 PAR INDEX is not there: it is the outcome of the 2025
 * self-assessment, which the demo keeps in draft (demo-self-assessment.ts).
 */
export function seedDemoRegisters2025(em: EntityManager): void {
  for (const procedure of demoProcedures2025()) em.create(AdministrativeProcedure, { year: 2025, ...procedure });
  const { scores, rank, rankOf } = SIPAS_2025;
  em.create(IndexResult, {
    year: 2025,
    index: AssessmentIndex.SIPAS,
    totalScore: Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100,
    components: SIPAS_COMPONENTS.map((name, i) => ({ name, score: scores[i] ?? 0, maxScore: 100 })),
    rank,
    rankOf,
    note: DEMO_NOTE,
  });
}
