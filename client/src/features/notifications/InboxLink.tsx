import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { linkClick } from '../../app/router';
import { ROUTES } from '../../app/routes';
import { useI18n } from '../../i18n/I18nProvider';
import { unreadNotificationCountQuery } from './operations';
import { PUSH_MESSAGE } from './push';

/** How often the badge asks the server, besides when a push arrives and after the inbox changes. */
const POLL_MS = 60_000;

/** The link to the inbox (/thong-bao) with the number of unread notifications. */
export function InboxLink() {
  const { t } = useI18n();
  const { data, refetch } = useQuery(unreadNotificationCountQuery, {
    fetchPolicy: 'cache-and-network',
    pollInterval: POLL_MS,
  });
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    const onMessage = (event: MessageEvent) => {
      if ((event.data as { type?: string } | null)?.type === PUSH_MESSAGE) void refetch();
    };
    navigator.serviceWorker.addEventListener('message', onMessage);
    return () => navigator.serviceWorker.removeEventListener('message', onMessage);
  }, [refetch]);
  const unread = data?.unreadNotificationCount ?? 0;
  return (
    <a className="inbox-link" href={ROUTES.inbox} onClick={linkClick(ROUTES.inbox)} data-testid="inbox-link">
      {t('inbox.link')}
      {unread > 0 && (
        <span className="inbox-badge" data-testid="inbox-unread">
          {unread > 99 ? '99+' : unread}
          <span className="visually-hidden"> {t('inbox.unread')}</span>
        </span>
      )}
    </a>
  );
}
