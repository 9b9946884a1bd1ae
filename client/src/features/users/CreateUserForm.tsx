import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { describeError, type RequestProblem } from '../../apollo/errors';
import type { Role } from '../../apollo/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { createUserMutation, unitChoicesQuery } from './operations';

const ROLES: Role[] = ['INSPECTOR', 'UNIT_HEAD', 'LEADERSHIP', 'OFFICE', 'ADMIN'];
const byName = new Intl.Collator('vi', { sensitivity: 'base' });

export function CreateUserForm() {
  const { t, language } = useI18n();
  const [open, setOpen] = useState(false);
  const [username, setUsername] = useState('');
  const [fullName, setFullName] = useState('');
  const [role, setRole] = useState<Role>('INSPECTOR');
  const [unitId, setUnitId] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<RequestProblem | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const units = useQuery(unitChoicesQuery);
  const [createUser, { loading }] = useMutation(createUserMutation, { refetchQueries: ['Users'] });

  const unitRequired = role === 'UNIT_HEAD';
  const unitOptions = [...(units.data?.units ?? [])]
    .sort((a, b) => byName.compare(a.name, b.name))
    .map((unit) => ({ value: unit.id, label: `${unit.name} (${unit.code})` }));
  const fields = problem?.fields ?? {};
  const ready = username.trim() && fullName.trim() && password && (!unitRequired || unitId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setCreated(null);
    try {
      await createUser({
        variables: {
          input: { username: username.trim(), fullName: fullName.trim(), role, password, unitId: unitId || null },
        },
      });
      setCreated(username.trim());
      setUsername('');
      setFullName('');
      setPassword('');
      setUnitId('');
    } catch (error) {
      setProblem(describeError(error, language));
    }
  }

  return (
    <details className="card form-section" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('users.create')}</summary>
      <form className="stack form-section-body" onSubmit={submit} noValidate>
        {problem && <Banner tone="error">{problem.message ?? t('common.networkError')}</Banner>}
        {created && <Banner tone="success">{t('users.created', { username: created })}</Banner>}
        <TextField
          label={t('users.username')}
          value={username}
          onChange={setUsername}
          error={fields.username}
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          autoComplete="off"
          required
        />
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
        <TextField
          label={t('users.initialPassword')}
          hint={t('auth.newPasswordHint')}
          value={password}
          onChange={setPassword}
          error={fields.password}
          type="text"
          autoComplete="new-password"
          autoCapitalize="none"
          spellCheck={false}
          required
        />
        <Button type="submit" disabled={loading || !ready}>
          {t('users.createSubmit')}
        </Button>
      </form>
    </details>
  );
}
