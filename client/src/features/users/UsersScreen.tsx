import { useQuery } from '@apollo/client/react';
import { describeError } from '../../apollo/errors';
import type { Role, UserStatus } from '../../apollo/generated/graphql';
import { PAGE_PARAM, pageNumber, useUrlParams } from '../../app/url-params';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { PageHeader } from '../../ui/PageHeader';
import { Spinner } from '../../ui/Spinner';
import { CreateUserForm } from './CreateUserForm';
import { userPageQuery } from './operations';
import { USER_PARAMS, UserFilters } from './UserFilters';
import { UserRow } from './UserRow';
import { UsersPager } from './UsersPager';

/** Users shown per page: a phone scrolls a page of cards, the office a longer table-like list. */
export const USERS_PER_PAGE = 20;

export function UsersScreen() {
  const { t, language } = useI18n();
  const [params, setParams] = useUrlParams(USER_PARAMS);
  const page = pageNumber(params[PAGE_PARAM]);
  const filter = {
    q: params.q.trim() || null,
    role: (params['vai-tro'] || null) as Role | null,
    unitId: params['don-vi'] || null,
    status: (params['trang-thai'] || null) as UserStatus | null,
  };
  const { data, previousData, loading, error } = useQuery(userPageQuery, {
    variables: { filter, first: USERS_PER_PAGE, offset: (page - 1) * USERS_PER_PAGE },
  });
  const result = (data ?? previousData)?.userPage;
  const users = result?.items ?? [];
  const total = result?.total ?? 0;

  return (
    <>
      <PageHeader title={t('users.title')}>
        {result && <span className="muted">{t('users.count', { count: total })}</span>}
      </PageHeader>
      <div className="stack">
        <CreateUserForm />
        <UserFilters params={params} onChange={setParams} />
        {error && !result && (
          <Banner tone="error">{describeError(error, language).message ?? t('common.networkError')}</Banner>
        )}
        {loading && !result && <Spinner label={t('common.loading')} />}
        {result && users.length === 0 && <p className="muted">{t('users.none')}</p>}
        {users.length > 0 && (
          <ul className="user-list" aria-label={t('users.title')} aria-busy={loading || undefined}>
            {users.map((user) => (
              <UserRow key={user.id} user={user} />
            ))}
          </ul>
        )}
        <UsersPager
          page={page}
          pages={Math.max(1, Math.ceil(total / USERS_PER_PAGE))}
          onPage={(next) => setParams({ [PAGE_PARAM]: next > 1 ? next : null })}
        />
      </div>
    </>
  );
}
