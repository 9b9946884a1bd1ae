import type { useI18n } from '../../i18n/I18nProvider';

/** An index's rank as written: "xếp hạng 5/20" when the number ranked is known, "xếp hạng 5" when not. */
export function rankText(t: ReturnType<typeof useI18n>['t'], rank: number, rankOf: number | null | undefined): string {
  return rankOf ? t('registers.indexRankOf', { rank, of: rankOf }) : t('registers.indexRank', { rank });
}
