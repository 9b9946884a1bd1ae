import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { describeError } from '../../apollo/errors';
import type { NotificationChannel, NotificationKind } from '../../apollo/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { TextField } from '../../ui/TextField';
import { notificationSettingsQuery, saveNotificationSettingsMutation } from './operations';
import { PushDeviceControl } from './PushDeviceControl';

const KINDS: NotificationKind[] = [
  'VISIT_RETURNED',
  'VISIT_PLANNED',
  'VISIT_TOMORROW',
  'FINDINGS_ISSUED',
  'REMEDIATION_REPORTED',
  'DEADLINE_SOON',
  'DEADLINE_PASSED',
];

function toggled<T>(list: T[], value: T, on: boolean): T[] {
  return on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
}

/** Which kinds a person receives and where besides the inbox (push, e-mail): stored on the server. */
export function NotificationSettingsSection() {
  const { t, language } = useI18n();
  const { data } = useQuery(notificationSettingsQuery, { fetchPolicy: 'cache-and-network' });
  const [save, saving] = useMutation(saveNotificationSettingsMutation);
  const [kinds, setKinds] = useState<NotificationKind[]>([]);
  const [channels, setChannels] = useState<NotificationChannel[]>([]);
  const [email, setEmail] = useState('');
  const [saved, setSaved] = useState(false);
  const settings = data?.notificationSettings;
  useEffect(() => {
    if (!settings) return;
    setKinds(settings.kinds);
    setChannels(settings.channels);
    setEmail(settings.emailAddress ?? '');
  }, [settings]);
  if (!settings) return null;

  const submit = async () => {
    setSaved(false);
    const input = { kinds, channels, emailAddress: email.trim() || null };
    const result = await save({ variables: { input } }).catch(() => null);
    if (result?.data) setSaved(true);
  };

  return (
    <details className="stack inbox-settings" data-testid="inbox-settings">
      <summary className="section-title">{t('inbox.settings')}</summary>
      <fieldset className="stack">
        <legend>{t('inbox.settingsKinds')}</legend>
        {KINDS.map((kind) => (
          <Checkbox
            key={kind}
            label={t(`inbox.kind.${kind}`)}
            checked={kinds.includes(kind)}
            onChange={(on) => setKinds(toggled(kinds, kind, on))}
          />
        ))}
      </fieldset>
      <fieldset className="stack">
        <legend>{t('inbox.channels')}</legend>
        <p className="muted">{t('inbox.channel.inApp')}</p>
        <Checkbox
          label={t('inbox.channel.PUSH')}
          checked={channels.includes('PUSH')}
          onChange={(on) => setChannels(toggled(channels, 'PUSH', on))}
        />
        <Checkbox
          label={t('inbox.channel.EMAIL')}
          checked={channels.includes('EMAIL')}
          onChange={(on) => setChannels(toggled(channels, 'EMAIL', on))}
        />
        {channels.includes('EMAIL') && (
          <TextField
            label={t('inbox.emailAddress')}
            type="email"
            autoComplete="email"
            value={email}
            onChange={setEmail}
            hint={settings.emailAvailable ? undefined : t('inbox.emailUnavailable')}
          />
        )}
      </fieldset>
      {saving.error && (
        <Banner tone="error">{describeError(saving.error, language).message ?? t('common.networkError')}</Banner>
      )}
      {saved && <Banner tone="success">{t('inbox.saved')}</Banner>}
      <div className="row">
        <Button onClick={() => void submit()} disabled={saving.loading} data-testid="inbox-settings-save">
          {t('inbox.save')}
        </Button>
      </div>
      <PushDeviceControl />
    </details>
  );
}
