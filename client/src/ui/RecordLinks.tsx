import type { ReactNode } from 'react';
import { linkClick } from '../app/router';
import { useI18n } from '../i18n/I18nProvider';
import { Spinner } from './Spinner';

interface RecordLinksProps<T extends { id: string }> {
  records: T[];
  loading: boolean;
  /** The list could not be loaded: the caller says why, so no "empty" note is shown. */
  failed: boolean;
  emptyText: string;
  href: (record: T) => string;
  testId: string;
  /** What a record's link shows. */
  children: (record: T) => ReactNode;
}

/** A list of records, each a link to its screen; a spinner on the first load, a note when there are none. */
export function RecordLinks<T extends { id: string }>({
  records,
  loading,
  failed,
  emptyText,
  href,
  testId,
  children,
}: RecordLinksProps<T>) {
  const { t } = useI18n();
  return (
    <>
      {loading && records.length === 0 && <Spinner label={t('common.loading')} />}
      {!loading && !failed && records.length === 0 && <p className="muted">{emptyText}</p>}
      <ul className="record-list">
        {records.map((record) => (
          <li key={record.id}>
            <a className="record" href={href(record)} onClick={linkClick(href(record))} data-testid={testId}>
              {children(record)}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
