import { formatDate } from '@kycuong/rules';
import type { NotificationKind } from './notification-kind.js';

/** What a notification is about, as its text needs it. */
export interface NotificationFacts {
  kind: NotificationKind;
  /** The visit or finding. */
  recordId: string;
  unitName: string;
  /** VISIT_RETURNED: the reviewer's general comment, if any. */
  comment?: string | null;
  /** FINDINGS_ISSUED: how many findings the approved visit gave the unit. */
  findingCount?: number;
  /** Finding kinds: its text, shortened. */
  findingText?: string;
  /** Deadline kinds: the remediation deadline (yyyy-MM-dd). */
  deadline?: string;
  /** VISIT_TOMORROW: the day of the visit; VISIT_PLANNED: the planned month and year. */
  visitDate?: string;
  plannedMonth?: number | null;
  year?: number;
}

export interface NotificationText {
  title: string;
  body: string;
  /** The record's address in the app (client/src/app/routes.ts: /cuoc-kiem-tra, /ton-tai). */
  link: string;
}

const VISIT_PATH = '/cuoc-kiem-tra/';
const FINDING_PATH = '/ton-tai/';
const FINDINGS_PATH = '/ton-tai';

function shorten(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The Vietnamese title, body and record address of a notification: stored with it, sent as push and e-mail. */
export function notificationText(facts: NotificationFacts): NotificationText {
  const unit = facts.unitName;
  const finding = shorten(facts.findingText ?? '');
  switch (facts.kind) {
    case 'VISIT_RETURNED':
      return {
        title: `Cuộc kiểm tra ${unit} bị trả lại`,
        body: facts.comment
          ? `Văn phòng Sở trả lại để bổ sung: ${shorten(facts.comment)}`
          : 'Văn phòng Sở trả lại để bổ sung theo góp ý từng tiêu chí.',
        link: VISIT_PATH + facts.recordId,
      };
    case 'FINDINGS_ISSUED':
      return {
        title: `${unit}: ${facts.findingCount ?? 0} tồn tại, hạn chế mới`,
        body: 'Cuộc kiểm tra đã được phê duyệt. Đề nghị đơn vị xem và khắc phục đúng hạn.',
        link: FINDINGS_PATH,
      };
    case 'REMEDIATION_REPORTED':
      return {
        title: `${unit} đã báo cáo khắc phục`,
        body: `Chờ Văn phòng Sở xem xét: ${finding}`,
        link: FINDING_PATH + facts.recordId,
      };
    case 'DEADLINE_SOON':
      return {
        title: `Sắp đến hạn khắc phục: ${formatDate(facts.deadline ?? '')}`,
        body: `${unit}: ${finding}`,
        link: FINDING_PATH + facts.recordId,
      };
    case 'DEADLINE_PASSED':
      return {
        title: `Quá hạn khắc phục từ ${formatDate(facts.deadline ?? '')}`,
        body: `${unit}: ${finding}`,
        link: FINDING_PATH + facts.recordId,
      };
    case 'VISIT_TOMORROW':
      return {
        title: `Ngày mai (${formatDate(facts.visitDate ?? '')}) kiểm tra ${unit}`,
        body: 'Mở cuộc kiểm tra trên điện thoại để tải về trước khi đi.',
        link: VISIT_PATH + facts.recordId,
      };
    case 'VISIT_PLANNED':
      return {
        title: `Đoàn được giao kiểm tra ${unit}`,
        body: facts.plannedMonth
          ? `Theo kế hoạch năm ${facts.year ?? ''}, tháng ${facts.plannedMonth}.`
          : `Theo kế hoạch năm ${facts.year ?? ''}.`,
        link: VISIT_PATH + facts.recordId,
      };
  }
}
