import { formatDate, formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Figure, type OpenDrill, type Rollup, Section } from './DashboardParts';
import { mostOverdue } from './figures';

const REMEDIATION = [
  { field: 'fixedOnTime', figure: 'FINDINGS_FIXED_ON_TIME', label: 'dashboard.fixedOnTime', tone: 'success' },
  { field: 'fixedLate', figure: 'FINDINGS_FIXED_LATE', label: 'dashboard.fixedLate', tone: 'warning' },
  { field: 'overdue', figure: 'FINDINGS_OVERDUE', label: 'dashboard.overdue', tone: 'danger' },
  { field: 'open', figure: 'FINDINGS_OPEN', label: 'dashboard.open', tone: 'primary' },
] as const;

/** The findings of the year: fixed on time, late, overdue, still open; the groups most overdue. */
export function RemediationSection({ rollup, onDrill }: { rollup: Rollup; onDrill: OpenDrill }) {
  const { t } = useI18n();
  const { total } = rollup.findings;
  const overdue = mostOverdue(rollup.findings.byGroupAndSeverity, 3);
  return (
    <Section title={t('dashboard.remediation')} testId="section-remediation">
      <Figure
        testId="figure-findings"
        onDrill={onDrill}
        drill={{ figure: 'FINDINGS', key: null, title: t('dashboard.remediation') }}
      >
        <span className="dash-big">{formatNumber(total.total)}</span>
        <span>{t('dashboard.findingsTotal', { count: total.total })}</span>
        <span className="dash-stack" aria-hidden="true">
          {REMEDIATION.map((part) =>
            total[part.field] > 0 ? (
              <span key={part.field} className={`dash-tone-${part.tone}`} style={{ flexGrow: total[part.field] }} />
            ) : null,
          )}
        </span>
      </Figure>
      <div className="dash-counts">
        {REMEDIATION.map((part) => (
          <Figure
            key={part.field}
            testId={`figure-findings-${part.field}`}
            onDrill={onDrill}
            drill={{ figure: part.figure, key: null, title: t(part.label) }}
          >
            <span className={`dash-count dash-text-${part.tone}`}>{formatNumber(total[part.field])}</span>
            <span className="dash-legend">
              <span className={`dash-swatch dash-tone-${part.tone}`} aria-hidden="true" />
              {t(part.label)}
            </span>
          </Figure>
        ))}
      </div>
      {overdue.length > 0 && <h3 className="dash-sub">{t('dashboard.attentionOverdue')}</h3>}
      {overdue.map((group) => (
        <Figure
          key={group.groupCode}
          testId={`figure-overdue-${group.groupCode}`}
          onDrill={onDrill}
          drill={{ figure: 'FINDINGS_OVERDUE', key: group.groupCode, title: group.groupTitle }}
        >
          <span className="dash-row">
            <span className="dash-label">{group.groupTitle}</span>
            <strong className="dash-text-danger">{t('dashboard.overdueCount', { count: group.overdue })}</strong>
          </span>
        </Figure>
      ))}
      {rollup.repeatFindings > 0 && (
        <Figure
          testId="figure-repeat-findings"
          onDrill={onDrill}
          drill={{
            figure: 'REPEAT_FINDINGS',
            key: null,
            title: t('dashboard.repeat', { count: rollup.repeatFindings }),
          }}
        >
          <span>{t('dashboard.repeat', { count: rollup.repeatFindings })}</span>
        </Figure>
      )}
      <p className="muted dash-note" data-testid="findings-definitions">
        {t('dashboard.definitions', { date: formatDate(rollup.asOf), previous: rollup.year - 1 })}
      </p>
    </Section>
  );
}
