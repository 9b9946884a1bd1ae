import type { UnitChangeKind, UnitFieldsFragment } from '../../apollo/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';

/** The changes offered as actions on a unit (a merge or a split is chosen in the wizard itself). */
type UnitAction = Extract<UnitChangeKind, 'RENAME' | 'MOVE' | 'CREATE' | 'DISSOLVE'>;

/** The actions on a unit, in the order an office most often needs them; the department is never moved or ended. */
export function unitActionsOf(unit: UnitFieldsFragment): UnitAction[] {
  return unit.parentId ? ['RENAME', 'MOVE', 'CREATE', 'DISSOLVE'] : ['RENAME', 'CREATE'];
}

/**
 * Đổi tên, chuyển sang đơn vị cấp trên khác, thêm đơn vị trực thuộc, ngừng hoạt động (giải thể): each
 * opens the change wizard at its kind, so that the change is recorded from a day and on a basis, with
 * its preview, its hand-over of records and its line on the timeline, never as a plain edit.
 */
export function UnitChangeActions({
  unit,
  onChoose,
}: {
  unit: UnitFieldsFragment;
  onChoose: (kind: UnitChangeKind) => void;
}) {
  const { t } = useI18n();
  const headingId = `unit-${unit.id}-actions`;
  return (
    <section className="card stack" aria-labelledby={headingId} data-testid="unit-change-actions">
      <h3 id={headingId}>{t('units.actions')}</h3>
      <p className="muted">{t('units.actionsHint')}</p>
      <div className="unit-actions">
        {unitActionsOf(unit).map((kind) => (
          <Button key={kind} variant="secondary" onClick={() => onChoose(kind)}>
            {t(`units.action.${kind}`)}
          </Button>
        ))}
      </div>
    </section>
  );
}
