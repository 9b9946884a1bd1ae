import { useI18n } from '../../i18n/I18nProvider';
import { Bar, Figure, type OpenDrill, type Rollup, Section } from './DashboardParts';
import { formatShare, lowestCompliance } from './figures';

/** The share of criteria passed: in total, by group, and the lowest criteria. */
export function ComplianceSection({ rollup, onDrill }: { rollup: Rollup; onDrill: OpenDrill }) {
  const { t } = useI18n();
  const { total, byGroup, byItem } = rollup.compliance;
  const lowItems = lowestCompliance(byItem, 3);
  return (
    <Section title={t('dashboard.compliance')} testId="section-compliance">
      <Figure
        testId="figure-compliance"
        onDrill={onDrill}
        drill={{ figure: 'COMPLIANCE_GROUP', key: null, title: t('dashboard.compliance') }}
      >
        <span className="dash-big">{formatShare(total.ratio)}</span>
        <span>{total.ratio == null ? t('dashboard.complianceNone') : t('dashboard.complianceText')}</span>
        <span className="muted">
          {t('dashboard.complianceCounts', {
            passed: total.passed,
            failed: total.failed,
            notApplicable: total.notApplicable,
          })}
        </span>
      </Figure>
      {byGroup.length > 0 && <h3 className="dash-sub">{t('dashboard.complianceByGroup')}</h3>}
      {byGroup.map((group) => (
        <Figure
          key={group.key}
          testId={`figure-compliance-group-${group.key}`}
          onDrill={onDrill}
          drill={{ figure: 'COMPLIANCE_GROUP', key: group.key, title: group.label }}
        >
          <span className="dash-row">
            <span className="dash-label">{group.label}</span>
            <strong>{formatShare(group.ratio)}</strong>
          </span>
          <Bar percent={(group.ratio ?? 0) * 100} />
        </Figure>
      ))}
      {lowItems.length > 0 && <h3 className="dash-sub">{t('dashboard.complianceLowItems')}</h3>}
      {lowItems.map((item) => (
        <Figure
          key={item.key}
          testId={`figure-compliance-item-${item.key}`}
          onDrill={onDrill}
          drill={{ figure: 'COMPLIANCE_ITEM', key: item.key, title: item.label }}
        >
          <span className="dash-row">
            <span className="dash-label">{item.label}</span>
            <strong>{formatShare(item.ratio)}</strong>
          </span>
        </Figure>
      ))}
    </Section>
  );
}
