import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useYearParam } from '../../app/year-param';
import { formatDate, formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { Select } from '../../ui/Select';
import { Spinner } from '../../ui/Spinner';
import { YearSelect } from '../../ui/YearSelect';
import '../../ui/data.css';
import './dashboard.css';
import { unitsQuery } from '../units/operations';
import { AttentionSection } from './AttentionSection';
import { Bar, Figure, type OpenDrill, type Rollup, Section } from './DashboardParts';
import { type Drill, DrillDialog } from './DrillDialog';
import { barPercent, formatShare, lowestCompliance, mostOverdue, subtreeOptions, trendByIndex } from './figures';
import { rollupQuery } from './operations';
import { TrendSection } from './TrendSection';

/** Tổng hợp năm: where the year stands for leadership, every figure opening the records behind it. */
export function DashboardScreen() {
  const { t } = useI18n();
  const [year, setYear] = useYearParam(new Date().getFullYear());
  const [rootUnitId, setRootUnitId] = useState('');
  const [drill, setDrill] = useState<Drill | null>(null);
  const units = useQuery(unitsQuery, { variables: { filter: { includeInactive: false } } });
  const { data, loading, error } = useQuery(rollupQuery, { variables: { year, rootUnitId: rootUnitId || null } });
  const scopes = subtreeOptions(units.data?.units ?? []);
  const rollup = data?.rollup;
  return (
    <div className="dashboard stack" data-testid="dashboard-screen">
      <PageHeader title={t('dashboard.title')}>
        <a
          className="btn btn-secondary dash-print"
          href={`/api/rollup/${year}.xlsx${rootUnitId ? `?unit=${encodeURIComponent(rootUnitId)}` : ''}`}
          download
          data-testid="dashboard-xlsx"
        >
          {t('rollup.downloadXlsx')}
        </a>
        <Button variant="secondary" className="dash-print" onClick={() => window.print()}>
          {t('dashboard.print')}
        </Button>
      </PageHeader>
      <div className="filters dash-filters">
        <YearSelect label={t('dashboard.year')} value={year} onChange={setYear} data-testid="dashboard-year" />
        <Select
          label={t('dashboard.scope')}
          value={rootUnitId}
          onChange={setRootUnitId}
          options={[
            { value: '', label: t('dashboard.scopeAll') },
            ...scopes.map((scope) => ({ value: scope.id, label: `${'— '.repeat(scope.depth - 1)}${scope.name}` })),
          ]}
          data-testid="dashboard-scope"
        />
      </div>
      {error && <Banner tone="error">{t('dashboard.loadError')}</Banner>}
      {loading && !rollup && <Spinner label={t('common.loading')} />}
      {rollup && (
        <RollupView
          rollup={rollup}
          scopeName={scopes.find((scope) => scope.id === rootUnitId)?.name ?? t('dashboard.scopeAll')}
          onDrill={setDrill}
        />
      )}
      <DrillDialog drill={drill} year={year} rootUnitId={rootUnitId || null} onClose={() => setDrill(null)} />
    </div>
  );
}

function RollupView({ rollup, scopeName, onDrill }: { rollup: Rollup; scopeName: string; onDrill: OpenDrill }) {
  const { t } = useI18n();
  return (
    <>
      <p className="muted dash-scope" data-testid="dashboard-scope-line">
        {scopeName} · {rollup.year} · {t('dashboard.asOf', { date: formatDate(rollup.asOf) })}
      </p>
      {rollup.warnings.length > 0 && (
        <section className="banner banner-warning dash-warnings" data-testid="dashboard-warnings">
          <h2 className="dash-section-title">{t('dashboard.warnings')}</h2>
          <ul>
            {rollup.warnings.map((warning) => (
              <li key={`${warning.code}-${warning.message}`}>{warning.message}</li>
            ))}
          </ul>
        </section>
      )}
      <div className="dash-grid">
        <CoverageSection rollup={rollup} onDrill={onDrill} />
        <ComplianceSection rollup={rollup} onDrill={onDrill} />
        <TrendSection rollup={rollup} onDrill={onDrill} />
        <RemediationSection rollup={rollup} onDrill={onDrill} />
        <AttentionSection rollup={rollup} onDrill={onDrill} />
        <DocumentsSection rollup={rollup} onDrill={onDrill} />
        <TthcSection rollup={rollup} />
        <IndicesSection rollup={rollup} />
      </div>
    </>
  );
}

function CoverageSection({ rollup, onDrill }: { rollup: Rollup; onDrill: OpenDrill }) {
  const { t } = useI18n();
  const { coverage } = rollup;
  const missing = coverage.unitsNotInspected.length;
  return (
    <Section title={t('dashboard.coverage')} testId="section-coverage">
      <Figure
        testId="figure-coverage"
        onDrill={onDrill}
        drill={{ figure: 'UNITS_IN_SCOPE', key: null, title: t('dashboard.coverage') }}
      >
        <span className="dash-big">{formatShare(coverage.ratio)}</span>
        <span>
          {t('dashboard.coverageText', {
            inspected: coverage.inspected,
            inScope: coverage.inScope,
            share: formatShare(coverage.ratio),
          })}
        </span>
        <Bar percent={coverage.ratio * 100} tone={coverage.ratio >= 1 ? 'success' : 'primary'} />
      </Figure>
      {missing > 0 && (
        <Figure
          testId="figure-not-inspected"
          onDrill={onDrill}
          drill={{ figure: 'UNITS_NOT_INSPECTED', key: null, title: t('dashboard.attentionNotInspected') }}
        >
          <span className="dash-danger">{t('dashboard.notInspected', { count: missing })}</span>
        </Figure>
      )}
    </Section>
  );
}

function ComplianceSection({ rollup, onDrill }: { rollup: Rollup; onDrill: OpenDrill }) {
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

const REMEDIATION = [
  { field: 'fixedOnTime', figure: 'FINDINGS_FIXED_ON_TIME', label: 'dashboard.fixedOnTime', tone: 'success' },
  { field: 'fixedLate', figure: 'FINDINGS_FIXED_LATE', label: 'dashboard.fixedLate', tone: 'warning' },
  { field: 'overdue', figure: 'FINDINGS_OVERDUE', label: 'dashboard.overdue', tone: 'danger' },
  { field: 'open', figure: 'FINDINGS_OPEN', label: 'dashboard.open', tone: 'primary' },
] as const;

function RemediationSection({ rollup, onDrill }: { rollup: Rollup; onDrill: OpenDrill }) {
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
    </Section>
  );
}

function DocumentsSection({ rollup, onDrill }: { rollup: Rollup; onDrill: OpenDrill }) {
  const { t } = useI18n();
  const total = rollup.documents.reduce((sum, document) => sum + document.count, 0);
  const max = Math.max(0, ...rollup.documents.map((document) => document.count));
  return (
    <Section title={t('dashboard.documents')} testId="section-documents">
      <p className="muted">{t('dashboard.documentsTotal', { count: total })}</p>
      {rollup.documents.map((document) => (
        <Figure
          key={document.type}
          testId={`figure-documents-${document.type}`}
          onDrill={onDrill}
          drill={{ figure: 'DOCUMENTS', key: document.type, title: t(`registers.docType.${document.type}`) }}
        >
          <span className="dash-row">
            <span className="dash-label">{t(`registers.docType.${document.type}`)}</span>
            <strong className="dash-count">{String(document.count).padStart(2, '0')}</strong>
          </span>
          <Bar percent={barPercent(document.count, max)} />
        </Figure>
      ))}
    </Section>
  );
}

function TthcSection({ rollup }: { rollup: Rollup }) {
  const { t } = useI18n();
  const { tthc } = rollup;
  return (
    <Section title={t('dashboard.tthc')} testId="section-tthc">
      <dl className="fact-list">
        <dt>{t('dashboard.tthcTotal')}</dt>
        <dd>{tthc.total}</dd>
        <dt>{t('dashboard.tthcOneStop')}</dt>
        <dd>{tthc.oneStop}</dd>
        <dt>{t('dashboard.tthcInterconnected')}</dt>
        <dd>{tthc.interconnected}</dd>
        <dt>{t('dashboard.tthcOnline')}</dt>
        <dd>
          {t('dashboard.tthcShare', { count: tthc.online, share: tthc.onlineShareText ?? '—' })}
          <br />
          <span className="muted">
            {t('dashboard.tthcOnlineSplit', { full: tthc.onlineFull, partial: tthc.onlinePartial })}
          </span>
        </dd>
        <dt>{t('dashboard.tthcPostal')}</dt>
        <dd>{t('dashboard.tthcShare', { count: tthc.publicPostal, share: tthc.publicPostalShareText ?? '—' })}</dd>
      </dl>
      <ul className="dash-list">
        {tthc.levels.map((level) => {
          const name = t(`registers.level.${level.level}`);
          return (
            <li key={level.level}>
              {level.reviewed > 0
                ? t('dashboard.tthcCut', {
                    level: name,
                    reviewed: level.reviewed,
                    daysCut: level.daysCut,
                    legalDays: level.legalDays,
                    share: level.cutShareText ?? '—',
                  })
                : t('dashboard.tthcNoCut', { level: name })}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

function IndicesSection({ rollup }: { rollup: Rollup }) {
  const { t } = useI18n();
  const trend = trendByIndex(rollup.indexTrend);
  const indices = ['SIPAS', 'PAR_INDEX'] as const;
  return (
    <Section title={t('dashboard.indices')} testId="section-indices">
      {indices.map((index) => {
        const name = t(`registers.index.${index}`);
        const score = rollup.indexScores.find((s) => s.index === index);
        const series = trend.get(index) ?? [];
        return (
          <div key={index} className="stack dash-index" data-testid={`index-${index}`}>
            <p className="dash-index-score">
              {score
                ? `${t('dashboard.indexScore', { index: name, year: score.year, score: formatNumber(score.totalScore) })}${
                    score.rank ? t('dashboard.indexRank', { rank: score.rank }) : ''
                  }`
                : t('dashboard.indexMissing', { index: name, year: rollup.year })}
            </p>
            {series.length > 0 && (
              <ol className="dash-trend" aria-label={`${name} · ${t('dashboard.trend')}`}>
                {series.map((point) => (
                  <li key={point.year} className={point.year === rollup.year ? 'dash-trend-current' : undefined}>
                    <span className="dash-trend-year">{point.year}</span>
                    <Bar percent={barPercent(point.totalScore, 100)} />
                    <span className="dash-trend-score">{formatNumber(point.totalScore)}</span>
                  </li>
                ))}
              </ol>
            )}
          </div>
        );
      })}
    </Section>
  );
}
