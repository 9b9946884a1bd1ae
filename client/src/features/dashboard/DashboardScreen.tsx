import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useYearParam, yearInAddress } from '../../app/year-param';
import { todayLocalDate } from '../../i18n/format';
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
import { type Drill, DrillDialog } from './DrillDialog';
import { subtreeOptions } from './figures';
import { rollupQuery } from './operations';
import { initialFolds, RollupView } from './RollupView';
import { useStructureParam } from './structure-param';
import { lastCompleteYear } from './year-status';

/** Tổng hợp năm: where the year stands for leadership, every figure opening the records behind it. */
export function DashboardScreen() {
  const { t } = useI18n();
  // The last complete year by default: the current one is unfinished (year-status.ts).
  const [year, setYear] = useYearParam(lastCompleteYear(todayLocalDate()));
  // The address always names the year shown, the default included, so a link or Back shows the same one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on arrival
  useEffect(() => {
    if (yearInAddress(window.location.search) === null) setYear(year);
  }, []);
  const [rootUnitId, setRootUnitId] = useState('');
  const [structure, setStructure] = useStructureParam();
  const [drill, setDrill] = useState<Drill | null>(null);
  const [folds, setFolds] = useState(initialFolds);
  const units = useQuery(unitsQuery, { variables: { filter: { includeInactive: false } } });
  const { data, loading, error } = useQuery(rollupQuery, {
    variables: { year, rootUnitId: rootUnitId || null, structure },
  });
  const xlsxQuery = new URLSearchParams({
    ...(rootUnitId ? { unit: rootUnitId } : {}),
    ...(structure === 'TODAY' ? { structure } : {}),
  }).toString();
  const scopes = subtreeOptions(units.data?.units ?? []);
  const rollup = data?.rollup;
  return (
    <div className="dashboard stack" data-testid="dashboard-screen">
      <PageHeader title={t('dashboard.title')}>
        <a
          className="btn btn-secondary dash-print"
          href={`/api/rollup/${year}.xlsx${xlsxQuery ? `?${xlsxQuery}` : ''}`}
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
        <Select
          label={t('dashboard.structure')}
          value={structure}
          onChange={(value) => setStructure(value === 'TODAY' ? 'TODAY' : 'AS_IT_WAS')}
          options={[
            { value: 'AS_IT_WAS', label: t('dashboard.structureAsItWas') },
            { value: 'TODAY', label: t('dashboard.structureToday') },
          ]}
          data-testid="dashboard-structure"
        />
      </div>
      {error && <Banner tone="error">{t('dashboard.loadError')}</Banner>}
      {loading && !rollup && <Spinner label={t('common.loading')} />}
      {rollup && (
        <RollupView
          rollup={rollup}
          scopeName={scopes.find((scope) => scope.id === rootUnitId)?.name ?? t('dashboard.scopeAll')}
          onDrill={setDrill}
          folds={folds}
          onFold={setFolds}
        />
      )}
      <DrillDialog
        drill={drill}
        year={year}
        rootUnitId={rootUnitId || null}
        structure={structure}
        onClose={() => setDrill(null)}
      />
    </div>
  );
}
