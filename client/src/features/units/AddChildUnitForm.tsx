import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import type { UnitFieldsFragment, UnitKind } from '../../apollo/generated/graphql';
import { todayLocalDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { createUnitMutation, UNIT_LISTS } from './operations';
import { OutcomeBanner, UnitFormSection, useUnitChange } from './UnitFormSection';
import { UnitIdentityFields } from './UnitIdentityFields';

/** Adds a unit under this one, active from a day. */
export function AddChildUnitForm({ parent }: { parent: UnitFieldsFragment }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [kind, setKind] = useState<UnitKind>('DIVISION');
  const [activeFrom, setActiveFrom] = useState(todayLocalDate());
  const { outcome, fields, attempt } = useUnitChange();
  const [create, { loading }] = useMutation(createUnitMutation, { refetchQueries: UNIT_LISTS });

  async function submit(event: FormEvent) {
    event.preventDefault();
    await attempt(async () => {
      const result = await create({
        variables: {
          input: { parentId: parent.id, name: name.trim(), code: code.trim(), kind, activeFrom: activeFrom || null },
        },
      });
      setName('');
      setCode('');
      return t('units.added', { name: result.data?.createUnit.name ?? '' });
    });
  }

  return (
    <UnitFormSection title={t('units.addChild')} testId="unit-add-child">
      <form className="stack" onSubmit={submit} noValidate>
        <OutcomeBanner outcome={outcome} />
        <UnitIdentityFields
          name={name}
          onName={setName}
          code={code}
          onCode={setCode}
          kind={kind}
          onKind={setKind}
          errors={fields}
        />
        <TextField
          label={t('units.activeFromLabel')}
          type="date"
          value={activeFrom}
          onChange={setActiveFrom}
          error={fields.activeFrom}
        />
        <Button type="submit" disabled={loading || !name.trim() || !code.trim()}>
          {t('units.addChildSubmit')}
        </Button>
      </form>
    </UnitFormSection>
  );
}
