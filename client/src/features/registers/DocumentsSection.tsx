import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { describeError, type RequestProblem } from '../../apollo/errors';
import type { DirectiveDocumentFieldsFragment, DirectiveDocumentType } from '../../apollo/generated/graphql';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Select';
import { Spinner } from '../../ui/Spinner';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { unitsQuery } from '../units/operations';
import { ConfirmDelete } from './ConfirmDelete';
import {
  createDirectiveDocumentMutation,
  deleteDirectiveDocumentMutation,
  directiveDocumentsQuery,
  REGISTER_QUERIES,
  updateDirectiveDocumentMutation,
} from './operations';
import { RegisterFiles } from './RegisterFiles';

const DOCUMENT_TYPES: DirectiveDocumentType[] = ['KE_HOACH', 'CONG_VAN', 'QUYET_DINH', 'BAO_CAO', 'THONG_BAO', 'KHAC'];

/** Văn bản chỉ đạo of the year: list, add, edit, delete, and the register as files. */
export function DocumentsSection({ year, canEdit }: { year: number; canEdit: boolean }) {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(directiveDocumentsQuery, { variables: { year } });
  const [editing, setEditing] = useState<DirectiveDocumentFieldsFragment | 'new' | null>(null);
  const [deleting, setDeleting] = useState<DirectiveDocumentFieldsFragment | null>(null);
  const [remove] = useMutation(deleteDirectiveDocumentMutation, { refetchQueries: REGISTER_QUERIES });
  const docs = data?.directiveDocuments ?? [];
  return (
    <section className="stack" aria-label={t('registers.tab.documents')} data-testid="register-documents">
      <RegisterFiles register="directive-documents" year={year} canEdit={canEdit} />
      {canEdit && editing === null && (
        <Button block onClick={() => setEditing('new')} data-testid="document-add">
          {t('registers.documentAdd')}
        </Button>
      )}
      {canEdit && editing !== null && (
        <DocumentForm
          key={editing === 'new' ? 'new' : editing.id}
          year={year}
          doc={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      )}
      {loading && <Spinner label={t('common.loading')} />}
      {error && <Banner tone="error">{t('common.error')}</Banner>}
      {data && <p className="muted">{t('registers.documentCount', { count: docs.length, year })}</p>}
      <ul className="record-list">
        {docs.map((doc) => (
          <li key={doc.id} className="record register-record" data-testid="document-record">
            <p className="record-title">
              {doc.number} · {t(`registers.docType.${doc.type}`)}
            </p>
            <p className="muted">
              {formatDate(doc.issuedOn)} · {doc.issuingUnit.name}
            </p>
            <p>{doc.summary}</p>
            {canEdit && (
              <div className="record-actions">
                <Button variant="secondary" onClick={() => setEditing(doc)}>
                  {t('registers.edit')}
                </Button>
                <Button variant="danger" onClick={() => setDeleting(doc)}>
                  {t('registers.delete')}
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <ConfirmDelete
        what={deleting ? deleting.number : null}
        onClose={() => setDeleting(null)}
        onConfirm={() => (deleting ? remove({ variables: { id: deleting.id } }) : Promise.resolve())}
      />
    </section>
  );
}

function DocumentForm({
  year,
  doc,
  onDone,
}: {
  year: number;
  doc: DirectiveDocumentFieldsFragment | null;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const units = useQuery(unitsQuery, { variables: { filter: { includeInactive: true } } });
  const [type, setType] = useState<DirectiveDocumentType>(doc?.type ?? 'CONG_VAN');
  const [number, setNumber] = useState(doc?.number ?? '');
  const [issuedOn, setIssuedOn] = useState(doc?.issuedOn ?? `${year}-01-01`);
  const [issuingUnitId, setIssuingUnitId] = useState(doc?.issuingUnitId ?? '');
  const [summary, setSummary] = useState(doc?.summary ?? '');
  const [problem, setProblem] = useState<RequestProblem | null>(null);
  const [create, creating] = useMutation(createDirectiveDocumentMutation, { refetchQueries: REGISTER_QUERIES });
  const [update, updating] = useMutation(updateDirectiveDocumentMutation, { refetchQueries: REGISTER_QUERIES });
  const fields = problem?.fields ?? {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const input = { type, number: number.trim(), issuedOn, issuingUnitId, summary };
    try {
      if (doc) await update({ variables: { input: { ...input, id: doc.id, version: Math.trunc(doc.version) } } });
      else await create({ variables: { input } });
      onDone();
    } catch (error) {
      setProblem(describeError(error));
    }
  }

  return (
    <form className="card stack" onSubmit={submit} noValidate data-testid="document-form">
      <h2 className="section-title">{doc ? t('registers.documentEdit') : t('registers.documentAdd')}</h2>
      {problem && !Object.keys(fields).length && (
        <Banner tone="error">{problem.message ?? t('common.networkError')}</Banner>
      )}
      <Select
        label={t('registers.documentType')}
        value={type}
        onChange={(value) => setType(value as DirectiveDocumentType)}
        options={DOCUMENT_TYPES.map((value) => ({ value, label: t(`registers.docType.${value}`) }))}
      />
      <TextField
        label={t('registers.documentNumber')}
        hint={t('registers.documentNumberHint')}
        value={number}
        onChange={setNumber}
        error={fields.number}
        autoCapitalize="characters"
        required
        data-testid="document-number"
      />
      <TextField
        label={t('registers.documentDate')}
        type="date"
        value={issuedOn}
        onChange={setIssuedOn}
        error={fields.issuedOn}
        required
      />
      <Select
        label={t('registers.documentUnit')}
        value={issuingUnitId}
        onChange={setIssuingUnitId}
        placeholder={t('registers.documentUnitPick')}
        options={(units.data?.units ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.code})` }))}
        error={fields.issuingUnitId}
        data-testid="document-unit"
      />
      <TextArea
        label={t('registers.documentSummary')}
        value={summary}
        onChange={setSummary}
        error={fields.summary}
        required
        data-testid="document-summary"
      />
      <div className="record-actions">
        <Button type="submit" disabled={creating.loading || updating.loading} data-testid="document-save">
          {t('common.save')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
