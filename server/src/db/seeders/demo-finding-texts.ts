import type { FindingWording } from '@kycuong/rules';

/**
 * What the demo's inspectors wrote for each failed item (thực trạng phát hiện, kiến nghị), by the short
 * note the visit lists (demo-inspections.ts). Kept apart so that the visits' dates and the wording can be
 * edited independently; the figures of the roll-up and the 2021 report do not read these texts.
 */
const WORDING: Record<string, { found: string; recommendation: string }> = {
  'Hai viên chức không đeo thẻ.': {
    found: 'Lúc 7h45 ngày kiểm tra, 2/9 viên chức có mặt tại trạm không đeo thẻ viên chức; thẻ để tại bàn làm việc.',
    recommendation: 'Yêu cầu viên chức đeo thẻ trong giờ làm việc; lãnh đạo Hạt kiểm tra việc chấp hành hằng ngày.',
  },
  'Thiếu biển chức danh ở phòng kế toán.': {
    found: 'Phòng kế toán (tầng 2) không có biển ghi tên, chức danh của 2 công chức làm việc tại phòng.',
    recommendation: 'Bổ sung biển chức danh theo mẫu chung của Sở.',
  },
  'Số đường dây nóng niêm yết đã cũ.': {
    found:
      'Bảng niêm yết tại sảnh ghi số đường dây nóng 0205.3870xxx; gọi thử không liên lạc được, số đã thay từ tháng 3.',
    recommendation: 'Cập nhật số đường dây nóng đang dùng trên bảng niêm yết và trang thông tin điện tử.',
  },
  'Kho hồ sơ chưa sắp xếp.': {
    found: 'Kho lưu trữ có khoảng 40 hộp hồ sơ xếp dưới sàn, không có nhãn hộp, không có mục lục hồ sơ.',
    recommendation: 'Chỉnh lý, lập mục lục và sắp xếp hồ sơ lên giá theo quy định về lưu trữ.',
  },
  'Hồ sơ công việc năm 2020 chưa lập đủ.': {
    found: 'Danh mục hồ sơ năm 2020 có 18 hồ sơ; kiểm tra thực tế mới lập 11 hồ sơ, 7 hồ sơ chưa có văn bản kết thúc.',
    recommendation: 'Hoàn thiện 7 hồ sơ còn thiếu và nộp lưu vào lưu trữ cơ quan.',
  },
  'Quy chế chi tiêu nội bộ chưa sửa theo định mức mới.': {
    found:
      'Quy chế chi tiêu nội bộ đang áp dụng ban hành năm 2019, định mức công tác phí chưa điều chỉnh theo quy định mới.',
    recommendation: 'Sửa đổi quy chế chi tiêu nội bộ, lấy ý kiến công chức và ban hành lại.',
  },
  'Bộ quy tắc ứng xử chưa niêm yết.': {
    found: 'Không thấy Bộ quy tắc ứng xử niêm yết tại trụ sở; phòng chỉ lưu bản giấy trong tủ hồ sơ.',
    recommendation: 'Niêm yết Bộ quy tắc ứng xử tại nơi dễ thấy và phổ biến đến toàn thể công chức.',
  },
  'Một số văn bản đến chưa xử lý trên iOffice.': {
    found: 'Trên iOffice còn 6 văn bản đến quá 5 ngày làm việc chưa có ý kiến xử lý của lãnh đạo phòng.',
    recommendation: 'Xử lý dứt điểm văn bản tồn và theo dõi hạn xử lý văn bản hằng tuần.',
  },
  'Vẫn còn viên chức không đeo thẻ.': {
    found:
      'Lúc 8h10 ngày kiểm tra, 1 viên chức trực tại trạm không đeo thẻ; tồn tại này đã nêu tại lần kiểm tra trước.',
    recommendation: 'Kiểm điểm viên chức vi phạm; lãnh đạo Hạt chịu trách nhiệm theo dõi việc đeo thẻ.',
  },
  'Phòng kế toán vẫn thiếu biển chức danh.': {
    found: 'Phòng kế toán vẫn chưa có biển chức danh dù đơn vị đã báo cáo khắc phục sau lần kiểm tra trước.',
    recommendation: 'Lắp biển chức danh ngay, gửi ảnh chụp về Văn phòng Sở.',
  },
  'Ba viên chức đến muộn không có lý do.': {
    found:
      'Lúc 7h30 ngày kiểm tra, 3/12 viên chức chưa có mặt; đến 7h55 mới có mặt, không có lý do, sổ chấm công vẫn ghi đủ.',
    recommendation: 'Chấn chỉnh giờ giấc làm việc, chấm công đúng thực tế, kiểm điểm 3 viên chức đến muộn.',
  },
  'Hai viên chức uống rượu bia trong giờ nghỉ trưa.': {
    found:
      'Theo phản ánh và xác minh của Đoàn, 2 viên chức uống bia tại quán gần trụ sở trong giờ nghỉ trưa rồi trở lại làm việc.',
    recommendation: 'Tổ chức kiểm điểm, xem xét xử lý kỷ luật theo quy định; báo cáo kết quả về Sở.',
  },
  'Số đường dây nóng niêm yết vẫn chưa cập nhật.': {
    found: 'Bảng niêm yết tại sảnh vẫn ghi số đường dây nóng cũ, không liên lạc được.',
    recommendation: 'Thay bảng niêm yết, ghi số đường dây nóng đang dùng.',
  },
  'Không lập phiếu xin lỗi cho 4 hồ sơ trễ hạn.': {
    found: 'Sổ theo dõi có 4 hồ sơ TTHC giải quyết trễ hạn; không có phiếu xin lỗi và hẹn lại ngày trả kết quả.',
    recommendation: 'Lập phiếu xin lỗi cho mọi hồ sơ trễ hạn và nêu rõ nguyên nhân trong báo cáo TTHC.',
  },
  'Bảng niêm yết TTHC chưa cập nhật phí, lệ phí mới.': {
    found: 'Bảng niêm yết TTHC tại bộ phận một cửa còn ghi mức phí thẩm định cũ ở 3 thủ tục.',
    recommendation: 'Cập nhật mức phí, lệ phí đang áp dụng trên bảng niêm yết và Cổng dịch vụ công.',
  },
  'Kho hồ sơ vẫn chưa sắp xếp.': {
    found: 'Kho lưu trữ vẫn để hồ sơ dưới sàn, chưa chỉnh lý; tồn tại đã nêu tại lần kiểm tra trước.',
    recommendation: 'Bố trí kinh phí chỉnh lý hồ sơ; báo cáo tiến độ hằng quý.',
  },
  'Hồ sơ công việc năm 2021 chưa lập đủ.': {
    found: 'Danh mục hồ sơ năm 2021 có 20 hồ sơ; thực tế mới lập 14 hồ sơ, còn 6 hồ sơ chưa đủ văn bản.',
    recommendation: 'Hoàn thiện hồ sơ còn thiếu và nộp lưu đúng hạn.',
  },
  'Sổ tiếp nhận phản ánh, kiến nghị chưa ghi kết quả trả lời.': {
    found: 'Sổ tiếp nhận phản ánh, kiến nghị có 5 lượt; không lượt nào ghi ngày và kết quả trả lời.',
    recommendation: 'Ghi đầy đủ kết quả xử lý, trả lời vào sổ và thông báo cho người phản ánh.',
  },
  'Trang phục một số viên chức chưa đúng quy định.': {
    found: 'Ngày kiểm tra, 2 viên chức trực tại bộ phận tiếp nhận mặc trang phục không đúng quy định của ngành.',
    recommendation: 'Nhắc nhở viên chức thực hiện đúng quy định về trang phục khi thi hành công vụ.',
  },
  // 2025 (demo-2025.ts)
  'Hai viên chức đến muộn không có lý do.': {
    found: 'Lúc 7h30 ngày kiểm tra, 2/9 viên chức chưa có mặt tại trụ sở; đến 7h50 mới có mặt, không có lý do.',
    recommendation: 'Chấn chỉnh giờ giấc làm việc; lãnh đạo Hạt theo dõi hằng ngày và nhắc nhở 2 viên chức đến muộn.',
  },
  'Một phản ánh chưa được trả lời, đã quá hạn.': {
    found:
      'Sổ tiếp nhận phản ánh, kiến nghị năm 2025 có 4 lượt; phản ánh ngày 14/02 về chất lượng phân bón chưa được trả lời, đã quá thời hạn giải quyết.',
    recommendation: 'Trả lời ngay phản ánh tồn đọng; theo dõi thời hạn trả lời trên sổ tiếp nhận.',
  },
  'Quy chế làm việc chưa ban hành lại sau hợp nhất.': {
    found:
      'Chi cục vẫn áp dụng Quy chế làm việc ban hành khi còn thuộc Sở Tài nguyên và Môi trường; chưa xây dựng quy chế theo tổ chức của Sở Nông nghiệp và Môi trường từ ngày 01/3/2025.',
    recommendation: 'Xây dựng, ban hành Quy chế làm việc mới và phổ biến đến toàn thể công chức.',
  },
  'Phòng làm việc để hồ sơ, dụng cụ dưới sàn.': {
    found:
      'Phòng làm việc của tổ quản lý bảo vệ rừng để khoảng 20 cặp hồ sơ và dụng cụ chữa cháy rừng dưới sàn; tủ hồ sơ không có nhãn.',
    recommendation: 'Sắp xếp lại phòng làm việc, đưa dụng cụ vào kho, dán nhãn tủ hồ sơ.',
  },
  'Không lập phiếu xin lỗi cho 3 hồ sơ trễ hạn.': {
    found:
      'Sổ theo dõi hồ sơ có 3 hồ sơ xác nhận bảng kê lâm sản trả kết quả trễ từ 2 đến 5 ngày; không có phiếu xin lỗi và hẹn lại ngày trả kết quả.',
    recommendation:
      'Lập phiếu xin lỗi cho mọi hồ sơ trễ hạn, gửi người nộp hồ sơ và lưu cùng hồ sơ; báo cáo kết quả về Sở.',
  },
  'Biển tên chưa thay theo tên đơn vị mới.': {
    found:
      'Biển tên tại cổng trụ sở và biển các phòng vẫn ghi "Hạt Kiểm lâm huyện Văn Lãng"; chưa thay theo tên Hạt Kiểm lâm khu vực Văn Lãng từ ngày 01/7/2025.',
    recommendation: 'Thay biển tên cơ quan, biển phòng và biển chức danh theo tên đơn vị mới.',
  },
  'Chưa ban hành quy chế chi tiêu nội bộ năm 2025.': {
    found:
      'Đơn vị chưa ban hành Quy chế chi tiêu nội bộ năm 2025; vẫn chi theo quy chế năm 2023 của Sở Tài nguyên và Môi trường, định mức công tác phí chưa theo quy định hiện hành.',
    recommendation: 'Xây dựng, lấy ý kiến công chức và ban hành Quy chế chi tiêu nội bộ năm 2025.',
  },
  'Lịch công tác tuần không được công khai.': {
    found:
      'Lịch công tác tuần không niêm yết tại bảng tin; trên trang thông tin điện tử, lịch gần nhất là của tuần 18/8-22/8.',
    recommendation:
      'Công khai lịch công tác tuần tại bảng tin và trên trang thông tin điện tử trước sáng thứ Hai hằng tuần.',
  },
};

/** What the inspector wrote for a demo failure; the note itself when the table has no entry. */
export function demoWording(note: string): FindingWording {
  const wording = WORDING[note];
  return { foundText: wording?.found ?? note, recommendation: wording?.recommendation ?? null };
}
