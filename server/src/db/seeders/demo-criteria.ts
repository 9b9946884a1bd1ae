import type { StoredCriterionDraft } from '../../features/self-assessment/criteria-create.js';
import type { ScoreBandValue } from '../../features/self-assessment/criteria-rules.js';
import type { PerformanceMeasure } from '../../features/self-assessment/performance-measure.js';

/*
 * ILLUSTRATIVE: a PAR INDEX criteria set for a department (sở) in the style of those Lạng Sơn issues
 * for its departments (8 areas, 44 criteria, 100 points), written for the demo. The areas follow the
 * national scheme (QĐ 876/QĐ-BNV and its successors); the wording, the points and the bands are made
 * up and marked "(minh họa)" in the set's title: no one should read them as the province's own.
 * The criteria this product can measure name their measure (issue 17).
 */

export interface DemoCriterion {
  code: string;
  text: string;
  max: number;
  guidance?: string;
  bands?: [percent: number, points: number][];
  step?: number;
  evidence?: string;
  measure?: PerformanceMeasure;
  params?: Record<string, unknown>;
  children?: DemoCriterion[];
}

const c = (
  code: string,
  text: string,
  max: number,
  rest: Omit<DemoCriterion, 'code' | 'text' | 'max'> = {},
): DemoCriterion => ({ code, text, max, ...rest });

/** "Hoàn thành 100%: x điểm; từ 80% đến dưới 100%: y điểm; dưới 80%: 0 điểm" as bands. */
const ratio = (max: number, middle: number, middlePoints: number): Partial<DemoCriterion> => ({
  bands: [
    [100, max],
    [middle, middlePoints],
    [0, 0],
  ],
});

const VB = 'Văn bản, tài liệu chứng minh (số, ký hiệu, ngày ban hành).';

export const DEMO_CRITERIA: DemoCriterion[] = [
  c('1', 'Công tác chỉ đạo, điều hành cải cách hành chính', 13, {
    children: [
      c('1.1', 'Kế hoạch cải cách hành chính năm', 1.5, {
        children: [
          c('1.1.1', 'Ban hành Kế hoạch cải cách hành chính năm đúng thời hạn', 0.5, {
            guidance: 'Ban hành trước ngày 31/01: 0,5 điểm; ban hành sau thời hạn: 0 điểm.',
            bands: [
              [100, 0.5],
              [0, 0],
            ],
            evidence: 'Kế hoạch cải cách hành chính năm của Sở.',
            measure: 'DIRECTIVE_ISSUED_ON_TIME',
            params: { documentType: 'KE_HOACH', deadline: '01-31', titleContains: 'cải cách hành chính' },
          }),
          c('1.1.2', 'Mức độ hoàn thành kế hoạch cải cách hành chính', 1, {
            guidance: 'Hoàn thành 100% nhiệm vụ: 1 điểm; từ 80% đến dưới 100%: 0,5 điểm; dưới 80%: 0 điểm.',
            ...ratio(1, 80, 0.5),
            evidence: 'Báo cáo kết quả thực hiện kế hoạch cải cách hành chính năm.',
          }),
        ],
      }),
      c('1.2', 'Thực hiện chế độ báo cáo cải cách hành chính định kỳ', 1, {
        children: [
          c('1.2.1', 'Đủ số lượng báo cáo quý, 6 tháng, năm', 0.5, {
            guidance: 'Đủ số lượng: 0,5 điểm; thiếu một báo cáo: 0 điểm.',
            step: 0.5,
            evidence: 'Các báo cáo cải cách hành chính quý I, 6 tháng, quý III và năm.',
          }),
          c('1.2.2', 'Báo cáo đúng thời hạn, đủ nội dung theo hướng dẫn', 0.5, {
            guidance: 'Tất cả đúng hạn, đủ nội dung: 0,5 điểm; có báo cáo chậm hoặc thiếu nội dung: 0,25 điểm.',
            step: 0.25,
            evidence: VB,
          }),
        ],
      }),
      c('1.3', 'Công tác kiểm tra cải cách hành chính, kỷ luật, kỷ cương hành chính', 3, {
        children: [
          c('1.3.1', 'Ban hành kế hoạch kiểm tra cải cách hành chính, kỷ luật, kỷ cương hành chính', 0.5, {
            guidance: 'Có kế hoạch kiểm tra trong quý I: 0,5 điểm; không có hoặc ban hành muộn: 0 điểm.',
            step: 0.5,
            evidence: 'Kế hoạch kiểm tra; quyết định thành lập đoàn kiểm tra.',
          }),
          c('1.3.2', 'Tỷ lệ đơn vị trực thuộc được kiểm tra theo kế hoạch', 1, {
            guidance:
              'Kiểm tra 100% số đơn vị theo kế hoạch: 1 điểm; từ 80% đến dưới 100%: 0,5 điểm; dưới 80%: 0 điểm.',
            ...ratio(1, 80, 0.5),
            evidence: 'Biên bản kiểm tra, thông báo kết luận kiểm tra của từng đơn vị.',
            measure: 'PLAN_INSPECTED',
          }),
          c('1.3.3', 'Theo dõi, xử lý các tồn tại, hạn chế phát hiện qua kiểm tra', 1, {
            guidance: '100% tồn tại được theo dõi, xử lý: 1 điểm; từ 70% đến dưới 100%: 0,5 điểm; dưới 70%: 0 điểm.',
            ...ratio(1, 70, 0.5),
            evidence: 'Văn bản đôn đốc; báo cáo kết quả khắc phục của các đơn vị.',
            measure: 'FINDINGS_FOLLOWED_UP',
          }),
          c('1.3.4', 'Tồn tại, hạn chế được khắc phục đúng thời hạn', 0.5, {
            guidance: '100% khắc phục đúng hạn: 0,5 điểm; từ 80% đến dưới 100%: 0,25 điểm; dưới 80%: 0 điểm.',
            ...ratio(0.5, 80, 0.25),
            evidence: 'Báo cáo kết quả khắc phục; văn bản xác nhận đã khắc phục.',
            measure: 'FINDINGS_FIXED_ON_TIME',
          }),
        ],
      }),
      c('1.4', 'Công tác tuyên truyền cải cách hành chính', 1.5, {
        children: [
          c('1.4.1', 'Ban hành kế hoạch tuyên truyền cải cách hành chính', 0.5, {
            guidance: 'Có kế hoạch: 0,5 điểm; không có: 0 điểm.',
            step: 0.5,
            evidence: 'Kế hoạch tuyên truyền cải cách hành chính năm.',
          }),
          c('1.4.2', 'Mức độ thực hiện kế hoạch tuyên truyền', 1, {
            guidance: 'Hoàn thành 100%: 1 điểm; từ 80% đến dưới 100%: 0,5 điểm; dưới 80%: 0 điểm.',
            ...ratio(1, 80, 0.5),
            evidence: 'Tin, bài đăng trên Trang thông tin điện tử; hội nghị, tập huấn đã tổ chức.',
          }),
        ],
      }),
      c('1.5', 'Sáng kiến, giải pháp mới trong cải cách hành chính', 1, {
        guidance: 'Có sáng kiến được cấp có thẩm quyền công nhận: 1 điểm; có giải pháp đang áp dụng: 0,5 điểm.',
        step: 0.5,
        evidence: 'Quyết định công nhận sáng kiến; báo cáo kết quả áp dụng.',
      }),
      c('1.6', 'Thực hiện nhiệm vụ cải cách hành chính được UBND tỉnh giao', 2, {
        guidance: 'Hoàn thành 100% đúng hạn: 2 điểm; từ 90% đến dưới 100%: 1 điểm; dưới 90%: 0 điểm.',
        bands: [
          [100, 2],
          [90, 1],
          [0, 0],
        ],
        evidence: 'Danh mục nhiệm vụ được giao và kết quả thực hiện trên hệ thống theo dõi nhiệm vụ.',
      }),
      c('1.7', 'Tổ chức đo lường sự hài lòng của người dân, tổ chức tại đơn vị', 1, {
        guidance: 'Có tổ chức khảo sát và sử dụng kết quả để cải thiện chất lượng phục vụ: 1 điểm.',
        step: 0.5,
        evidence: 'Kế hoạch, báo cáo kết quả khảo sát.',
      }),
      c('1.8', 'Thực hiện chỉ đạo về tăng cường kỷ luật, kỷ cương hành chính', 2, {
        children: [
          c('1.8.1', 'Ban hành văn bản chấn chỉnh kỷ luật, kỷ cương hành chính kịp thời', 1, {
            guidance: 'Ban hành trước ngày 30/6: 1 điểm; sau thời hạn: 0 điểm.',
            bands: [
              [100, 1],
              [0, 0],
            ],
            evidence: 'Công văn chấn chỉnh kỷ luật, kỷ cương hành chính.',
            measure: 'DIRECTIVE_ISSUED_ON_TIME',
            params: { documentType: 'CONG_VAN', deadline: '06-30', titleContains: 'kỷ cương' },
          }),
          c('1.8.2', 'Không có cán bộ, công chức, viên chức bị xử lý do vi phạm kỷ luật, kỷ cương hành chính', 1, {
            guidance: 'Không có: 1 điểm; có: 0 điểm.',
            step: 1,
            evidence: 'Báo cáo của Phòng Tổ chức cán bộ.',
          }),
        ],
      }),
    ],
  }),
  c('2', 'Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật', 8, {
    children: [
      c('2.1', 'Tham mưu xây dựng văn bản quy phạm pháp luật thuộc lĩnh vực quản lý', 2, {
        children: [
          c('2.1.1', 'Thực hiện kế hoạch xây dựng văn bản quy phạm pháp luật được giao', 1, {
            guidance: 'Hoàn thành 100% đúng tiến độ: 1 điểm; chậm tiến độ: 0 điểm.',
            bands: [
              [100, 1],
              [0, 0],
            ],
            evidence: VB,
          }),
          c('2.1.2', 'Thực hiện đúng quy trình xây dựng văn bản quy phạm pháp luật', 1, {
            guidance: 'Đúng quy trình (lấy ý kiến, thẩm định): 1 điểm; có sai sót: 0,5 điểm.',
            step: 0.5,
            evidence: 'Hồ sơ xây dựng văn bản.',
          }),
        ],
      }),
      c('2.2', 'Rà soát, hệ thống hóa văn bản quy phạm pháp luật', 2, {
        children: [
          c('2.2.1', 'Ban hành kế hoạch rà soát, hệ thống hóa văn bản', 0.5, {
            guidance: 'Có kế hoạch: 0,5 điểm; không có: 0 điểm.',
            step: 0.5,
            evidence: 'Kế hoạch rà soát, hệ thống hóa văn bản.',
          }),
          c('2.2.2', 'Xử lý hoặc kiến nghị xử lý văn bản sau rà soát', 1.5, {
            guidance: '100% văn bản được xử lý hoặc kiến nghị xử lý: 1,5 điểm; từ 80%: 1 điểm; dưới 80%: 0 điểm.',
            bands: [
              [100, 1.5],
              [80, 1],
              [0, 0],
            ],
            evidence: 'Báo cáo kết quả rà soát; văn bản kiến nghị.',
          }),
        ],
      }),
      c('2.3', 'Theo dõi tình hình thi hành pháp luật', 1.5, {
        guidance: 'Có kế hoạch và báo cáo đúng hạn: 1,5 điểm; thiếu một trong hai: 0,5 điểm.',
        step: 0.5,
        evidence: 'Kế hoạch, báo cáo theo dõi thi hành pháp luật.',
      }),
      c('2.4', 'Kiểm tra, xử lý văn bản quy phạm pháp luật', 1.5, {
        guidance: 'Thực hiện đầy đủ, xử lý kịp thời văn bản trái pháp luật: 1,5 điểm.',
        step: 0.5,
        evidence: VB,
      }),
      c('2.5', 'Phổ biến, giáo dục pháp luật', 1, {
        guidance: 'Hoàn thành kế hoạch phổ biến, giáo dục pháp luật: 1 điểm; hoàn thành một phần: 0,5 điểm.',
        step: 0.25,
        evidence: 'Kế hoạch, báo cáo phổ biến, giáo dục pháp luật.',
      }),
    ],
  }),
  c('3', 'Cải cách thủ tục hành chính', 18, {
    children: [
      c('3.1', 'Rà soát, đánh giá, đơn giản hóa thủ tục hành chính', 3, {
        children: [
          c('3.1.1', 'Ban hành kế hoạch rà soát, đánh giá thủ tục hành chính', 0.5, {
            guidance: 'Có kế hoạch trong quý I: 0,5 điểm; không có: 0 điểm.',
            step: 0.5,
            evidence: 'Kế hoạch rà soát, đánh giá thủ tục hành chính năm.',
          }),
          c('3.1.2', 'Tỷ lệ thủ tục hành chính được cắt giảm thời gian giải quyết', 1.5, {
            guidance:
              'Từ 20% số TTHC trở lên được cắt giảm: 1,5 điểm; từ 10% đến dưới 20%: 1 điểm; dưới 10%: 0,5 điểm; không có: 0 điểm.',
            bands: [
              [20, 1.5],
              [10, 1],
              [1, 0.5],
              [0, 0],
            ],
            evidence: 'Quyết định công bố TTHC có thời hạn giải quyết được cắt giảm.',
            measure: 'TTHC_TIME_CUT',
          }),
          c('3.1.3', 'Kiến nghị phương án đơn giản hóa thủ tục hành chính', 1, {
            guidance: 'Có phương án được cấp có thẩm quyền thông qua: 1 điểm; có kiến nghị: 0,5 điểm.',
            step: 0.5,
            evidence: VB,
          }),
        ],
      }),
      c('3.2', 'Công bố, công khai thủ tục hành chính', 3, {
        children: [
          c('3.2.1', 'Tham mưu công bố danh mục thủ tục hành chính đúng thời hạn', 1.5, {
            guidance: '100% đúng hạn: 1,5 điểm; có quyết định công bố chậm: 0,5 điểm.',
            step: 0.5,
            evidence: 'Quyết định công bố danh mục TTHC của Chủ tịch UBND tỉnh.',
          }),
          c('3.2.2', 'Công khai thủ tục hành chính trên Cổng dịch vụ công và tại Bộ phận một cửa', 1.5, {
            guidance: 'Công khai đầy đủ, đúng quy định: 1,5 điểm; còn thiếu: 0 điểm.',
            bands: [
              [100, 1.5],
              [0, 0],
            ],
            evidence: 'Ảnh chụp nơi niêm yết; đường dẫn trên Cổng dịch vụ công.',
          }),
        ],
      }),
      c('3.3', 'Thực hiện cơ chế một cửa, một cửa liên thông', 3.5, {
        children: [
          c('3.3.1', 'Tỷ lệ thủ tục hành chính thực hiện theo cơ chế một cửa, một cửa liên thông', 1.5, {
            guidance: '100% TTHC: 1,5 điểm; từ 90% đến dưới 100%: 1 điểm; dưới 90%: 0 điểm.',
            ...ratio(1.5, 90, 1),
            evidence: 'Danh mục TTHC tiếp nhận tại Trung tâm Phục vụ hành chính công.',
            measure: 'TTHC_ONE_STOP',
          }),
          c('3.3.2', 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn', 2, {
            guidance: '100% đúng hạn: 2 điểm; từ 95%: 1,5 điểm; từ 90%: 1 điểm; dưới 90%: 0 điểm.',
            bands: [
              [100, 2],
              [95, 1.5],
              [90, 1],
              [0, 0],
            ],
            evidence: 'Số liệu trên Hệ thống thông tin giải quyết TTHC của tỉnh.',
          }),
        ],
      }),
      c('3.4', 'Cung cấp dịch vụ công trực tuyến', 3, {
        children: [
          c('3.4.1', 'Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến', 1.5, {
            guidance: '100% TTHC đủ điều kiện: 1,5 điểm; từ 80%: 1 điểm; từ 50%: 0,5 điểm; dưới 50%: 0 điểm.',
            bands: [
              [100, 1.5],
              [80, 1],
              [50, 0.5],
              [0, 0],
            ],
            evidence: 'Danh mục dịch vụ công trực tuyến toàn trình, một phần.',
            measure: 'TTHC_ONLINE',
          }),
          c('3.4.2', 'Tỷ lệ hồ sơ được tiếp nhận, giải quyết trực tuyến', 1.5, {
            guidance: 'Từ 50% trở lên: 1,5 điểm; từ 30% đến dưới 50%: 1 điểm; dưới 30%: 0 điểm.',
            bands: [
              [50, 1.5],
              [30, 1],
              [0, 0],
            ],
            evidence: 'Số liệu trên Cổng dịch vụ công của tỉnh.',
          }),
        ],
      }),
      c('3.5', 'Tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích', 1.5, {
        guidance: '100% TTHC có thể thực hiện qua bưu chính công ích: 1,5 điểm; từ 80%: 1 điểm; dưới 80%: 0 điểm.',
        ...ratio(1.5, 80, 1),
        evidence: 'Danh mục TTHC tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích.',
        measure: 'TTHC_POSTAL',
      }),
      c('3.6', 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', 1.5, {
        guidance: 'Số hóa 100% hồ sơ, kết quả: 1,5 điểm; từ 80%: 1 điểm; dưới 80%: 0,5 điểm.',
        step: 0.5,
        evidence: 'Báo cáo kết quả số hóa.',
      }),
      c('3.7', 'Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức', 2.5, {
        children: [
          c('3.7.1', 'Công khai địa chỉ tiếp nhận phản ánh, kiến nghị', 0.5, {
            guidance: 'Công khai đầy đủ: 0,5 điểm; không công khai: 0 điểm.',
            step: 0.5,
            evidence: 'Ảnh chụp nơi niêm yết; Trang thông tin điện tử.',
          }),
          c('3.7.2', 'Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn', 2, {
            guidance: '100% đúng hạn: 2 điểm; từ 90% đến dưới 100%: 1 điểm; dưới 90%: 0 điểm.',
            ...ratio(2, 90, 1),
            evidence: 'Sổ theo dõi, văn bản trả lời phản ánh, kiến nghị.',
          }),
        ],
      }),
    ],
  }),
  c('4', 'Cải cách tổ chức bộ máy hành chính nhà nước', 10, {
    children: [
      c('4.1', 'Thực hiện quy định về tổ chức bộ máy', 3, {
        children: [
          c('4.1.1', 'Quy định chức năng, nhiệm vụ của các phòng, đơn vị thuộc Sở', 1.5, {
            guidance: 'Ban hành đầy đủ, kịp thời: 1,5 điểm; chưa đầy đủ: 0,5 điểm.',
            step: 0.5,
            evidence: 'Quyết định quy định chức năng, nhiệm vụ, quyền hạn.',
          }),
          c('4.1.2', 'Sắp xếp, kiện toàn tổ chức bộ máy theo quy định', 1.5, {
            guidance: 'Hoàn thành đúng lộ trình: 1,5 điểm; chậm lộ trình: 0,5 điểm.',
            step: 0.5,
            evidence: 'Quyết định của UBND tỉnh về tổ chức lại các đơn vị.',
          }),
        ],
      }),
      c('4.2', 'Quản lý biên chế', 3, {
        children: [
          c('4.2.1', 'Sử dụng biên chế không vượt số được giao', 1.5, {
            guidance: 'Không vượt: 1,5 điểm; vượt: 0 điểm.',
            step: 1.5,
            evidence: 'Báo cáo tình hình sử dụng biên chế.',
          }),
          c('4.2.2', 'Thực hiện tinh giản biên chế theo lộ trình', 1.5, {
            guidance: 'Đạt tỷ lệ tinh giản được giao: 1,5 điểm; chưa đạt: 0,5 điểm.',
            step: 0.5,
            evidence: 'Đề án, báo cáo kết quả tinh giản biên chế.',
          }),
        ],
      }),
      c('4.3', 'Xác định, điều chỉnh vị trí việc làm', 2, {
        guidance: 'Có đề án vị trí việc làm được phê duyệt và cập nhật: 2 điểm; chưa cập nhật: 1 điểm.',
        step: 0.5,
        evidence: 'Quyết định phê duyệt vị trí việc làm.',
      }),
      c('4.4', 'Thực hiện phân cấp, ủy quyền quản lý', 2, {
        guidance: 'Thực hiện đầy đủ, có kiểm tra việc thực hiện: 2 điểm; chưa kiểm tra: 1 điểm.',
        step: 0.5,
        evidence: VB,
      }),
    ],
  }),
  c('5', 'Cải cách chế độ công vụ', 14, {
    children: [
      c('5.1', 'Tuyển dụng, bố trí công chức, viên chức theo vị trí việc làm', 3, {
        children: [
          c('5.1.1', 'Thực hiện tuyển dụng đúng quy định', 1.5, {
            guidance: 'Đúng quy định: 1,5 điểm; có sai sót: 0 điểm.',
            step: 0.5,
            evidence: 'Kế hoạch, quyết định công nhận kết quả tuyển dụng.',
          }),
          c('5.1.2', 'Bố trí công chức, viên chức đúng vị trí việc làm', 1.5, {
            guidance: '100% bố trí đúng: 1,5 điểm; còn trường hợp chưa đúng: 0,5 điểm.',
            step: 0.5,
            evidence: 'Báo cáo của Phòng Tổ chức cán bộ.',
          }),
        ],
      }),
      c('5.2', 'Đánh giá, xếp loại chất lượng công chức, viên chức', 2, {
        guidance: 'Đúng quy định, đúng thời hạn: 2 điểm; chậm: 1 điểm.',
        step: 0.5,
        evidence: 'Quyết định xếp loại chất lượng công chức, viên chức.',
      }),
      c('5.3', 'Đào tạo, bồi dưỡng công chức, viên chức', 2, {
        guidance: 'Hoàn thành 100% kế hoạch: 2 điểm; từ 80% đến dưới 100%: 1 điểm; dưới 80%: 0 điểm.',
        ...ratio(2, 80, 1),
        evidence: 'Kế hoạch, báo cáo kết quả đào tạo, bồi dưỡng.',
      }),
      c('5.4', 'Chấp hành kỷ luật, kỷ cương hành chính, văn hóa công vụ', 4, {
        children: [
          c('5.4.1', 'Thực hiện quy định về văn hóa công vụ, nội quy, quy chế của cơ quan', 1.5, {
            guidance: 'Thực hiện nghiêm, không có vi phạm qua kiểm tra: 1,5 điểm; có vi phạm: 0,5 điểm.',
            step: 0.5,
            evidence: 'Biên bản, thông báo kết luận kiểm tra kỷ luật, kỷ cương hành chính.',
          }),
          c('5.4.2', 'Không có công chức, viên chức bị xử lý kỷ luật', 1.5, {
            guidance: 'Không có: 1,5 điểm; có: 0 điểm.',
            step: 1.5,
            evidence: 'Báo cáo của Phòng Tổ chức cán bộ.',
          }),
          c('5.4.3', 'Chấp hành thời giờ làm việc', 1, {
            guidance: 'Không có vi phạm: 1 điểm; có vi phạm được chấn chỉnh: 0,5 điểm.',
            step: 0.5,
            evidence: 'Biên bản kiểm tra đột xuất.',
          }),
        ],
      }),
      c('5.5', 'Thi đua, khen thưởng gắn với kết quả cải cách hành chính', 1, {
        guidance: 'Có tiêu chí cải cách hành chính trong bình xét thi đua: 1 điểm.',
        step: 0.5,
        evidence: 'Quy chế thi đua, khen thưởng của Sở.',
      }),
      c('5.6', 'Quản lý hồ sơ công chức, viên chức trên cơ sở dữ liệu', 2, {
        guidance: 'Cập nhật đầy đủ, kịp thời: 2 điểm; chưa đầy đủ: 1 điểm.',
        step: 0.5,
        evidence: 'Kết xuất từ cơ sở dữ liệu cán bộ, công chức, viên chức.',
      }),
    ],
  }),
  c('6', 'Cải cách tài chính công', 10, {
    children: [
      c('6.1', 'Quản lý, sử dụng ngân sách nhà nước', 3, {
        children: [
          c('6.1.1', 'Tỷ lệ giải ngân kế hoạch vốn đầu tư công được giao', 1.5, {
            guidance: 'Từ 95% trở lên: 1,5 điểm; từ 80% đến dưới 95%: 1 điểm; dưới 80%: 0 điểm.',
            bands: [
              [95, 1.5],
              [80, 1],
              [0, 0],
            ],
            evidence: 'Báo cáo giải ngân vốn đầu tư công.',
          }),
          c('6.1.2', 'Công khai dự toán, quyết toán ngân sách', 1.5, {
            guidance: 'Đầy đủ, đúng thời hạn: 1,5 điểm; chậm: 0,5 điểm.',
            step: 0.5,
            evidence: 'Quyết định công khai dự toán, quyết toán.',
          }),
        ],
      }),
      c('6.2', 'Thực hiện cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập', 3, {
        guidance: 'Các đơn vị được giao tự chủ theo phương án: 3 điểm; còn đơn vị chưa giao: 1,5 điểm.',
        step: 0.5,
        evidence: 'Quyết định giao quyền tự chủ tài chính.',
      }),
      c('6.3', 'Quản lý, sử dụng tài sản công', 2, {
        guidance: 'Đúng quy định, có quy chế quản lý: 2 điểm; có sai sót: 1 điểm.',
        step: 0.5,
        evidence: 'Quy chế quản lý tài sản; báo cáo kê khai tài sản công.',
      }),
      c('6.4', 'Thực hành tiết kiệm, chống lãng phí', 2, {
        guidance: 'Có chương trình và báo cáo kết quả: 2 điểm; thiếu báo cáo: 1 điểm.',
        step: 0.5,
        evidence: 'Chương trình, báo cáo thực hành tiết kiệm, chống lãng phí.',
      }),
    ],
  }),
  c('7', 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số', 15, {
    children: [
      c('7.1', 'Ứng dụng công nghệ thông tin trong quản lý, điều hành', 3, {
        children: [
          c('7.1.1', 'Tỷ lệ văn bản đi được ký số, gửi nhận qua hệ thống quản lý văn bản (VNPT-iOffice)', 1.5, {
            guidance: '100%: 1,5 điểm; từ 90% đến dưới 100%: 1 điểm; dưới 90%: 0 điểm.',
            ...ratio(1.5, 90, 1),
            evidence: 'Số liệu thống kê trên VNPT-iOffice.',
          }),
          c('7.1.2', 'Sử dụng hệ thống thư điện tử công vụ', 1.5, {
            guidance: '100% công chức sử dụng thường xuyên: 1,5 điểm; chưa đầy đủ: 0,5 điểm.',
            step: 0.5,
            evidence: 'Báo cáo của Văn phòng Sở.',
          }),
        ],
      }),
      c('7.2', 'Trang thông tin điện tử của Sở cung cấp đầy đủ thông tin theo quy định', 2, {
        guidance: 'Đầy đủ, cập nhật thường xuyên: 2 điểm; chưa đầy đủ: 1 điểm.',
        step: 0.5,
        evidence: 'Đường dẫn Trang thông tin điện tử.',
      }),
      c('7.3', 'Kết nối, chia sẻ dữ liệu với Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh', 2, {
        guidance: 'Kết nối đầy đủ các cơ sở dữ liệu chuyên ngành: 2 điểm; một phần: 1 điểm.',
        step: 0.5,
        evidence: VB,
      }),
      c('7.4', 'Thanh toán trực tuyến phí, lệ phí thủ tục hành chính', 2, {
        guidance: 'Từ 50% hồ sơ có phí trở lên: 2 điểm; từ 30% đến dưới 50%: 1 điểm; dưới 30%: 0 điểm.',
        bands: [
          [50, 2],
          [30, 1],
          [0, 0],
        ],
        evidence: 'Số liệu trên Cổng dịch vụ công quốc gia.',
      }),
      c('7.5', 'Bảo đảm an toàn, an ninh thông tin mạng', 2, {
        guidance: 'Có phương án bảo đảm an toàn thông tin được phê duyệt và thực hiện: 2 điểm.',
        step: 0.5,
        evidence: 'Phương án bảo đảm an toàn hệ thống thông tin theo cấp độ.',
      }),
      c('7.6', 'Chuyển đổi số của cơ quan', 2, {
        guidance: 'Hoàn thành kế hoạch chuyển đổi số năm: 2 điểm; từ 80%: 1 điểm.',
        step: 0.5,
        evidence: 'Kế hoạch, báo cáo chuyển đổi số.',
      }),
      c('7.7', 'Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015', 2, {
        guidance: 'Duy trì, cải tiến và công bố lại khi có thay đổi: 2 điểm; chưa cập nhật: 1 điểm.',
        step: 0.5,
        evidence: 'Quyết định công bố Hệ thống quản lý chất lượng.',
      }),
    ],
  }),
  c('8', 'Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội', 12, {
    children: [
      c('8.1', 'Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan', 6, {
        guidance: 'Chỉ số SIPAS từ 90% trở lên: 6 điểm; từ 80%: 4,5 điểm; từ 70%: 3 điểm; dưới 70%: 0 điểm.',
        bands: [
          [90, 6],
          [80, 4.5],
          [70, 3],
          [0, 0],
        ],
        evidence: 'Kết quả Chỉ số SIPAS do UBND tỉnh công bố.',
      }),
      c('8.2', 'Tác động đến thực hiện nhiệm vụ chính trị của ngành', 3, {
        guidance: 'Hoàn thành xuất sắc: 3 điểm; hoàn thành tốt: 2 điểm; hoàn thành: 1 điểm.',
        step: 0.5,
        evidence: 'Báo cáo tổng kết năm của Sở.',
      }),
      c('8.3', 'Kết quả thực hiện các chỉ tiêu kinh tế - xã hội thuộc lĩnh vực quản lý', 3, {
        guidance: 'Đạt 100% chỉ tiêu được giao: 3 điểm; từ 80%: 2 điểm; dưới 80%: 1 điểm.',
        step: 0.5,
        evidence: 'Báo cáo kết quả thực hiện chỉ tiêu kinh tế - xã hội.',
      }),
    ],
  }),
];

/** The demo set's criteria as the rules (and the store) read them: flat, parents first. */
export function demoCriteriaDrafts(): StoredCriterionDraft[] {
  const out: StoredCriterionDraft[] = [];
  const walk = (node: DemoCriterion, parentCode: string | null) => {
    const bands: ScoreBandValue[] | null = node.bands
      ? node.bands.map(([minPercent, points]) => ({ minPercent, points }))
      : null;
    out.push({
      code: node.code,
      parentCode,
      text: node.text,
      maxPoints: node.max,
      bands,
      scoreStep: node.step ?? null,
      measure: node.measure ?? null,
      measureParams: node.params ?? null,
      guidance: node.guidance ?? null,
      expectedEvidence: node.evidence ?? null,
    });
    for (const child of node.children ?? []) walk(child, node.code);
  };
  for (const area of DEMO_CRITERIA) walk(area, null);
  return out;
}

/** The sets of the demo: the same illustrative criteria for 2025 and 2026, each issued once. */
export const DEMO_CRITERIA_SETS = [
  { year: 2025, documentNumber: '118/QĐ-UBND (minh họa)', issuedOn: '2025-01-20', effectiveOn: '2025-01-01' },
  { year: 2026, documentNumber: '96/QĐ-UBND (minh họa)', issuedOn: '2026-01-16', effectiveOn: '2026-01-01' },
] as const;

export const demoCriteriaSetTitle = (year: number) =>
  `Bộ tiêu chí xác định Chỉ số cải cách hành chính của các sở, ban, ngành tỉnh Lạng Sơn năm ${year} (minh họa)`;

/** The 2025 self-assessment, in draft: some criteria scored, one not applicable (illustrative). */
export const DEMO_SCORES_2025: {
  code: string;
  points: number | null;
  explanation?: string;
  notApplicableReason?: string;
}[] = [
  {
    code: '1.1.1',
    points: 0.5,
    explanation: 'Kế hoạch cải cách hành chính năm 2025 số 10/KH-SNN ban hành ngày 15/01/2025 (minh họa).',
  },
  { code: '1.1.2', points: 1 },
  { code: '1.2.1', points: 0.5 },
  { code: '1.2.2', points: 0.25, explanation: 'Báo cáo cải cách hành chính quý III gửi chậm 02 ngày so với quy định.' },
  { code: '1.3.1', points: 0.5 },
  {
    code: '1.3.2',
    points: 0.5,
    explanation:
      'Kiểm tra 9/11 đơn vị theo kế hoạch; Hạt Kiểm lâm khu vực Hữu Lũng và khu vực Đình Lập chưa kiểm tra do đang kiện toàn tổ chức sau khi sắp xếp theo khu vực từ ngày 01/7/2025 (minh họa).',
  },
  {
    code: '2.1.1',
    points: null,
    notApplicableReason: 'Năm 2025 Sở không được giao chủ trì xây dựng văn bản quy phạm pháp luật nào (minh họa).',
  },
  { code: '3.3.1', points: 1.5 },
  { code: '3.4.1', points: 1, explanation: 'Còn một số TTHC chưa đủ điều kiện cung cấp trực tuyến toàn trình.' },
  { code: '3.5', points: 1.5 },
  { code: '5.4.2', points: 1.5 },
  { code: '7.1.1', points: 1.5 },
  { code: '8.1', points: 4.5, explanation: 'Chỉ số SIPAS năm 2025 của Sở đạt 88,64% (minh họa).' },
];

/** A record of the demo's 2025 (demo-2025.ts), named by what identifies it in its year. */
export type DemoEvidenceRecord =
  | { kind: 'DIRECTIVE_DOCUMENT'; number: string }
  | { kind: 'PLAN' }
  | { kind: 'INDEX_RESULT'; index: 'SIPAS' };

/**
 * The 2025 records the draft cites as evidence (tài liệu kiểm chứng) of the criteria they support, added
 * once the records exist (demo-self-assessment.ts). Only with the reform: the demo before it has no 2025.
 */
export const DEMO_EVIDENCE_2025: { code: string; record: DemoEvidenceRecord; pointer?: string }[] = [
  { code: '1.1.1', record: { kind: 'DIRECTIVE_DOCUMENT', number: '10/KH-SNN' } },
  { code: '1.3.1', record: { kind: 'PLAN' }, pointer: 'Phụ lục: danh sách đơn vị được kiểm tra' },
  { code: '1.3.1', record: { kind: 'DIRECTIVE_DOCUMENT', number: '45/QĐ-SNN' } },
  { code: '8.1', record: { kind: 'INDEX_RESULT', index: 'SIPAS' } },
];

/** The criteria whose suggestion, computed from the 2025 records, the draft has accepted. */
export const DEMO_ACCEPTED_2025 = ['1.3.2'];
