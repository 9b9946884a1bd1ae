import { AppError, type ErrorCodeOf } from '../../../common/app-error.js';

/** The evidence pack (.zip) of a self-assessment: finding it, downloading it, and why building it failed. */
export const EvidencePackErrors = {
  notFound: () => new AppError('EVIDENCE_PACK_NOT_FOUND', 'Không tìm thấy bộ tài liệu kiểm chứng.'),
  notReady: () =>
    new AppError(
      'EVIDENCE_PACK_NOT_READY',
      'Bộ tài liệu kiểm chứng chưa tạo xong (hoặc không tạo được): chưa tải về được.',
    ),
  fileMissing: (code: string) =>
    new AppError(
      'EVIDENCE_PACK_FILE_MISSING',
      `Không đọc được tệp kiểm chứng đã tải lên của tiêu chí ${code}: tệp không còn trong kho lưu trữ. Hãy tải tệp lên lại rồi tạo lại bộ tài liệu.`,
      { code },
    ),
  failed: () =>
    new AppError(
      'EVIDENCE_PACK_FAILED',
      'Không tạo được bộ tài liệu kiểm chứng do lỗi không mong muốn. Vui lòng thử lại sau.',
    ),
};

export type EvidencePackErrorCode = ErrorCodeOf<typeof EvidencePackErrors>;
