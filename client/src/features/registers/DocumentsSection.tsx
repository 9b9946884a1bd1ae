import { useMutation, useQuery } from '@apollo/client/react';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { DocumentForm } from './DocumentForm';
import { deleteDirectiveDocumentMutation, directiveDocumentsQuery, REGISTER_QUERIES } from './operations';
import { RegisterPager, RegisterSearch, useRegisterPaging } from './RegisterPaging';
import { RegisterSection, RegisterStatus } from './RegisterSection';

/** Văn bản chỉ đạo of the year: a page of the list with its search, add, edit, delete, and the register as files. */
export function DocumentsSection({ year, canEdit }: { year: number; canEdit: boolean }) {
  const { t } = useI18n();
  const paging = useRegisterPaging('documents');
  const { data, previousData, loading, error } = useQuery(directiveDocumentsQuery, {
    variables: { year, ...paging.variables },
  });
  const [remove] = useMutation(deleteDirectiveDocumentMutation, { refetchQueries: REGISTER_QUERIES });
  // The last page stays on screen while the next one loads.
  const shown = data ?? previousData;
  const docs = shown?.directiveDocumentPage.items ?? [];
  return (
    <RegisterSection
      register="directive-documents"
      year={year}
      canEdit={canEdit}
      records={docs}
      summary={
        <>
          <RegisterStatus loading={loading} error={error} />
          <RegisterSearch register="documents" paging={paging} />
        </>
      }
      footer={
        <RegisterPager
          paging={paging}
          shown={docs.length}
          total={shown?.directiveDocumentPage.total}
          range={(position) => t('registers.documentRange', { ...position, year })}
        />
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
