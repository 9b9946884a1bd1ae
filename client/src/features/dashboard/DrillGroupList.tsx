import type { DashboardRollupRecordsQuery } from '../../apollo/generated/graphql';
import { linkClick } from '../../app/router';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import type { DrillGroup } from './drill-groups';

type DrillRecord = DashboardRollupRecordsQuery['rollupRecords'][number];

/** A drill-down's records, one folding group per unit with its counts; `openAll` opens every group. */
export function DrillGroupList({ groups, openAll }: { groups: DrillGroup<DrillRecord>[]; openAll: boolean }) {
  const { t } = useI18n();
  return (
    <div className="dash-drill-groups">
      {groups.map((group) => (
        // Keyed by whether all are open, so a new filter unfolds or folds the groups afresh.
        <details
          key={`${group.unitName ?? ''}-${openAll}`}
          className="dash-drill-group"
          open={openAll}
          data-testid="drill-group"
        >
          <summary className="dash-drill-group-title">
            <span>{group.unitName ?? t('dashboard.drillNoUnit')}</span>
            <span className="dash-drill-group-count">
              {t('dashboard.drillUnitCount', { count: group.records.length })}
              {group.failed > 0 && ` · ${t('dashboard.drillUnitFailed', { count: group.failed })}`}
            </span>
          </summary>
          <ul className="record-list dash-records">
            {group.records.map((record) => (
              <RecordItem key={`${record.kind}-${record.id}`} record={record} />
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}

function RecordItem({ record }: { record: DrillRecord }) {
  const { t } = useI18n();
  const href = record.findingId ? `/ton-tai/${record.findingId}` : record.visitId ? `/duyet/${record.visitId}` : null;
  return (
    <li className="record" data-testid="drill-record">
      <p className="record-title">{record.label}</p>
      {record.date && <p className="record-meta">{formatDate(record.date)}</p>}
      {record.detail && <p className={`record-meta${record.failed ? ' dash-danger' : ''}`}>{record.detail}</p>}
      {href && (
        <a href={href} onClick={linkClick(href)}>
          {record.findingId ? t('dashboard.openFinding') : t('dashboard.openVisit')}
        </a>
      )}
    </li>
  );
}
