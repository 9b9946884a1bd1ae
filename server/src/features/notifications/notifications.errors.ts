import { AppError, type ErrorCodeOf } from '../../common/app-error.js';

export const NotificationErrors = {
  notFound: () => new AppError('NOTIFICATION_NOT_FOUND', 'Không tìm thấy thông báo này trong hộp thư của bạn.'),
  pushEndpointInvalid: () =>
    new AppError(
      'PUSH_SUBSCRIPTION_INVALID',
      'Đăng ký nhận thông báo đẩy của trình duyệt không hợp lệ. Hãy tắt rồi bật lại thông báo đẩy.',
      { field: 'endpoint' },
    ),
  emailAddressRequired: () =>
    new AppError('NOTIFICATION_EMAIL_REQUIRED', 'Nhập địa chỉ thư điện tử để nhận thông báo qua thư.', {
      field: 'emailAddress',
    }),
};

export type NotificationErrorCode = ErrorCodeOf<typeof NotificationErrors>;
