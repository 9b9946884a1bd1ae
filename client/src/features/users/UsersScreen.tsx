import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../apollo/errors';
import type { UserFieldsFragment } from '../../apollo/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { Spinner } from '../../ui/Spinner';
import { useCurrentUser } from '../auth/session';
import { CreateUserForm } from './CreateUserForm';
import { resetUserPasswordMutation, setUserActiveMutation, usersQuery } from './operations';

const byName = new Intl.Collator('vi', { sensitivity: 'base' });

export function UsersScreen() {
  const { t, language } = useI18n();
  const { data, previousData, loading, error } = useQuery(usersQuery);
  const users = [...((data ?? previousData)?.users ?? [])].sort((a, b) => byName.compare(a.fullName, b.fullName));

  return (
    <>
      <PageHeader title={t('users.title')}>
        {users.length > 0 && <span className="muted">{t('users.count', { count: users.length })}</span>}
      </PageHeader>
      <div className="stack">
        <CreateUserForm />
        {error && users.length === 0 && (
          <Banner tone="error">{describeError(error, language).message ?? t('common.networkError')}</Banner>
        )}
        {loading && users.length === 0 && <Spinner label={t('common.loading')} />}
        {users.length > 0 && (
          <ul className="user-list" aria-label={t('users.title')}>
            {users.map((user) => (
              <UserRow key={user.id} user={user} />
            ))}
          </ul>
        )}
      </div>
    </>
  );
}

function UserRow({ user }: { user: UserFieldsFragment }) {
  const { t, language } = useI18n();
  const me = useCurrentUser();
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [setActive, activeState] = useMutation(setUserActiveMutation);
  const [resetPassword, resetState] = useMutation(resetUserPasswordMutation);
  const busy = activeState.loading || resetState.loading;

  async function toggleActive() {
    setMessage(null);
    try {
      await setActive({ variables: { input: { userId: user.id, active: !user.active } } });
    } catch (error) {
      setMessage({ tone: 'error', text: describeError(error, language).message ?? t('common.networkError') });
    }
  }

  async function reset() {
    const password = window.prompt(t('users.resetPrompt', { username: user.username }));
    if (!password) return;
    setMessage(null);
    try {
      await resetPassword({ variables: { input: { userId: user.id, newPassword: password } } });
      setMessage({ tone: 'success', text: t('users.resetDone', { username: user.username }) });
    } catch (error) {
      setMessage({ tone: 'error', text: describeError(error, language).message ?? t('common.networkError') });
    }
  }

  return (
    <li className="card user-row" data-testid={`user-${user.username}`}>
      <div className="user-main">
        <p className="user-name">{user.fullName}</p>
        <p className="muted">
          {user.username} · {t(`role.${user.role}`)}
          {user.unit && ` · ${user.unit.name}`}
        </p>
        <p className="row">
          {user.active ? (
            <span className="badge">{t('users.active')}</span>
          ) : (
            <span className="badge badge-danger">{t('users.locked')}</span>
          )}
          {user.mustChangePassword && <span className="badge badge-warning">{t('users.mustChange')}</span>}
        </p>
      </div>
      {message && <Banner tone={message.tone}>{message.text}</Banner>}
      <div className="row">
        {user.id !== me.id && (
          <Button variant={user.active ? 'danger' : 'secondary'} onClick={toggleActive} disabled={busy}>
            {user.active ? t('users.lock') : t('users.unlock')}
          </Button>
        )}
        <Button variant="secondary" onClick={reset} disabled={busy}>
          {t('users.resetPassword')}
        </Button>
      </div>
    </li>
  );
}
