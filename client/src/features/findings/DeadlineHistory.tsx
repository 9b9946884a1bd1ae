import { formatDate, formatInstant } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { TitledSection } from '../../ui/TitledSection';
import type { Finding } from './finding-detail';

/** Lịch sử gia hạn: each move of the deadline, old and new day, why, who and when; nothing when none. */
export function DeadlineHistory({ finding }: { finding: Finding }) {
  const { t } = useI18n();
  if (finding.deadlineExtensions.length === 0) return null;
  return (
    <TitledSection
      titleId="deadline-history-title"
      title={t('findings.deadlineHistory')}
      className="card stack"
      testId="deadline-history"
    >
      <ol className="stack">
        {finding.deadlineExtensions.map((change) => (
          <li key={change.id}>
            <strong>
              {t('findings.deadlineChange', {
                from: change.previousDeadline ? formatDate(change.previousDeadline) : t('findings.noDeadline'),
                to: formatDate(change.newDeadline),
              })}
            </strong>
            <p className="pre-line">{change.reason}</p>
            <p className="muted">
              {t('findings.deadlineChangeBy', { date: formatInstant(change.extendedAt), name: change.extendedByName })}
            </p>
          </li>
        ))}
      </ol>
    </TitledSection>
  );
}
