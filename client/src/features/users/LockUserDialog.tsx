import { useMutation } from '@apollo/client/react';
import type { UserFieldsFragment } from '../../apollo/generated/graphql';
import { useRequestProblem } from '../../apollo/useRequestProblem';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { setUserActiveMutation } from './operations';

/** Locking signs the person out everywhere at once, so it is confirmed with their name; so is unlocking. */
export function LockUserDialog({ user, onClose }: { user: UserFieldsFragment; onClose: () => void }) {
  const { t } = useI18n();
  const locking = user.active;
  const { problem, attempt } = useRequestProblem();
  const [setActive, { loading }] = useMutation(setUserActiveMutation, { refetchQueries: ['UserPage'] });

  async function confirm() {
    const done = await attempt(() => setActive({ variables: { input: { userId: user.id, active: !locking } } }));
    if (done) onClose();
  }

  return (
    <Dialog open title={locking ? t('users.lockTitle') : t('users.unlockTitle')} onClose={onClose}>
      <p>{t(locking ? 'users.lockConfirm' : 'users.unlockConfirm', { name: `${user.fullName} (${user.username})` })}</p>
      {problem && <Banner tone="error">{problem.message ?? t('common.networkError')}</Banner>}
      <DialogActions
        confirmLabel={locking ? t('users.lock') : t('users.unlock')}
        onConfirm={() => void confirm()}
        onCancel={onClose}
        danger={locking}
        busy={loading}
      />
    </Dialog>
  );
}
