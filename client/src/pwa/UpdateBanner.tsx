import { useSyncExternalStore } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { sharedOutbox } from '../offline/shared-outbox';
import { Button } from '../ui/Button';
import { applyUpdate, isUpdateReady, subscribeToUpdate } from './register';

export function UpdateBanner() {
  const { t } = useI18n();
  const ready = useSyncExternalStore(subscribeToUpdate, isUpdateReady, () => false);
  if (!ready) return null;
  return (
    <div className="update-banner" role="status" data-testid="update-banner">
      <span>{t('pwa.updateReady')}</span>
      <Button
        variant="secondary"
        onClick={async () => {
          // The outbox lives in IndexedDB and survives the reload; only let a write being stored finish first.
          await sharedOutbox()
            .then((outbox) => outbox.idle())
            .catch(() => undefined);
          applyUpdate();
        }}
      >
        {t('pwa.update')}
      </Button>
    </div>
  );
}
