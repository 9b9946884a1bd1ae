import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { describeError } from '../../apollo/errors';
import type { SyncDevicesQuery } from '../../apollo/generated/graphql';
import { formatInstant } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { Spinner } from '../../ui/Spinner';
import { describeUserAgent } from './device-label';
import { syncDevicesQuery } from './operations';
import { byOldestPending, isLongPending, timeAgo } from './pending';
import './devices.css';

type Device = SyncDevicesQuery['syncDevices'][number];

/** The clock for "x giờ trước", moved on every minute while the screen is open. */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/** "Máy chưa đồng bộ": per inspector's device, what is still on it and since when; the longest waiting first. */
export function DevicesScreen() {
  const { t, language } = useI18n();
  const now = useNow();
  const { data, loading, error, refetch } = useQuery(syncDevicesQuery, { fetchPolicy: 'cache-and-network' });
  const devices = byOldestPending(data?.syncDevices ?? []);
  const waiting = devices.filter((device) => device.pendingCount > 0);
  const synced = devices.filter((device) => device.pendingCount === 0);
  return (
    <>
      <PageHeader title={t('devices.title')}>
        <Button variant="secondary" onClick={() => refetch()} disabled={loading}>
          {t('devices.refresh')}
        </Button>
      </PageHeader>
      <div className="stack devices-screen" data-testid="devices-screen">
        <p className="muted">{t('devices.explain')}</p>
        {error && <Banner tone="error">{describeError(error, language).message ?? t('common.networkError')}</Banner>}
        {loading && !data && <Spinner label={t('common.loading')} />}
        {data && devices.length === 0 && <p className="muted">{t('devices.empty')}</p>}
        {data && devices.length > 0 && (
          <>
            <section className="stack" aria-labelledby="devices-waiting">
              <h2 id="devices-waiting" className="section-title">
                {t('devices.waiting', { count: waiting.length })}
              </h2>
              {waiting.length === 0 ? (
                <p className="muted">{t('devices.noneWaiting')}</p>
              ) : (
                <DeviceList devices={waiting} now={now} />
              )}
            </section>
            {synced.length > 0 && (
              <section className="stack" aria-labelledby="devices-synced">
                <h2 id="devices-synced" className="section-title">
                  {t('devices.synced', { count: synced.length })}
                </h2>
                <DeviceList devices={synced} now={now} />
              </section>
            )}
          </>
        )}
      </div>
    </>
  );
}

function DeviceList({ devices, now }: { devices: Device[]; now: Date }) {
  return (
    <ul className="device-list">
      {devices.map((device) => (
        <DeviceCard key={device.id} device={device} now={now} />
      ))}
    </ul>
  );
}

/** No line break inside "24/11/2026 09:12" or "(2 ngày trước)" on a narrow phone. */
const unbroken = (text: string) => text.replaceAll(' ', '\u00a0');

function DeviceCard({ device, now }: { device: Device; now: Date }) {
  const { t } = useI18n();
  const ago = (value: unknown) => {
    const text = timeAgo(value, now);
    return text ? unbroken(t(text.key, text.params)) : '';
  };
  const when = (value: unknown) => unbroken(formatInstant(value, { withTime: true }));
  const late = isLongPending(device, now);
  const tone = device.pendingCount === 0 ? 'device-synced' : late ? 'device-late' : 'device-waiting';
  return (
    <li className={`device ${tone}`} data-testid="device-row">
      <div className="device-who">
        <div className="device-head">
          <strong className="device-user">{device.user.fullName}</strong>
          <span className="muted">{device.user.username}</span>
        </div>
        <p className="device-kind">{describeUserAgent(device.userAgent) ?? t('devices.unknownDevice')}</p>
      </div>
      <dl className="device-facts">
        <div>
          <dt>{t('devices.pending')}</dt>
          <dd data-testid="device-pending">
            {device.pendingCount === 0 ? (
              t('devices.allSent')
            ) : (
              <>
                <strong className="device-count">{t('devices.pendingCount', { count: device.pendingCount })}</strong>
                {device.oldestPendingAt ? (
                  <>
                    {' '}
                    {t('devices.pendingSince', {
                      time: when(device.oldestPendingAt),
                      ago: ago(device.oldestPendingAt),
                    })}
                  </>
                ) : null}
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('devices.lastSync')}</dt>
          <dd>
            {device.lastSyncAt ? (
              <>
                {when(device.lastSyncAt)} <span className="muted">({ago(device.lastSyncAt)})</span>
              </>
            ) : (
              t('devices.neverSynced')
            )}
          </dd>
        </div>
      </dl>
    </li>
  );
}
