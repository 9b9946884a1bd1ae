import { AppError, type ErrorCodeOf } from '../../common/app-error.js';

export const NoticeErrors = {
  visitNotApproved: () =>
    new AppError(
      'NOTICE_VISIT_NOT_APPROVED',
      'Cuộc kiểm tra chưa được phê duyệt nên chưa có thông báo kết luận để xác nhận.',
    ),
  visitNotApprovedToIssue: () =>
    new AppError(
      'NOTICE_VISIT_NOT_APPROVED',
      'Cuộc kiểm tra chưa được phê duyệt nên chưa ban hành được thông báo kết luận.',
    ),
  notYourUnit: () =>
    new AppError(
      'NOTICE_NOT_YOUR_UNIT',
      'Chỉ thủ trưởng của đơn vị được kiểm tra mới xác nhận đã nhận thông báo kết luận này.',
    ),
  notIssued: () =>
    new AppError(
      'NOTICE_NOT_ISSUED',
      'Thông báo kết luận của cuộc kiểm tra này chưa được Văn phòng Sở ban hành (chưa có số, ngày).',
    ),
  numberInvalid: () =>
    new AppError('NOTICE_NUMBER_INVALID', 'Số thông báo phải có dạng số/TB-ký hiệu cơ quan, ví dụ 25/TB-SNNMT.', {
      field: 'number',
    }),
  issuedBeforeApproval: (approvedOn: string) =>
    new AppError(
      'NOTICE_ISSUED_BEFORE_APPROVAL',
      `Ngày ban hành không được trước ngày cuộc kiểm tra được phê duyệt (${approvedOn}).`,
      { field: 'issuedOn' },
    ),
  issuedInFuture: () =>
    new AppError('NOTICE_ISSUED_IN_FUTURE', 'Ngày ban hành không được sau ngày hôm nay.', { field: 'issuedOn' }),
  strengthsRequired: () =>
    new AppError('NOTICE_STRENGTHS_REQUIRED', 'Vui lòng ghi ưu điểm của đơn vị.', { field: 'strengths' }),
  signerRequired: () =>
    new AppError('NOTICE_SIGNER_REQUIRED', 'Vui lòng ghi họ tên người ký thông báo.', { field: 'signerName' }),
  reportDueRequired: () =>
    new AppError(
      'NOTICE_REPORT_DUE_REQUIRED',
      'Cuộc kiểm tra có tồn tại, hạn chế: vui lòng ghi ngày đơn vị phải báo cáo kết quả khắc phục.',
      { field: 'reportDueOn' },
    ),
  reportDueNotAfterIssue: () =>
    new AppError(
      'NOTICE_REPORT_DUE_NOT_AFTER_ISSUE',
      'Hạn báo cáo kết quả khắc phục phải sau ngày ban hành thông báo.',
      { field: 'reportDueOn' },
    ),
  reportDueWithoutFindings: () =>
    new AppError(
      'NOTICE_REPORT_DUE_WITHOUT_FINDINGS',
      'Cuộc kiểm tra không có tồn tại, hạn chế nên không có hạn báo cáo khắc phục.',
      { field: 'reportDueOn' },
    ),
  alreadyReceived: () =>
    new AppError('NOTICE_ALREADY_RECEIVED', 'Đơn vị đã xác nhận nhận thông báo này nên không sửa được nữa.'),
};

export type NoticeErrorCode = ErrorCodeOf<typeof NoticeErrors>;
