import { pagePosition } from '../app/list-page';
import { useI18n } from '../i18n/I18nProvider';
import { Button } from './Button';

interface PagerProps {
  /** The page shown, 1-based. */
  page: number;
  /** Rows on this page. */
  shown: number;
  /** Rows in the whole filtered list. */
  total: number;
  /** "21–40 trên 213 cuộc kiểm tra", from the first and last row shown and the total. */
  summary: (position: { from: number; to: number; total: number }) => string;
  onPage: (page: number) => void;
}

/** Where a page stands in a long list, and Trước / Sau to move through it. */
export function Pager({ page, shown, total, summary, onPage }: PagerProps) {
  const { t } = useI18n();
  const { pages, from, to } = pagePosition(page, shown, total);
  // A new page starts at its top, as a new screen would.
  const go = (next: number) => {
    onPage(next);
    window.scrollTo({ top: 0 });
  };
  return (
    <nav className="pager" aria-label={t('list.pages')} data-testid="pager">
      <span className="pager-summary">{summary({ from, to, total })}</span>
      <span className="pager-moves">
        <Button variant="secondary" disabled={page <= 1} onClick={() => go(page - 1)}>
          {t('list.previous')}
        </Button>
        <span className="pager-page">{t('list.page', { page, pages })}</span>
        <Button variant="secondary" disabled={page >= pages} onClick={() => go(page + 1)}>
          {t('list.next')}
        </Button>
      </span>
    </nav>
  );
}
