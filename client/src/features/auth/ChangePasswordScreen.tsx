import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { describeError } from '../../apollo/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { TextField } from '../../ui/TextField';
import { changePasswordMutation, meQuery } from './operations';

export function ChangePasswordScreen() {
  const { t, language } = useI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [changePassword, { loading }] = useMutation(changePasswordMutation, {
    refetchQueries: [{ query: meQuery }],
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    if (next !== repeat) {
      setProblem(t('auth.passwordMismatch'));
      return;
    }
    setProblem(null);
    try {
      await changePassword({ variables: { input: { currentPassword: current, newPassword: next } } });
      setCurrent('');
      setNext('');
      setRepeat('');
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
        <TextField
          label={t('auth.currentPassword')}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={setCurrent}
          required
        />
        <TextField
          label={t('auth.newPassword')}
          hint={t('auth.newPasswordHint')}
          type="password"
          autoComplete="new-password"
          value={next}
          onChange={setNext}
          required
        />
        <TextField
          label={t('auth.repeatPassword')}
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={setRepeat}
          required
        />
        <Button type="submit" disabled={loading || !current || !next || !repeat}>
          {t('auth.changePassword')}
        </Button>
      </form>
    </>
  );
}
