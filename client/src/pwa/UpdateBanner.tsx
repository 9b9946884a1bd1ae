import { useSyncExternalStore } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { Button } from '../ui/Button';
import { applyUpdate, isUpdateReady, subscribeToUpdate } from './register';

export function UpdateBanner() {
  const { t } = useI18n();
  const ready = useSyncExternalStore(subscribeToUpdate, isUpdateReady, () => false);
  if (!ready) return null;
  return (
    <div className="update-banner" role="status" data-testid="update-banner">
      <span>{t('pwa.updateReady')}</span>
      <Button variant="secondary" onClick={applyUpdate}>
        {t('pwa.update')}
      </Button>
    </div>
  );
}
