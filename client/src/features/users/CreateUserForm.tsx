import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import type { Role } from '../../apollo/generated/graphql';
import { useRequestProblem } from '../../apollo/useRequestProblem';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { VERBATIM } from '../../ui/PasswordField';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { useField } from '../../ui/useField';
import { createUserMutation } from './operations';
import { ROLES, useUnitOptions } from './UserFilters';

export function CreateUserForm() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const username = useField();
  const fullName = useField();
  const [role, setRole] = useState<Role>('INSPECTOR');
  const unitId = useField();
  const password = useField();
  const { problem, fields, attempt } = useRequestProblem();
  const [created, setCreated] = useState<string | null>(null);
  const unitOptions = useUnitOptions();
  const [createUser, { loading }] = useMutation(createUserMutation, { refetchQueries: ['UserPage'] });

  const unitRequired = role === 'UNIT_HEAD';
  const input = {
    username: username.value.trim(),
    fullName: fullName.value.trim(),
    role,
    password: password.value,
    unitId: unitId.value || null,
  };
  const ready = input.username && input.fullName && input.password && (!unitRequired || input.unitId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    const result = await attempt(() => createUser({ variables: { input } }));
    if (!result) return;
    setCreated(input.username);
    for (const field of [username, fullName, password, unitId]) field.onChange('');
  }

  return (
    <details className="card form-section" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('users.create')}</summary>
      <form className="stack form-section-body" onSubmit={submit} noValidate>
        {problem && <Banner tone="error">{problem.message ?? t('common.networkError')}</Banner>}
        {created && <Banner tone="success">{t('users.created', { username: created })}</Banner>}
        <TextField
          label={t('users.username')}
          {...username}
          error={fields.username}
          {...VERBATIM}
          autoComplete="off"
          required
        />
        <TextField label={t('users.fullName')} {...fullName} error={fields.fullName} autoComplete="off" required />
        <Select
          label={t('users.role')}
          value={role}
          onChange={(value) => setRole(value as Role)}
          options={ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
          error={fields.role}
        />
        <Select
          label={unitRequired ? t('users.unitRequired') : t('users.unit')}
          {...unitId}
          options={unitOptions}
          placeholder={unitRequired ? t('users.chooseUnit') : t('users.noUnit')}
          error={fields.unitId}
          required={unitRequired}
        />
        <TextField
          label={t('users.initialPassword')}
          hint={t('auth.newPasswordHint')}
          {...password}
          error={fields.password}
          autoComplete="new-password"
          {...VERBATIM}
          required
        />
        <Button type="submit" disabled={loading || !ready}>
          {t('users.createSubmit')}
        </Button>
      </form>
    </details>
  );
}
