import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { RollupFigure, RollupStructure } from '../../apollo/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { Dialog } from '../../ui/Dialog';
import { Spinner } from '../../ui/Spinner';
import { TextField } from '../../ui/TextField';
import { DrillGroupList } from './DrillGroupList';
import { drillGroups } from './drill-groups';
import { rollupRecordsQuery } from './operations';

/** A figure to open: which roll-up figure, narrowed by `key`, and the title to show over its records. */
export interface Drill {
  figure: RollupFigure;
  key: string | null;
  title: string;
  /** Another year than the dashboard's, for a figure of the year-over-year comparison. */
  year?: number;
}

interface DrillDialogProps {
  drill: Drill | null;
  year: number;
  rootUnitId: string | null;
  structure: RollupStructure;
  onClose: () => void;
}

/**
 * The records behind a figure grouped per unit (each group folds, with its counts), narrowed by
 * "Chỉ Không đạt" and a search; each record links to its finding or visit where it has one.
 */
export function DrillDialog({ drill, year, rootUnitId, structure, onClose }: DrillDialogProps) {
  const { t } = useI18n();
  const [failedOnly, setFailedOnly] = useState(false);
  const [query, setQuery] = useState('');
  const { data, loading, error } = useQuery(rollupRecordsQuery, {
    variables: {
      year: drill?.year ?? year,
      rootUnitId,
      figure: drill?.figure ?? 'UNITS_IN_SCOPE',
      key: drill?.key ?? null,
      structure,
    },
    skip: !drill,
    fetchPolicy: 'network-only',
  });
  const records = data?.rollupRecords;
  const title = drill
    ? records
      ? t('dashboard.drillTitle', { figure: drill.title, count: records.length })
      : drill.title
    : '';
  const close = () => {
    setFailedOnly(false);
    setQuery('');
    onClose();
  };
  const anyFailed = records?.some((record) => record.failed) ?? false;
  const groups = records ? drillGroups(records, { failedOnly: failedOnly && anyFailed, query }) : [];
  const shown = groups.reduce((sum, group) => sum + group.records.length, 0);
  return (
    <Dialog open={drill !== null} title={title} onClose={close}>
      {loading && !records && <Spinner label={t('common.loading')} />}
      {error && <Banner tone="error">{t('dashboard.loadError')}</Banner>}
      {records && records.length === 0 && <p className="muted">{t('dashboard.drillEmpty')}</p>}
      {records && records.length > 0 && (
        <div className="stack" data-testid="drill-records">
          {records.length > 5 && (
            <div className="dash-drill-filters">
              <TextField
                label={t('dashboard.drillSearch')}
                type="search"
                value={query}
                onChange={setQuery}
                data-testid="drill-search"
              />
              {anyFailed && (
                <Checkbox label={t('dashboard.drillFailedOnly')} checked={failedOnly} onChange={setFailedOnly} />
              )}
            </div>
          )}
          {shown < records.length && (
            <p className="muted" role="status" data-testid="drill-shown">
              {t('dashboard.drillShown', { shown, count: records.length })}
            </p>
          )}
          {shown === 0 ? (
            <p className="muted">{t('dashboard.drillNoMatch')}</p>
          ) : (
            <DrillGroupList groups={groups} openAll={shown <= 20 || groups.length === 1} />
          )}
        </div>
      )}
      <div className="dialog-actions">
        <Button variant="secondary" onClick={close} data-testid="drill-close">
          {t('common.close')}
        </Button>
      </div>
    </Dialog>
  );
}
