import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import type { Role, UserFieldsFragment } from '../../apollo/generated/graphql';
import { useRequestProblem } from '../../apollo/useRequestProblem';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { updateUserMutation } from './operations';
import { ROLES, useUnitOptions } from './UserFilters';

/** A user's full name, role and unit; the username stays (it is how the person signs in). */
export function EditUserDialog({ user, onClose }: { user: UserFieldsFragment; onClose: () => void }) {
  const { t } = useI18n();
  const unitOptions = useUnitOptions();
  const [fullName, setFullName] = useState(user.fullName);
  const [role, setRole] = useState<Role>(user.role);
  const [unitId, setUnitId] = useState(user.unitId ?? '');
  const { problem, fields, attempt } = useRequestProblem();
  const [update, { loading }] = useMutation(updateUserMutation, { refetchQueries: ['UserPage'] });
  const unitRequired = role === 'UNIT_HEAD';
  const ready = fullName.trim() && (!unitRequired || unitId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { userId: user.id, fullName: fullName.trim(), role, unitId: unitId || null };
    if (await attempt(() => update({ variables: { input } }))) onClose();
  }

  return (
    <Dialog open title={t('users.editTitle')} onClose={onClose}>
      <form className="stack" onSubmit={submit} noValidate>
        <p className="muted">
          {t('users.username')}: <strong>{user.username}</strong>
        </p>
        {problem && <Banner tone="error">{problem.message ?? t('common.networkError')}</Banner>}
        <TextField
          label={t('users.fullName')}
          value={fullName}
          onChange={setFullName}
          error={fields.fullName}
          autoComplete="off"
          required
        />
        <Select
          label={t('users.role')}
          value={role}
          onChange={(value) => setRole(value as Role)}
          options={ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
          error={fields.role}
        />
        <Select
          label={unitRequired ? t('users.unitRequired') : t('users.unit')}
          value={unitId}
          onChange={setUnitId}
          options={unitOptions}
          placeholder={unitRequired ? t('users.chooseUnit') : t('users.noUnit')}
          error={fields.unitId}
          required={unitRequired}
        />
        {role !== user.role && <p className="muted">{t('users.roleNote')}</p>}
        <div className="dialog-actions">
          <Button variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" disabled={loading || !ready}>
            {t('users.save')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
