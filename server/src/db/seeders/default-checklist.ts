import type { AnswerType } from '../../features/checklists/checklist.entity.js';

export interface DefaultItem {
  code: string;
  text: string;
  guidance?: string;
  legalBasis?: string;
  answerType: `${AnswerType}`;
  points: number;
  photoRequiredOnFail: boolean;
  required: boolean;
  minValue?: number;
}

export interface DefaultGroup {
  code: string;
  title: string;
  items: DefaultItem[];
}

const CT_26 =
  'Chỉ thị số 26/CT-TTg ngày 05/9/2016 của Thủ tướng Chính phủ về tăng cường kỷ luật, kỷ cương trong các cơ quan hành chính nhà nước các cấp';
const VHCS =
  'Quyết định số 129/2007/QĐ-TTg ngày 02/8/2007 của Thủ tướng Chính phủ ban hành Quy chế văn hóa công sở tại các cơ quan hành chính nhà nước';
const ND61 =
  'Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính';
const PASS_FAIL = 'PASS_FAIL' as const;

/** The default discipline checklist (domain.md, "What a discipline visit checks"). */
export const DEFAULT_CHECKLIST: { code: string; name: string; description: string; groups: DefaultGroup[] } = {
  code: 'KLKC',
  name: 'Kiểm tra kỷ luật, kỷ cương hành chính',
  description:
    'Bộ tiêu chí mặc định kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính, trật tự nội vụ tại các đơn vị trực thuộc.',
  groups: [
    {
      code: '1',
      title: 'Giờ giấc làm việc',
      items: [
        {
          code: '1.1',
          text: 'Cán bộ, công chức, viên chức có mặt đúng giờ làm việc, không đi muộn.',
          legalBasis: CT_26,
          answerType: PASS_FAIL,
          points: 5,
          photoRequiredOnFail: false,
          required: true,
        },
        {
          code: '1.2',
          text: 'Không về sớm, không bỏ vị trí công tác trong giờ làm việc.',
          legalBasis: CT_26,
          answerType: PASS_FAIL,
          points: 5,
          photoRequiredOnFail: false,
          required: true,
        },
        {
          code: '1.3',
          text: 'Số người vắng mặt không có lý do tại thời điểm kiểm tra.',
          guidance: 'Ghi số người; 0 nếu không có.',
          answerType: 'NUMBER',
          minValue: 0,
          points: 0,
          photoRequiredOnFail: false,
          required: true,
        },
        {
          code: '1.4',
          text: 'Không làm việc riêng, chơi trò chơi điện tử trong giờ làm việc.',
          legalBasis: CT_26,
          answerType: PASS_FAIL,
          points: 5,
          photoRequiredOnFail: true,
          required: true,
        },
        {
          code: '1.5',
          text: 'Không sử dụng đồ uống có cồn trước, trong giờ làm việc và giờ nghỉ trưa.',
          legalBasis: CT_26,
          answerType: PASS_FAIL,
          points: 5,
          photoRequiredOnFail: false,
          required: true,
        },
      ],
    },
    {
      code: '2',
      title: 'Văn hóa công sở',
      items: [
        {
          code: '2.1',
          text: 'Đeo thẻ công chức, viên chức trong khi thực hiện nhiệm vụ.',
          legalBasis: VHCS,
          answerType: PASS_FAIL,
          points: 5,
          photoRequiredOnFail: true,
          required: true,
        },
        {
          code: '2.2',
          text: 'Trang phục gọn gàng, lịch sự.',
          legalBasis: VHCS,
          answerType: PASS_FAIL,
          points: 3,
          photoRequiredOnFail: false,
          required: true,
        },
        {
          code: '2.3',
          text: 'Có biển tên cơ quan, biển tên phòng và chức danh trên bàn làm việc.',
          legalBasis: VHCS,
          answerType: PASS_FAIL,
          points: 3,
          photoRequiredOnFail: true,
          required: true,
        },
        {
          code: '2.4',
          text: 'Phòng làm việc gọn gàng, sạch sẽ.',
          answerType: PASS_FAIL,
          points: 3,
          photoRequiredOnFail: true,
          required: true,
        },
        {
          code: '2.5',
          text: 'Lịch công tác tuần được công khai.',
          answerType: PASS_FAIL,
          points: 3,
          photoRequiredOnFail: false,
          required: true,
        },
      ],
    },
    {
      code: '3',
      title: 'Nội quy, quy chế',
      items: [
        {
          code: '3.1',
          text: 'Có quy chế làm việc, còn hiệu lực, được phổ biến đến cán bộ.',
          answerType: PASS_FAIL,
          points: 5,
          photoRequiredOnFail: false,
          required: true,
        },
        {
          code: '3.2',
          text: 'Có quy chế chi tiêu nội bộ.',
          answerType: PASS_FAIL,
          points: 4,
          photoRequiredOnFail: false,
          required: true,
        },
        {
          code: '3.3',
          text: 'Có quy chế quản lý, sử dụng tài sản công.',
          answerType: PASS_FAIL,
          points: 4,
          photoRequiredOnFail: false,
          required: true,
        },
        {
          code: '3.4',
          text: 'Có quy chế thực hiện dân chủ ở cơ sở.',
          answerType: PASS_FAIL,
          points: 4,
          photoRequiredOnFail: false,
          required: true,
        },
        {
          code: '3.5',
          text: 'Có quy tắc ứng xử của cán bộ, công chức, viên chức.',
          answerType: PASS_FAIL,
          points: 3,
          photoRequiredOnFail: false,
          required: true,
        },
      ],
    },
    {
      code: '4',
      title: 'Công khai thủ tục hành chính và một cửa',
      items: [
        {
          code: '4.1',
          text: 'Niêm yết đầy đủ, cập nhật các thủ tục hành chính, phí, lệ phí.',
          legalBasis: ND61,
          answerType: PASS_FAIL,
          points: 5,
          photoRequiredOnFail: true,
          required: true,
        },
        {
          code: '4.2',
          text: 'Công khai số điện thoại đường dây nóng, địa chỉ thư điện tử tiếp nhận phản ánh.',
          legalBasis: ND61,
          answerType: PASS_FAIL,
          points: 4,
          photoRequiredOnFail: true,
          required: true,
        },
        {
          code: '4.3',
          text: 'Bộ phận một cửa bố trí người trực đầy đủ.',
          legalBasis: ND61,
          answerType: PASS_FAIL,
          points: 4,
          photoRequiredOnFail: false,
          required: true,
        },
        {
          code: '4.4',
          text: 'Có giấy tiếp nhận hồ sơ và sổ theo dõi hồ sơ.',
          legalBasis: ND61,
          answerType: PASS_FAIL,
          points: 4,
          photoRequiredOnFail: false,
          required: true,
        },
        {
          code: '4.5',
          text: 'Có phiếu xin lỗi cho mọi hồ sơ giải quyết quá hạn.',
          legalBasis: ND61,
          answerType: PASS_FAIL,
          points: 4,
          photoRequiredOnFail: false,
          required: true,
        },
        {
          code: '4.6',
          text: 'Không yêu cầu nộp thêm tiền ngoài phí, lệ phí theo quy định.',
          legalBasis: ND61,
          answerType: PASS_FAIL,
          points: 5,
          photoRequiredOnFail: false,
          required: true,
        },
      ],
    },
    {
      code: '5',
      title: 'Tiếp nhận phản ánh, kiến nghị',
      items: [
        {
          code: '5.1',
          text: 'Phản ánh, kiến nghị được tiếp nhận, vào sổ và trả lời đúng hạn.',
          answerType: PASS_FAIL,
          points: 5,
          photoRequiredOnFail: false,
          required: true,
        },
        {
          code: '5.2',
          text: 'Có hòm thư góp ý.',
          answerType: PASS_FAIL,
          points: 2,
          photoRequiredOnFail: true,
          required: true,
        },
        {
          code: '5.3',
          text: 'Số phản ánh, kiến nghị nhận được trong năm.',
          answerType: 'NUMBER',
          minValue: 0,
          points: 0,
          photoRequiredOnFail: false,
          required: false,
        },
      ],
    },
    {
      code: '6',
      title: 'Văn bản và hồ sơ',
      items: [
        {
          code: '6.1',
          text: 'Văn bản đến, đi được xử lý trên hệ thống quản lý văn bản điện tử (VNPT-iOffice).',
          answerType: PASS_FAIL,
          points: 4,
          photoRequiredOnFail: false,
          required: true,
        },
        {
          code: '6.2',
          text: 'Hồ sơ công việc được lập và lưu trữ gọn gàng, đúng quy định.',
          answerType: PASS_FAIL,
          points: 3,
          photoRequiredOnFail: false,
          required: true,
        },
        {
          code: '6.3',
          text: 'Ý kiến khác của đoàn kiểm tra.',
          answerType: 'TEXT',
          points: 0,
          photoRequiredOnFail: false,
          required: false,
        },
      ],
    },
  ],
};
