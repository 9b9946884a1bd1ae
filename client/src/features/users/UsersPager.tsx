import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';

interface UsersPagerProps {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}

/** Previous and next page of the users list; nothing when everything fits on one page. */
export function UsersPager({ page, pages, onPage }: UsersPagerProps) {
  const { t } = useI18n();
  if (pages <= 1 && page <= 1) return null;
  return (
    <nav className="row user-pager" aria-label={t('users.pageOf', { page, pages })}>
      <Button variant="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('users.previous')}
      </Button>
      <span className="muted">{t('users.pageOf', { page, pages })}</span>
      <Button variant="secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('users.next')}
      </Button>
    </nav>
  );
}
