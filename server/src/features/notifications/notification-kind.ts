import { type EnumValue, graphqlEnum } from '../../common/graphql-enum.js';

/** What a notification tells its recipient: each kind has its audience (notification-recipients.ts). */
export const NotificationKind = graphqlEnum({ name: 'NotificationKind', description: 'Loại thông báo' }, [
  /** Văn phòng trả lại cuộc kiểm tra cho đoàn */
  'VISIT_RETURNED',
  /** Cuộc kiểm tra được phê duyệt: tồn tại, hạn chế mới của đơn vị */
  'FINDINGS_ISSUED',
  /** Đơn vị báo cáo khắc phục, chờ Văn phòng xem xét */
  'REMEDIATION_REPORTED',
  /** Hạn khắc phục trong 7 ngày tới */
  'DEADLINE_SOON',
  /** Quá hạn khắc phục */
  'DEADLINE_PASSED',
  /** Ngày mai đi kiểm tra */
  'VISIT_TOMORROW',
  /** Đoàn được giao kiểm tra một đơn vị trong kế hoạch */
  'VISIT_PLANNED',
]);
export type NotificationKind = EnumValue<typeof NotificationKind>;

export const ALL_NOTIFICATION_KINDS: readonly NotificationKind[] = Object.values(NotificationKind);

/** Where a notification is also sent, besides the in-app inbox (always). */
export const NotificationChannel = graphqlEnum(
  { name: 'NotificationChannel', description: 'Kênh nhận thông báo ngoài hộp thư trong ứng dụng' },
  ['PUSH', 'EMAIL'],
);
export type NotificationChannel = EnumValue<typeof NotificationChannel>;
