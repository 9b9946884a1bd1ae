import { useEffect, useRef, useState } from 'react';
import type { UnitChangeKind, UnitFieldsFragment } from '../../apollo/generated/graphql';
import { formatDate, formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { CorrectUnitForm } from './CorrectUnitForm';
import { UnitChangeActions } from './UnitChangeActions';
import { UnitChangeForm } from './UnitChangeForm';
import { UnitHistorySection } from './UnitHistorySection';
import { ancestorNames } from './unit-tree';

interface UnitDetailPanelProps {
  unit: UnitFieldsFragment;
  units: UnitFieldsFragment[];
  canEdit: boolean;
  onClose: () => void;
}

/**
 * Details of one unit over the tree (full screen on a phone). Editors also get its actions, which open
 * the change wizard at their kind (a fresh wizard each time one is chosen), and the correction of its
 * details that are no part of its history.
 */
export function UnitDetailPanel({ unit, units, canEdit, onClose }: UnitDetailPanelProps) {
  const { t } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [asked, setAsked] = useState<{ kind: UnitChangeKind; times: number } | null>(null);
  const path = ancestorNames(units, unit.id);

  useEffect(() => {
    headingRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const headingId = `unit-${unit.id}-title`;
  return (
    <div className="sheet-backdrop">
      <div className="sheet" role="dialog" aria-modal="true" aria-labelledby={headingId} data-testid="unit-detail">
        <div className="sheet-header">
          <div>
            <p className="muted sheet-kicker">{t('units.detail')}</p>
            <h2 id={headingId} ref={headingRef} tabIndex={-1}>
              {unit.name}
            </h2>
          </div>
          <Button variant="secondary" onClick={onClose}>
            {t('common.close')}
          </Button>
        </div>
        {path.length > 0 && <p className="muted">{path.join(' › ')}</p>}
        <dl className="facts">
          <dt>{t('units.code')}</dt>
          <dd>{unit.code}</dd>
          <dt>{t('units.kind')}</dt>
          <dd>{t(`unitKind.${unit.kind}`)}</dd>
          <dt>{t('units.activePeriod')}</dt>
          <dd>
            {formatDate(unit.activeFrom)}
            {unit.activeTo && ` – ${formatDate(unit.activeTo)}`}
            {!unit.active && (
              <>
                {' '}
                <span className="badge badge-danger">{t('units.inactive')}</span>
              </>
            )}
          </dd>
          {unit.address && (
            <>
              <dt>{t('units.address')}</dt>
              <dd>{unit.address}</dd>
            </>
          )}
          {unit.latitude != null && (
            <>
              <dt>{t('units.latitude')}</dt>
              <dd>{formatNumber(unit.latitude, 6)}</dd>
            </>
          )}
          {unit.longitude != null && (
            <>
              <dt>{t('units.longitude')}</dt>
              <dd>{formatNumber(unit.longitude, 6)}</dd>
            </>
          )}
        </dl>
        <UnitHistorySection unitId={unit.id} />
        {canEdit && (
          <div className="stack">
            {unit.active && (
              <>
                <UnitChangeActions
                  unit={unit}
                  onChoose={(kind) => setAsked({ kind, times: (asked?.times ?? 0) + 1 })}
                />
                <UnitChangeForm
                  key={`change-${unit.id}-${asked?.times ?? 0}`}
                  unit={unit}
                  units={units}
                  initialKind={asked?.kind}
                  autoOpen={asked !== null}
                />
              </>
            )}
            <CorrectUnitForm key={`correct-${unit.id}`} unit={unit} />
          </div>
        )}
      </div>
    </div>
  );
}
