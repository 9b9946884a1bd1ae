import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { UserFieldsFragment } from '../../apollo/generated/graphql';
import { useRequestProblem } from '../../apollo/useRequestProblem';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { resetUserPasswordMutation } from './operations';
import { temporaryPassword } from './temporary-password';

/**
 * Resets a password to a random temporary one, shown once after the server took it, with a copy button.
 * Closing the dialog forgets it: nothing keeps it, on the phone or on the server.
 */
export function ResetPasswordDialog({ user, onClose }: { user: UserFieldsFragment; onClose: () => void }) {
  const { t } = useI18n();
  const { problem, attempt } = useRequestProblem();
  const [shown, setShown] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [reset, { loading }] = useMutation(resetUserPasswordMutation);

  async function confirm() {
    const password = temporaryPassword();
    const done = await attempt(() => reset({ variables: { input: { userId: user.id, newPassword: password } } }));
    if (done) setShown(password);
  }

  async function copy(password: string) {
    // Without a secure context there is no clipboard: the password stays shown, selectable in one tap.
    await navigator.clipboard?.writeText(password).then(
      () => setCopied(true),
      () => undefined,
    );
  }

  return (
    <Dialog open title={t('users.resetTitle', { name: user.fullName })} onClose={onClose}>
      {shown === null ? (
        <>
          <p>{t('users.resetExplain')}</p>
          {problem && <Banner tone="error">{problem.message ?? t('common.networkError')}</Banner>}
          <DialogActions
            confirmLabel={t('users.resetConfirm')}
            onConfirm={() => void confirm()}
            onCancel={onClose}
            danger
            busy={loading}
          />
        </>
      ) : (
        <>
          <Banner tone="success">{t('users.resetDone', { username: user.username })}</Banner>
          <p className="field-label">{t('users.tempPassword')}</p>
          <p className="temporary-password" data-testid="temporary-password">
            {shown}
          </p>
          <p className="muted">{t('users.tempPasswordOnce')}</p>
          <div className="dialog-actions">
            <Button variant="secondary" onClick={() => void copy(shown)}>
              {copied ? t('users.copied') : t('users.copy')}
            </Button>
            <Button onClick={onClose}>{t('users.done')}</Button>
          </div>
        </>
      )}
    </Dialog>
  );
}
