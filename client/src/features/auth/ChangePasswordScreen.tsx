import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { describeError } from '../../apollo/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { PasswordField } from '../../ui/PasswordField';
import { useField } from '../../ui/useField';
import { changePasswordMutation, meQuery } from './operations';

export function ChangePasswordScreen() {
  const { t, language } = useI18n();
  const current = useField();
  const next = useField();
  const repeat = useField();
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [changePassword, { loading }] = useMutation(changePasswordMutation, {
    refetchQueries: [{ query: meQuery }],
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    if (next.value !== repeat.value) {
      setProblem(t('auth.passwordMismatch'));
      return;
    }
    setProblem(null);
    try {
      await changePassword({ variables: { input: { currentPassword: current.value, newPassword: next.value } } });
      for (const field of [current, next, repeat]) field.onChange('');
      setDone(true);
    } catch (error) {
      setProblem(describeError(error, language).message ?? t('common.networkError'));
    }
  }

  return (
    <>
      <PageHeader title={t('auth.changePassword')} />
      <form className="card stack narrow" onSubmit={submit} noValidate>
        {problem && <Banner tone="error">{problem}</Banner>}
        {done && <Banner tone="success">{t('auth.passwordChanged')}</Banner>}
        <PasswordField label={t('auth.currentPassword')} autoComplete="current-password" {...current} />
        <PasswordField
          label={t('auth.newPassword')}
          hint={t('auth.newPasswordHint')}
          autoComplete="new-password"
          {...next}
        />
        <PasswordField label={t('auth.repeatPassword')} autoComplete="new-password" {...repeat} />
        <Button type="submit" disabled={loading || !current.value || !next.value || !repeat.value}>
          {t('auth.changePassword')}
        </Button>
      </form>
    </>
  );
}
