import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { Figure, type OpenDrill, type Rollup, Section, TodayNote } from './DashboardParts';
import { formatShare } from './figures';

/** Rows shown before "more": enough to act on, short enough to scroll past on a phone. */
const FIRST_ROWS = 8;

/**
 * The units leadership should look at, as the server ranks them: not inspected, then most overdue
 * findings, then lowest compliance. Each row opens what put the unit there.
 */
export function AttentionSection({ rollup, onDrill }: { rollup: Rollup; onDrill: OpenDrill }) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  const rows = rollup.attention;
  const shown = all ? rows : rows.slice(0, FIRST_ROWS);
  return (
    <Section title={t('dashboard.attention')} testId="section-attention">
      <p className="muted dash-note">{t('dashboard.attentionHint')}</p>
      {rows.length === 0 ? (
        <p className="muted">{t('dashboard.attentionNone')}</p>
      ) : (
        <ol className="dash-attention" data-testid="attention-list">
          {shown.map((row) => (
            <li key={row.unit.id}>
              <Figure
                testId="attention-row"
                onDrill={onDrill}
                drill={{ figure: 'UNIT_ATTENTION', key: row.unit.id, title: row.unit.name }}
              >
                <span className="dash-label dash-attention-name">{row.unit.name}</span>
                <TodayNote unit={row.unit} />
                <span className="dash-badges">
                  {row.visits === 0 && (
                    <span className="dash-badge dash-badge-danger">{t('dashboard.attentionNotInspected')}</span>
                  )}
                  {row.overdueFindings > 0 && (
                    <span className="dash-badge dash-badge-warning">
                      {t('dashboard.overdueCount', { count: row.overdueFindings })}
                    </span>
                  )}
                  {row.complianceRatio != null && (
                    <span className="dash-badge">
                      {t('dashboard.attentionCompliance', { share: formatShare(row.complianceRatio) })}
                    </span>
                  )}
                </span>
              </Figure>
            </li>
          ))}
        </ol>
      )}
      {rows.length > FIRST_ROWS && (
        <Button variant="secondary" block onClick={() => setAll(!all)} data-testid="attention-more">
          {all ? t('dashboard.attentionLess') : t('dashboard.attentionMore', { count: rows.length - FIRST_ROWS })}
        </Button>
      )}
    </Section>
  );
}
