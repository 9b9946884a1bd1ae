import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { pushPublicKeyQuery, removePushSubscriptionMutation, savePushSubscriptionMutation } from './operations';
import { currentPushSubscription, pushSupported, subscribeToPush, unsubscribeFromPush } from './push';

type State = 'checking' | 'on' | 'off' | 'working' | 'denied' | 'unsupported' | 'failed';

/** Turns push on or off for this phone or computer: the browser's subscription, kept by the server. */
export function PushDeviceControl() {
  const { t } = useI18n();
  const client = useApolloClient();
  const [state, setState] = useState<State>(pushSupported() ? 'checking' : 'unsupported');

  useEffect(() => {
    if (!pushSupported()) return;
    let live = true;
    currentPushSubscription()
      .then((keys) => live && setState(keys ? 'on' : 'off'))
      .catch(() => live && setState('off'));
    return () => {
      live = false;
    };
  }, []);

  const enable = async () => {
    setState('working');
    try {
      const { data } = await client.query({ query: pushPublicKeyQuery, fetchPolicy: 'network-only' });
      if (!data) throw new Error('no key');
      const outcome = await subscribeToPush(data.pushPublicKey);
      if (!outcome.ok) return setState(outcome.reason);
      await client.mutate({ mutation: savePushSubscriptionMutation, variables: { input: outcome.keys } });
      setState('on');
    } catch {
      setState('failed');
    }
  };

  const disable = async () => {
    setState('working');
    try {
      const endpoint = await unsubscribeFromPush();
      if (endpoint) await client.mutate({ mutation: removePushSubscriptionMutation, variables: { endpoint } });
      setState('off');
    } catch {
      setState('failed');
    }
  };

  if (state === 'unsupported') return <p className="muted">{t('inbox.pushUnsupported')}</p>;
  return (
    <div className="stack" data-testid="push-device" data-state={state}>
      <p>{state === 'on' ? t('inbox.pushOn') : t('inbox.pushOff')}</p>
      {state === 'denied' && <Banner tone="warning">{t('inbox.pushDenied')}</Banner>}
      {state === 'failed' && <Banner tone="error">{t('inbox.pushFailed')}</Banner>}
      <div className="row">
        {state === 'on' ? (
          <Button variant="secondary" onClick={() => void disable()}>
            {t('inbox.pushDisable')}
          </Button>
        ) : (
          <Button
            variant="secondary"
            onClick={() => void enable()}
            disabled={state === 'working' || state === 'checking'}
            data-testid="push-enable"
          >
            {t('inbox.pushEnable')}
          </Button>
        )}
      </div>
    </div>
  );
}
