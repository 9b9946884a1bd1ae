import type { ChangeSinceReturnKind } from '../../apollo/generated/graphql';
import type { MessageParams } from '../../i18n/messages';
import type { MessageKey } from '../../i18n/vi';

export interface ChangeRow {
  kind: ChangeSinceReturnKind;
  itemLabel?: string | null;
  count: number;
  fromResult?: string | null;
  toResult?: string | null;
}

type Translate = (key: MessageKey, params?: MessageParams) => string;

const result = (value: string | null | undefined, t: Translate) =>
  value ? t(`review.answer.${value}` as MessageKey) : t('reviewLoop.noAnswer');

/** One change since the return as the reviewer reads it: "Kết quả: Đạt → Không áp dụng", "Thêm 2 ảnh". */
export function changeSinceReturnText(row: ChangeRow, t: Translate): string {
  if (row.kind === 'ANSWER' && row.fromResult !== row.toResult) {
    return t('reviewLoop.change.ANSWER', { from: result(row.fromResult, t), to: result(row.toResult, t) });
  }
  if (row.kind === 'ANSWER') return t('reviewLoop.change.ANSWER_TEXT', { count: row.count });
  return t(`reviewLoop.change.${row.kind}` as MessageKey, { count: row.count });
}
