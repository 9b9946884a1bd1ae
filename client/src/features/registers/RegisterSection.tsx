import { Fragment, type ReactNode, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/vi';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Spinner } from '../../ui/Spinner';
import { ConfirmDelete } from './ConfirmDelete';
import { RegisterFiles, type RegisterKind } from './RegisterFiles';

/**
 * How each register listed record by record is named: the section and its add button, and the test ids
 * (the section's, then `${record}-add` and `${record}-record`: document-add, procedure-record...).
 */
const LISTED_REGISTERS = {
  'directive-documents': {
    label: 'registers.tab.documents',
    addLabel: 'registers.documentAdd',
    testId: 'register-documents',
    record: 'document',
  },
  'administrative-procedures': {
    label: 'registers.tab.procedures',
    addLabel: 'registers.procedureAdd',
    testId: 'register-procedures',
    record: 'procedure',
  },
} as const satisfies Partial<
  Record<RegisterKind, { label: MessageKey; addLabel: MessageKey; testId: string; record: string }>
>;

interface RegisterSectionProps<T extends { id: string }> {
  register: keyof typeof LISTED_REGISTERS;
  year: number;
  canEdit: boolean;
  records: readonly T[];
  /** Above the register's files (the procedures' figures). */
  header?: ReactNode;
  /** Between the form and the list (the search). */
  summary?: ReactNode;
  /** Under the list (its pager). */
  footer?: ReactNode;
  /** What a record shows in the list; its edit and delete buttons follow. */
  renderRecord: (record: T) => ReactNode;
  /** The form adding a record (null) or changing one; `done` closes it. */
  renderForm: (record: T | null, done: () => void) => ReactNode;
  /** The record as the delete confirmation names it. */
  deleteName: (record: T) => string;
  onDelete: (record: T) => Promise<unknown>;
}

/**
 * One register of the year: its files, then its records, each with edit and delete for the office; one
 * form at a time adds or changes a record, and a deletion is confirmed first.
 */
export function RegisterSection<T extends { id: string }>(props: RegisterSectionProps<T>) {
  const { t } = useI18n();
  const { canEdit, records } = props;
  const names = LISTED_REGISTERS[props.register];
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const [deleting, setDeleting] = useState<T | null>(null);
  return (
    <section className="stack" aria-label={t(names.label)} data-testid={names.testId}>
      {props.header}
      <RegisterFiles register={props.register} year={props.year} canEdit={canEdit} />
      {canEdit && editing === null && (
        <Button block onClick={() => setEditing('new')} data-testid={`${names.record}-add`}>
          {t(names.addLabel)}
        </Button>
      )}
      {canEdit && editing !== null && (
        <Fragment key={editing === 'new' ? 'new' : editing.id}>
          {props.renderForm(editing === 'new' ? null : editing, () => setEditing(null))}
        </Fragment>
      )}
      {props.summary}
      <ul className="record-list">
        {records.map((record) => (
          <li key={record.id} className="record register-record" data-testid={`${names.record}-record`}>
            {props.renderRecord(record)}
            {canEdit && (
              <div className="record-actions">
                <Button variant="secondary" onClick={() => setEditing(record)}>
                  {t('registers.edit')}
                </Button>
                <Button variant="danger" onClick={() => setDeleting(record)}>
                  {t('registers.delete')}
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {props.footer}
      <ConfirmDelete
        what={deleting ? props.deleteName(deleting) : null}
        onClose={() => setDeleting(null)}
        onConfirm={() => (deleting ? props.onDelete(deleting) : Promise.resolve())}
      />
    </section>
  );
}

/** A register still loading, or one that could not be read. */
export function RegisterStatus({ loading, error }: { loading: boolean; error: unknown }) {
  const { t } = useI18n();
  return (
    <>
      {loading && <Spinner label={t('common.loading')} />}
      {error ? <Banner tone="error">{t('common.error')}</Banner> : null}
    </>
  );
}
