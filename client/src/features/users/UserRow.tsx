import { useState } from 'react';
import type { UserFieldsFragment } from '../../apollo/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { useCurrentUser } from '../auth/session';
import { EditUserDialog } from './EditUserDialog';
import { LockUserDialog } from './LockUserDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';

type Open = 'edit' | 'reset' | 'lock' | null;

export function UserRow({ user }: { user: UserFieldsFragment }) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);

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
      <div className="row user-actions">
        <Button variant="secondary" onClick={() => setOpen('edit')}>
          {t('users.edit')}
        </Button>
        <Button variant="secondary" onClick={() => setOpen('reset')}>
          {t('users.resetPassword')}
        </Button>
        {user.id !== me.id && (
          <Button variant={user.active ? 'danger' : 'secondary'} onClick={() => setOpen('lock')}>
            {user.active ? t('users.lock') : t('users.unlock')}
          </Button>
        )}
      </div>
      {open === 'edit' && <EditUserDialog user={user} onClose={close} />}
      {open === 'reset' && <ResetPasswordDialog user={user} onClose={close} />}
      {open === 'lock' && <LockUserDialog user={user} onClose={close} />}
    </li>
  );
}
