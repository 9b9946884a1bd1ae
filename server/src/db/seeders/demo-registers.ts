import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AdministrativeProcedure,
  OnlineService,
  ProcedureLevel,
  ProcedureMechanism,
} from '../../features/registers/administrative-procedure.entity.js';
import { DirectiveDocument, DirectiveDocumentType } from '../../features/registers/directive-document.entity.js';
import { AssessmentIndex, type IndexComponent, IndexResult } from '../../features/registers/index-result.entity.js';
import type { ProcedureRow } from '../../features/registers/tthc-figures.js';
import type { Unit } from '../../features/units/unit.entity.js';

const { KE_HOACH, CONG_VAN, QUYET_DINH, BAO_CAO } = DirectiveDocumentType;

/** [type, number, date, issuing unit code, summary] */
export type DemoDocument = [DirectiveDocumentType, string, string, string, string];

const SIPAS_PAR_2021 =
  'triển khai các nhiệm vụ, giải pháp nâng cao Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) và Chỉ số cải cách hành chính (PAR INDEX) năm 2021';
const REMEDY_2021 =
  'tiếp tục thực hiện giải pháp khắc phục những tồn tại, hạn chế của Chỉ số cải cách hành chính, Chỉ số hài lòng về sự phục vụ hành chính';

/**
 * Directive documents. The 2021 report counts 08 Kế hoạch and 17 công văn of the department and its
 * units; those it names (80/KH-SNN, 40/KH-KL, 2187/SNN-VP, 1868/SNN-VP, 490/KL-TH and the decisions)
 * are taken from it, the others are made up for the demo.
 */
export const DEMO_DOCUMENTS: DemoDocument[] = [
  [
    QUYET_DINH,
    '24/QĐ-SNN',
    '2020-01-20',
    'SNN',
    'Ban hành Quy chế làm việc của Sở Nông nghiệp và Phát triển nông thôn',
  ],
  [
    KE_HOACH,
    '12/KH-SNN',
    '2021-01-22',
    'SNN',
    'Cải cách hành chính năm 2021 của Sở Nông nghiệp và Phát triển nông thôn',
  ],
  [
    QUYET_DINH,
    '30/QĐ-SNN',
    '2021-01-28',
    'SNN',
    'Quy chế chi tiêu nội bộ của Văn phòng Sở Nông nghiệp và Phát triển nông thôn',
  ],
  [
    QUYET_DINH,
    '32/QĐ-SNN',
    '2021-01-28',
    'SNN',
    'Quản lý, sử dụng tài sản công của Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn',
  ],
  [CONG_VAN, '215/SNN-VP', '2021-02-03', 'SNN', 'Triển khai Kế hoạch cải cách hành chính năm 2021'],
  [
    KE_HOACH,
    '21/KH-SNN',
    '2021-02-05',
    'SNN',
    'Kiểm tra công tác cải cách hành chính, kỷ luật, kỷ cương hành chính năm 2021',
  ],
  [CONG_VAN, '402/SNN-VP', '2021-03-08', 'SNN', 'Tuyên truyền kết quả Chỉ số SIPAS năm 2020 tới người dân, tổ chức'],
  [
    CONG_VAN,
    '655/SNN-VP',
    '2021-04-12',
    'SNN',
    'Công khai, niêm yết thủ tục hành chính tại nơi tiếp nhận và trả kết quả',
  ],
  [
    CONG_VAN,
    '1012/SNN-VP',
    '2021-06-02',
    'SNN',
    'Triển khai Kế hoạch số 167/KH-UBND ngày 28/5/2021 của UBND tỉnh Lạng Sơn',
  ],
  [CONG_VAN, '1130/SNN-VP', '2021-06-21', 'SNN', 'Tăng cường kỷ luật, kỷ cương hành chính trong thực thi công vụ'],
  [
    CONG_VAN,
    '1344/SNN-VP',
    '2021-07-15',
    'SNN',
    'Đẩy mạnh giải quyết TTHC qua dịch vụ công trực tuyến và dịch vụ bưu chính công ích',
  ],
  [KE_HOACH, '80/KH-SNN', '2021-08-12', 'SNN', `Về việc ${SIPAS_PAR_2021}`],
  [KE_HOACH, '40/KH-KL', '2021-08-13', 'CCKL', `Chỉ đạo các phòng, đơn vị trực thuộc ${SIPAS_PAR_2021}`],
  [KE_HOACH, '15/KH-TTBVTV', '2021-08-20', 'CCTTBVTV', `Về việc ${SIPAS_PAR_2021}`],
  [
    CONG_VAN,
    '1590/SNN-VP',
    '2021-08-20',
    'SNN',
    'Rà soát, đề xuất cắt giảm thời gian giải quyết thủ tục hành chính năm 2021',
  ],
  [KE_HOACH, '22/KH-CNTY', '2021-08-23', 'CCCNTY', `Về việc ${SIPAS_PAR_2021}`],
  [KE_HOACH, '18/KH-TL', '2021-08-25', 'CCTL', `Về việc ${SIPAS_PAR_2021}`],
  [KE_HOACH, '27/KH-QLCL', '2021-08-26', 'CCQLCL', `Về việc ${SIPAS_PAR_2021}`],
  [
    CONG_VAN,
    '365/KL-TH',
    '2021-09-06',
    'CCKL',
    'Đẩy mạnh giải quyết hồ sơ TTHC lĩnh vực lâm nghiệp qua dịch vụ công trực tuyến',
  ],
  [
    CONG_VAN,
    '1725/SNN-VP',
    '2021-09-09',
    'SNN',
    'Công khai xin lỗi tổ chức, cá nhân khi giải quyết hồ sơ TTHC quá hạn',
  ],
  [
    CONG_VAN,
    '210/TTBVTV-HCTH',
    '2021-09-15',
    'CCTTBVTV',
    'Niêm yết số điện thoại, thư điện tử tiếp nhận phản ánh, kiến nghị về TTHC',
  ],
  [
    CONG_VAN,
    '1868/SNN-VP',
    '2021-09-28',
    'SNN',
    'Thực hiện các biện pháp khắc phục hạn chế chỉ số cải cách TTHC, nâng cao Chỉ số SIPAS và PAR INDEX',
  ],
  [
    CONG_VAN,
    '318/CNTY-HCTH',
    '2021-10-05',
    'CCCNTY',
    'Tăng cường kỷ luật, kỷ cương hành chính trong giải quyết TTHC lĩnh vực thú y',
  ],
  [
    CONG_VAN,
    '142/TTKN-HCTH',
    '2021-10-18',
    'TTKN',
    'Tuyên truyền về Chỉ số SIPAS, PAR INDEX trong các lớp tập huấn khuyến nông',
  ],
  [CONG_VAN, '2034/SNN-VP', '2021-10-22', 'SNN', 'Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2021'],
  [CONG_VAN, '96/PTNT-HCTH', '2021-11-03', 'CCPTNT', 'Khắc phục hạn chế của Chỉ số cải cách hành chính năm 2020'],
  [CONG_VAN, '2187/SNN-VP', '2021-11-12', 'SNN', `Về ${REMEDY_2021}`],
  [CONG_VAN, '490/KL-TH', '2021-11-15', 'CCKL', `Về việc ${REMEDY_2021}`],
  [
    KE_HOACH,
    '19/KH-SNN',
    '2022-01-25',
    'SNN',
    'Cải cách hành chính năm 2022 của Sở Nông nghiệp và Phát triển nông thôn',
  ],
  [CONG_VAN, '612/SNN-VP', '2022-03-30', 'SNN', 'Tuyên truyền kết quả Chỉ số SIPAS, PAR INDEX năm 2021'],
  [
    KE_HOACH,
    '58/KH-SNN',
    '2022-04-08',
    'SNN',
    'Triển khai các nhiệm vụ, giải pháp nâng cao Chỉ số SIPAS và PAR INDEX năm 2022',
  ],
  [CONG_VAN, '1455/SNN-VP', '2022-08-10', 'SNN', 'Rà soát, cắt giảm thời gian giải quyết thủ tục hành chính năm 2022'],
  [
    BAO_CAO,
    '245/BC-SNN',
    '2022-11-25',
    'SNN',
    'Kết quả thực hiện các nhiệm vụ, giải pháp nâng cao Chỉ số SIPAS và PAR INDEX năm 2022',
  ],
];

/** The seven department-level procedures reviewed in 2021: [name, legal days, days cut]; 99 of 299 days. */
const REVIEWED_TINH_2021: [string, number, number][] = [
  ['Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật', 20, 6],
  ['Phê duyệt phương án quản lý rừng bền vững của chủ rừng là tổ chức', 45, 15],
  ['Cấp Giấy chứng nhận cơ sở an toàn dịch bệnh động vật', 30, 10],
  ['Chuyển loại rừng đối với khu rừng do Ủy ban nhân dân cấp tỉnh quyết định thành lập', 60, 20],
  ['Cấp Giấy chứng nhận đủ điều kiện sản xuất phân bón', 24, 8],
  ['Công nhận làng nghề, làng nghề truyền thống', 100, 34],
  ['Cấp giấy phép xả nước thải vào công trình thủy lợi', 20, 6],
];

const OTHER_TINH = [
  'Cấp Giấy phép vận chuyển thuốc bảo vệ thực vật',
  'Xác nhận nội dung quảng cáo thuốc bảo vệ thực vật',
  'Cấp Giấy chứng nhận kiểm dịch thực vật đối với lô vật thể vận chuyển từ vùng nhiễm đối tượng kiểm dịch',
  'Cấp Giấy chứng nhận đủ điều kiện buôn bán phân bón',
  'Xác nhận nội dung quảng cáo phân bón',
  'Công nhận cây đầu dòng, vườn cây đầu dòng cây công nghiệp, cây ăn quả lâu năm',
  'Cấp mã số vùng trồng',
  'Cấp Giấy chứng nhận đủ điều kiện chăn nuôi đối với chăn nuôi trang trại quy mô lớn',
  'Cấp Giấy chứng nhận đủ điều kiện sản xuất thức ăn chăn nuôi thương mại, thức ăn chăn nuôi theo đặt hàng',
  'Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y',
  'Cấp Chứng chỉ hành nghề thú y',
  'Cấp Giấy chứng nhận kiểm dịch động vật, sản phẩm động vật vận chuyển ra khỏi địa bàn cấp tỉnh',
  'Cấp Giấy chứng nhận điều kiện vệ sinh thú y',
  'Cấp Giấy xác nhận nội dung quảng cáo thuốc thú y',
  'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm nông, lâm, thủy sản',
  'Cấp Giấy xác nhận kiến thức an toàn thực phẩm',
  'Cấp Giấy chứng nhận cơ sở đủ điều kiện nuôi trồng thủy sản',
  'Cấp Giấy chứng nhận cơ sở đủ điều kiện sản xuất, ương dưỡng giống thủy sản',
  'Cấp giấy phép cho hoạt động xây dựng công trình mới trong phạm vi bảo vệ công trình thủy lợi',
  'Cấp giấy phép cho hoạt động du lịch, thể thao, nghiên cứu khoa học trong phạm vi bảo vệ công trình thủy lợi',
  'Cấp giấy phép nổ mìn và các hoạt động gây nổ khác trong phạm vi bảo vệ công trình thủy lợi',
  'Cấp giấy phép cho hoạt động trồng cây lâu năm trong phạm vi bảo vệ công trình thủy lợi',
  'Cấp giấy phép cho phương tiện thủy nội địa, phương tiện cơ giới đi vào phạm vi bảo vệ công trình thủy lợi',
  'Cấp phép hoạt động liên quan đến đê điều',
  'Cấp giấy chứng nhận đăng ký mã số cơ sở nuôi, trồng các loài động vật rừng, thực vật rừng',
  'Cấp giấy phép khai thác lâm sản trong rừng đặc dụng, rừng phòng hộ',
  'Cấp Giấy chứng nhận đủ điều kiện sản xuất, buôn bán giống cây trồng',
  'Cấp Giấy chứng nhận vùng an toàn dịch bệnh động vật',
  'Cấp Giấy chứng nhận đủ điều kiện kinh doanh dịch vụ bảo vệ thực vật',
  'Cấp Giấy chứng nhận sản phẩm nông nghiệp hữu cơ',
  'Phê duyệt phương án ứng phó thiên tai cho công trình, vùng hạ du đập trong quá trình thi công',
  'Phê duyệt phương án ứng phó với tình huống khẩn cấp hồ chứa nước',
  'Thẩm định, phê duyệt quy trình vận hành hồ chứa nước',
  'Phê duyệt đề án du lịch sinh thái, nghỉ dưỡng, giải trí trong rừng đặc dụng, rừng phòng hộ',
  'Thẩm định, phê duyệt phương án trồng rừng thay thế khi chuyển mục đích sử dụng rừng',
  'Miễn, giảm tiền dịch vụ môi trường rừng',
  'Xác nhận nguồn gốc lâm sản',
  'Phân loại doanh nghiệp chế biến và xuất khẩu gỗ',
  'Thẩm định hồ sơ đánh giá, phân hạng sản phẩm OCOP cấp tỉnh',
  'Hỗ trợ dự án liên kết sản xuất gắn với tiêu thụ sản phẩm nông nghiệp cấp tỉnh',
  'Công nhận doanh nghiệp nông nghiệp ứng dụng công nghệ cao',
  'Đăng ký công bố hợp quy đối với sản phẩm, hàng hóa nhóm 2 thuộc lĩnh vực nông nghiệp',
  'Phê duyệt kế hoạch khuyến nông địa phương cấp tỉnh',
  'Thẩm định, phê duyệt dự án cấp nước sạch nông thôn',
  'Cấp Giấy chứng nhận cơ sở đủ điều kiện buôn bán giống thủy sản',
];

/** Catalogue rows are issued several times over: the "Cấp lại" of a licence is its own procedure. */
const OTHER_TINH_NAMES = [
  ...OTHER_TINH,
  ...OTHER_TINH.filter((name) => name.startsWith('Cấp ')).map((name) => name.replace(/^Cấp /, 'Cấp lại ')),
].slice(0, 73);

/** The one district-level procedure reviewed in 2021 comes first: 1 day cut of 6. */
const HUYEN = [
  'Phê duyệt kế hoạch khuyến nông địa phương cấp huyện',
  'Hỗ trợ đầu tư xây dựng phát triển thủy lợi nhỏ, thủy lợi nội đồng',
  'Phê duyệt phương án ứng phó thiên tai cho công trình, vùng hạ du đập thuộc thẩm quyền của UBND huyện',
  'Cấp giấy phép cho các hoạt động trong phạm vi bảo vệ công trình thủy lợi thuộc thẩm quyền của UBND huyện',
  'Hỗ trợ dự án liên kết sản xuất gắn với tiêu thụ sản phẩm nông nghiệp cấp huyện',
  'Công nhận và giao quyền quản lý cho tổ chức cộng đồng khai thác công trình thủy lợi',
  'Thẩm định hồ sơ đánh giá, phân hạng sản phẩm OCOP cấp huyện',
  'Xác nhận bảng kê lâm sản',
];

const XA = [
  'Phê duyệt kế hoạch khuyến nông địa phương cấp xã',
  'Hỗ trợ khôi phục sản xuất vùng bị thiệt hại do thiên tai, dịch bệnh',
  'Thẩm định, phê duyệt phương án ứng phó thiên tai cho công trình, vùng hạ du đập thuộc thẩm quyền của UBND xã',
];

const ORDINARY_LEGAL_DAYS = [5, 7, 10, 15, 20, 30];

export interface DemoProcedure extends ProcedureRow {
  code: string;
  name: string;
}

/**
 * The 2021 catalogue as the report states it: 91 TTHC, 89 via public postal, 80 online. The report's
 * "59 một cửa + 37 một cửa liên thông" adds up to 96, not 91: the demo keeps its 37 liên thông and
 * takes 54 một cửa, so the two add up to the total.
 */
export const DEMO_PROCEDURES_2021: DemoProcedure[] = [
  ...REVIEWED_TINH_2021.map(([name, legalDays, daysCut]) => ({ name, level: ProcedureLevel.TINH, legalDays, daysCut })),
  ...OTHER_TINH_NAMES.map((name, i) => ({
    name,
    level: ProcedureLevel.TINH,
    legalDays: ORDINARY_LEGAL_DAYS[i % ORDINARY_LEGAL_DAYS.length] ?? 10,
    daysCut: null,
  })),
  ...HUYEN.map((name, i) => ({
    name,
    level: ProcedureLevel.HUYEN,
    legalDays: i === 0 ? 6 : (ORDINARY_LEGAL_DAYS[i % ORDINARY_LEGAL_DAYS.length] ?? 10),
    daysCut: i === 0 ? 1 : null,
  })),
  ...XA.map((name) => ({ name, level: ProcedureLevel.XA, legalDays: 5, daysCut: null })),
].map((row, i) => ({
  ...row,
  code: `1.00${3000 + i * 37}`,
  mechanism: i < 54 ? ProcedureMechanism.MOT_CUA : ProcedureMechanism.MOT_CUA_LIEN_THONG,
  onlineService: i < 30 ? OnlineService.TOAN_TRINH : i < 80 ? OnlineService.MOT_PHAN : OnlineService.KHONG,
  publicPostal: i !== 78 && i !== 90,
}));

export const SIPAS_COMPONENTS = [
  'Tiếp cận dịch vụ hành chính công',
  'Thủ tục hành chính',
  'Công chức giải quyết thủ tục hành chính',
  'Kết quả giải quyết thủ tục hành chính',
  'Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị',
];

/** [field, maximum] of the department-level PAR INDEX; the maxima add up to 100. */
const PAR_COMPONENTS: [string, number][] = [
  ['Công tác chỉ đạo, điều hành cải cách hành chính', 13],
  ['Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật', 8],
  ['Cải cách thủ tục hành chính', 14],
  ['Cải cách tổ chức bộ máy hành chính', 10],
  ['Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức', 14],
  ['Cải cách tài chính công', 8],
  ['Xây dựng và phát triển chính quyền điện tử, chính quyền số', 13],
  ['Tác động của cải cách hành chính đến người dân, tổ chức', 20],
];

/** Plausible scores for the demo, per year: SIPAS in percent per element, PAR INDEX points per field. */
const INDEX_SCORES: { year: number; sipas: number[]; sipasRank: number; par: number[]; parRank: number }[] = [
  {
    year: 2020,
    sipas: [82.1, 81.5, 80.9, 79.6, 78],
    sipasRank: 8,
    par: [11.5, 6.75, 11.25, 8.5, 11.75, 6.5, 10, 15.2],
    parRank: 9,
  },
  {
    year: 2021,
    sipas: [85.3, 84.2, 83.9, 82.7, 80.4],
    sipasRank: 5,
    par: [12, 7, 12.5, 8.75, 12.25, 6.75, 10.5, 16.1],
    parRank: 6,
  },
  {
    year: 2022,
    sipas: [87.2, 86, 86.5, 85.1, 83.2],
    sipasRank: 5,
    par: [12.25, 7.25, 13, 9, 12.5, 7, 11.25, 16.8],
    parRank: 4,
  },
];

/** The departments the province ranks each year in the demo (the N of "xếp hạng 5/N"). */
const DEMO_DEPARTMENTS_RANKED = 20;

export const DEMO_NOTE = 'Số liệu minh họa của bản demo, không phải kết quả do tỉnh công bố.';

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Loads the registers the annual report draws from; part of the one demo-seeding transaction. */
export function seedDemoRegisters(em: EntityManager, ctx: { units: Map<string, Unit> }): void {
  for (const [type, number, issuedOn, unitCode, summary] of DEMO_DOCUMENTS) {
    const issuingUnit = ctx.units.get(unitCode);
    if (!issuingUnit) throw new Error(`demo document ${number}: no unit ${unitCode}`);
    em.create(DirectiveDocument, { type, number, issuedOn, year: Number(issuedOn.slice(0, 4)), issuingUnit, summary });
  }
  for (const procedure of DEMO_PROCEDURES_2021) em.create(AdministrativeProcedure, { year: 2021, ...procedure });
  for (const { year, sipas, sipasRank, par, parRank } of INDEX_SCORES) {
    const sipasComponents: IndexComponent[] = SIPAS_COMPONENTS.map((name, i) => ({
      name,
      score: sipas[i] ?? 0,
      maxScore: 100,
    }));
    const parComponents: IndexComponent[] = PAR_COMPONENTS.map(([name, maxScore], i) => ({
      name,
      score: par[i] ?? 0,
      maxScore,
    }));
    em.create(IndexResult, {
      year,
      index: AssessmentIndex.SIPAS,
      totalScore: round2(sipas.reduce((a, b) => a + b, 0) / sipas.length),
      components: sipasComponents,
      rank: sipasRank,
      rankOf: DEMO_DEPARTMENTS_RANKED,
      note: DEMO_NOTE,
    });
    em.create(IndexResult, {
      year,
      index: AssessmentIndex.PAR_INDEX,
      totalScore: round2(par.reduce((a, b) => a + b, 0)),
      components: parComponents,
      rank: parRank,
      rankOf: DEMO_DEPARTMENTS_RANKED,
      note: DEMO_NOTE,
    });
  }
}
