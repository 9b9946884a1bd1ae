import { useQuery } from '@apollo/client/react';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { unitHistoryQuery } from './operations';

/**
 * Lịch sử tổ chức of a unit: each period with its name and code, and each change that concerns it, told
 * from the unit's side ("Tiếp nhận sáp nhập: …", "Thành lập do chia tách từ …"), with the day it took
 * effect and its legal basis.
 */
export function UnitHistorySection({ unitId }: { unitId: string }) {
  const { t } = useI18n();
  const { data } = useQuery(unitHistoryQuery, { variables: { id: unitId }, fetchPolicy: 'cache-and-network' });
  const unit = data?.unit;
  if (!unit) return null;
  return (
    <section className="card stack" aria-labelledby={`history-${unitId}`} data-testid="unit-history">
      <h3 id={`history-${unitId}`}>{t('units.history')}</h3>
      <ol className="stack">
        {unit.versions.map((version) => (
          <li key={version.validFrom}>
            <strong>
              {version.validTo
                ? t('units.periodClosed', { from: formatDate(version.validFrom), to: formatDate(version.validTo) })
                : t('units.periodOpen', { from: formatDate(version.validFrom) })}
            </strong>
            {': '}
            {version.name} ({version.code})
          </li>
        ))}
      </ol>
      {unit.changes.length > 0 && (
        <ul className="stack">
          {unit.changes.map((change) => (
            <li key={change.changeId} className="muted">
              {t('units.changeLine', {
                kind: change.otherUnits.length
                  ? t(`units.changeRole.${change.role}`, { units: change.otherUnits.join(', ') })
                  : t(`units.changeKind.${change.kind}`),
                on: formatDate(change.effectiveOn),
                basis: change.basisNumber,
                basisDate: formatDate(change.basisDate),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
