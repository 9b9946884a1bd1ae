import { isMinutesSignature } from '@kycuong/rules';
import type { MessageKey } from '../../i18n/vi';
import { itemIdOf, type OutboxEntry } from '../../offline/field-writes';

/** A queued write in plain words for the sync screen: "Kết quả tiêu chí 1.2", "Chữ ký trưởng đoàn"... */
export function describeEntry(
  entry: OutboxEntry,
  itemCodeOf: (itemId: string) => string | null,
): { key: MessageKey; params: Record<string, string> } {
  const itemId = itemIdOf(entry.input);
  const code = (itemId && itemCodeOf(itemId)) || '?';
  switch (entry.kind) {
    case 'ANSWER_ITEM':
      return { key: 'sync.kind.ANSWER_ITEM', params: { code } };
    case 'ATTACH_VISIT_FILE':
      if (isMinutesSignature(entry.input.kind)) return { key: `sync.kind.${entry.input.kind}`, params: {} };
      return itemId ? { key: 'sync.kind.PHOTO', params: { code } } : { key: 'sync.kind.PHOTO_VISIT', params: {} };
    case 'SAVE_FINDING':
      return itemId
        ? { key: 'sync.kind.FINDING_OF_ITEM', params: { code } }
        : { key: 'sync.kind.SAVE_FINDING', params: {} };
    default:
      return { key: `sync.kind.${entry.kind}`, params: {} };
  }
}
