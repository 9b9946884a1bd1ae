import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';

/** A difference in points with an arrow and a word, so it reads without colour: "▲ tăng 0,25". */
export function DifferenceText({ value }: { value: number }) {
  const { t } = useI18n();
  const points = formatNumber(Math.abs(value));
  if (value > 0) return <span className="trend trend-up">{t('selfAssessment.up', { points })}</span>;
  if (value < 0) return <span className="trend trend-down">{t('selfAssessment.down', { points })}</span>;
  return <span className="trend">{t('selfAssessment.same')}</span>;
}
