import { useMutation, useQuery } from '@apollo/client/react';
import type { MouseEvent } from 'react';
import { describeError } from '../../apollo/errors';
import type { MyNotificationsQuery } from '../../apollo/generated/graphql';
import { navigate } from '../../app/router';
import { PAGE_PARAM, pageNumber, useUrlParams } from '../../app/url-params';
import { formatInstant } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { Spinner } from '../../ui/Spinner';
import { NotificationSettingsSection } from './NotificationSettingsSection';
import {
  markAllNotificationsReadMutation,
  markNotificationReadMutation,
  myNotificationsQuery,
  unreadNotificationCountQuery,
} from './operations';
import './notifications.css';

type Item = MyNotificationsQuery['myNotifications']['items'][number];

const PAGE_SIZE = 20;

/** Only the app's own addresses are followed from a notification. */
function safeLink(link: string): string {
  return link.startsWith('/') && !link.startsWith('//') ? link : '/';
}

/** "Thông báo": the signed-in person's inbox, newest first, a page at a time, and their choices below. */
export function InboxScreen() {
  const { t, language } = useI18n();
  const [params, setParams] = useUrlParams([PAGE_PARAM]);
  const page = pageNumber(params[PAGE_PARAM]);
  const { data, loading, error } = useQuery(myNotificationsQuery, {
    variables: { first: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const refetchQueries = [unreadNotificationCountQuery, myNotificationsQuery];
  const [markRead] = useMutation(markNotificationReadMutation, { refetchQueries: [unreadNotificationCountQuery] });
  const [markAll, markingAll] = useMutation(markAllNotificationsReadMutation, { refetchQueries });
  const items = data?.myNotifications.items ?? [];
  const total = data?.myNotifications.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const unread = data?.unreadNotificationCount ?? 0;

  const open = (item: Item) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    if (!item.readAt) void markRead({ variables: { id: item.id } }).catch(() => undefined);
    navigate(safeLink(item.link));
  };

  return (
    <>
      <PageHeader title={t('inbox.title')}>
        {unread > 0 && (
          <Button variant="secondary" onClick={() => void markAll()} disabled={markingAll.loading}>
            {t('inbox.markAll')}
          </Button>
        )}
      </PageHeader>
      <div className="stack inbox-screen" data-testid="inbox-screen">
        {error && <Banner tone="error">{describeError(error, language).message ?? t('common.networkError')}</Banner>}
        {loading && !data && <Spinner label={t('common.loading')} />}
        {data && total === 0 && <p className="muted">{t('inbox.empty')}</p>}
        {items.length > 0 && (
          <ul className="inbox-list" aria-label={t('inbox.title')}>
            {items.map((item) => (
              <li key={item.id} className={item.readAt ? 'inbox-item' : 'inbox-item inbox-item-unread'}>
                <a
                  href={safeLink(item.link)}
                  onClick={open(item)}
                  className="inbox-item-link"
                  data-testid="inbox-item"
                  data-kind={item.kind}
                >
                  <span className="inbox-item-head">
                    {!item.readAt && <span className="badge badge-warning">{t('inbox.new')}</span>}
                    <strong className="inbox-item-title">{item.title}</strong>
                  </span>
                  <span className="inbox-item-body">{item.body}</span>
                  <span className="muted inbox-item-time">{formatInstant(item.createdAt, { withTime: true })}</span>
                </a>
              </li>
            ))}
          </ul>
        )}
        {pages > 1 && (
          <nav className="row inbox-pages" aria-label={t('inbox.pages')}>
            <Button variant="secondary" disabled={page <= 1} onClick={() => setParams({ [PAGE_PARAM]: page - 1 })}>
              {t('inbox.previous')}
            </Button>
            <span>{t('inbox.page', { page, pages })}</span>
            <Button variant="secondary" disabled={page >= pages} onClick={() => setParams({ [PAGE_PARAM]: page + 1 })}>
              {t('inbox.next')}
            </Button>
          </nav>
        )}
        <NotificationSettingsSection />
      </div>
    </>
  );
}
