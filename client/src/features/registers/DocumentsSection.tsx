import { useMutation, useQuery } from '@apollo/client/react';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { DocumentForm } from './DocumentForm';
import { deleteDirectiveDocumentMutation, directiveDocumentsQuery, REGISTER_QUERIES } from './operations';
import { RegisterSection, RegisterStatus } from './RegisterSection';

/** Văn bản chỉ đạo of the year: list, add, edit, delete, and the register as files. */
export function DocumentsSection({ year, canEdit }: { year: number; canEdit: boolean }) {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(directiveDocumentsQuery, { variables: { year } });
  const [remove] = useMutation(deleteDirectiveDocumentMutation, { refetchQueries: REGISTER_QUERIES });
  const docs = data?.directiveDocuments ?? [];
  return (
    <RegisterSection
      register="directive-documents"
      year={year}
      canEdit={canEdit}
      records={docs}
      summary={
        <>
          <RegisterStatus loading={loading} error={error} />
          {data && <p className="muted">{t('registers.documentCount', { count: docs.length, year })}</p>}
        </>
      }
      renderRecord={(doc) => (
        <>
          <p className="record-title">
            {doc.number} · {t(`registers.docType.${doc.type}`)}
          </p>
          <p className="muted">
            {formatDate(doc.issuedOn)} · {doc.issuingUnit.name}
          </p>
          <p>{doc.summary}</p>
        </>
      )}
      renderForm={(doc, done) => <DocumentForm year={year} doc={doc} onDone={done} />}
      deleteName={(doc) => doc.number}
      onDelete={(doc) => remove({ variables: { id: doc.id } })}
    />
  );
}
