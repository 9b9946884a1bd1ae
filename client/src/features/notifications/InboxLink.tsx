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
      <svg className="inbox-bell" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2z"
        />
      </svg>
      <span className="inbox-link-label">{t('inbox.link')}</span>
      {unread > 0 && (
        <span className="inbox-badge" data-testid="inbox-unread">
          {unread > 99 ? '99+' : unread}
          <span className="visually-hidden"> {t('inbox.unread')}</span>
        </span>
      )}
    </a>
  );
}
