import { listPage, pageWindow } from '../../app/list-page';
import { useUrlParams } from '../../app/url-params';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/vi';
import { Pager } from '../../ui/Pager';
import { SearchBox } from '../../ui/SearchBox';

/**
 * The address parameters of each paged register: two lists share `/so-lieu-nam`, so each has its own
 * search and page (`q-vb`, `trang-vb` for the documents; `q-tthc`, `trang-tthc` for the procedures).
 */
const PARAMS = {
  documents: { search: 'q-vb', page: 'trang-vb' },
  procedures: { search: 'q-tthc', page: 'trang-tthc' },
} as const;
type PagedRegister = keyof typeof PARAMS;
const NAMES = ['q-vb', 'trang-vb', 'q-tthc', 'trang-tthc'] as const;

/** A register's search and page from the address, the server's paging arguments, and their setters. */
export function useRegisterPaging(register: PagedRegister) {
  const [params, setParams] = useUrlParams(NAMES);
  const names = PARAMS[register];
  const page = listPage(params[names.page]);
  return {
    search: params[names.search],
    page,
    variables: { search: params[names.search] || null, ...pageWindow(page) },
    // A new search starts again at the first page.
    setSearch: (q: string) => setParams({ [names.search]: q, [names.page]: null }),
    setPage: (next: number) => setParams({ [names.page]: next }),
  };
}

const TEXTS = {
  documents: { label: 'registers.documentSearch', hint: 'registers.documentSearchHint' },
  procedures: { label: 'registers.procedureSearch', hint: 'registers.procedureSearchHint' },
} as const satisfies Record<PagedRegister, { label: MessageKey; hint: MessageKey }>;

/** A register's search box. */
export function RegisterSearch({ register, paging }: { register: PagedRegister; paging: RegisterPaging }) {
  const { t } = useI18n();
  return (
    <SearchBox
      label={t(TEXTS[register].label)}
      placeholder={t(TEXTS[register].hint)}
      value={paging.search}
      onSearch={paging.setSearch}
    />
  );
}

type RegisterPaging = ReturnType<typeof useRegisterPaging>;

/** Under a register's page: "21–40 trên 120 thủ tục", or that nothing matches the search. */
export function RegisterPager(props: {
  paging: RegisterPaging;
  shown: number;
  total: number | undefined;
  range: (position: { from: number; to: number; total: number }) => string;
}) {
  const { t } = useI18n();
  const { paging, shown, total } = props;
  if (total === undefined) return null;
  if (total === 0) return paging.search ? <p className="muted">{t('registers.noMatch')}</p> : null;
  return <Pager page={paging.page} shown={shown} total={total} summary={props.range} onPage={paging.setPage} />;
}
