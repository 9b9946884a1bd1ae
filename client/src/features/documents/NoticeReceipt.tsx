import type { NoticeReceiptFieldsFragment } from '../../apollo/generated/graphql';
import { formatInstant } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';

/** Whether the inspected unit has acknowledged receipt of the conclusion notice: the day and who. */
export function NoticeReceipt({ receipt }: { receipt: NoticeReceiptFieldsFragment | null | undefined }) {
  const { t } = useI18n();
  if (!receipt) {
    return (
      <p className="muted" data-testid="notice-receipt">
        {t('documents.noticeNotAcknowledged')}
      </p>
    );
  }
  return (
    <p data-testid="notice-receipt">
      {t('documents.noticeAcknowledged', {
        date: formatInstant(receipt.acknowledgedAt),
        name: receipt.acknowledgedByName,
      })}
    </p>
  );
}
