import { useQuery } from '@apollo/client/react';
import type { RollupFigure, RollupStructure } from '../../apollo/generated/graphql';
import { linkClick } from '../../app/router';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Spinner } from '../../ui/Spinner';
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

/** The records behind a figure, each linked to its finding or visit where it has one. */
export function DrillDialog({ drill, year, rootUnitId, structure, onClose }: DrillDialogProps) {
  const { t } = useI18n();
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
  return (
    <Dialog open={drill !== null} title={title} onClose={onClose}>
      {loading && !records && <Spinner label={t('common.loading')} />}
      {error && <Banner tone="error">{t('dashboard.loadError')}</Banner>}
      {records && records.length === 0 && <p className="muted">{t('dashboard.drillEmpty')}</p>}
      {records && records.length > 0 && (
        <ul className="record-list dash-records" data-testid="drill-records">
          {records.map((record) => {
            const href = record.findingId
              ? `/ton-tai/${record.findingId}`
              : record.visitId
                ? `/duyet/${record.visitId}`
                : null;
            // A unit record already names the unit in its label.
            const unitName = record.unitName && !record.label.includes(record.unitName) ? record.unitName : null;
            const meta = [unitName, formatDate(record.date)].filter(Boolean).join(' · ');
            return (
              <li key={`${record.kind}-${record.id}`} className="record" data-testid="drill-record">
                <p className="record-title">{record.label}</p>
                {meta && <p className="record-meta">{meta}</p>}
                {record.detail && <p className="record-meta">{record.detail}</p>}
                {href && (
                  <a href={href} onClick={linkClick(href)}>
                    {record.findingId ? t('dashboard.openFinding') : t('dashboard.openVisit')}
                  </a>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div className="dialog-actions">
        <Button variant="secondary" onClick={onClose} data-testid="drill-close">
          {t('common.close')}
        </Button>
      </div>
    </Dialog>
  );
}
