import { useMutation } from '@apollo/client/react';
import type { FormEvent } from 'react';
import type { UnitFieldsFragment } from '../../apollo/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Select';
import { useField } from '../../ui/useField';
import { moveUnitMutation } from './operations';
import { UnitFormSection, useUnitChange } from './UnitFormSection';
import { subtreeIds } from './unit-tree';

/** Moves a unit under another parent (never under itself or its own subtree). */
export function MoveUnitForm({ unit, units }: { unit: UnitFieldsFragment; units: UnitFieldsFragment[] }) {
  const { t } = useI18n();
  const parent = useField();
  const { outcome, attempt } = useUnitChange();
  const [move, { loading }] = useMutation(moveUnitMutation);
  // The unit itself and its subtree cannot become its parent; the server refuses it too (UNIT_CYCLE).
  const blocked = subtreeIds(units, unit.id);
  const options = units
    .filter((candidate) => candidate.active && candidate.id !== unit.parentId)
    .map((candidate) => ({
      value: candidate.id,
      label: `${candidate.name} (${candidate.code})`,
      disabled: blocked.has(candidate.id),
    }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!parent.value) return;
    await attempt(async () => {
      await move({ variables: { input: { id: unit.id, parentId: parent.value } } });
      parent.onChange('');
      return t('units.moved');
    });
  }

  return (
    <UnitFormSection title={t('units.move')} testId="unit-move" outcome={outcome} onSubmit={submit}>
      <Select label={t('units.parent')} {...parent} options={options} placeholder={t('units.chooseParent')} />
      <Button type="submit" disabled={loading || !parent.value}>
        {t('units.moveSubmit')}
      </Button>
    </UnitFormSection>
  );
}
