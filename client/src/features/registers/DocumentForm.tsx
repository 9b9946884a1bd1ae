import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { DirectiveDocumentFieldsFragment, DirectiveDocumentType } from '../../apollo/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { Select } from '../../ui/Select';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { unitsQuery } from '../units/operations';
import { createDirectiveDocumentMutation, REGISTER_QUERIES, updateDirectiveDocumentMutation } from './operations';
import { RegisterForm, useRegisterSave, versionOf } from './RegisterForm';

const DOCUMENT_TYPES: DirectiveDocumentType[] = ['KE_HOACH', 'CONG_VAN', 'QUYET_DINH', 'BAO_CAO', 'THONG_BAO', 'KHAC'];

interface DocumentFormProps {
  year: number;
  doc: DirectiveDocumentFieldsFragment | null;
  onDone: () => void;
}

/** A directive document: its type, number, day, issuing unit and summary. */
export function DocumentForm({ year, doc, onDone }: DocumentFormProps) {
  const { t } = useI18n();
  const units = useQuery(unitsQuery, { variables: { filter: { includeInactive: true } } });
  const [type, setType] = useState<DirectiveDocumentType>(doc?.type ?? 'CONG_VAN');
  const [number, setNumber] = useState(doc?.number ?? '');
  const [issuedOn, setIssuedOn] = useState(doc?.issuedOn ?? `${year}-01-01`);
  const [issuingUnitId, setIssuingUnitId] = useState(doc?.issuingUnitId ?? '');
  const [summary, setSummary] = useState(doc?.summary ?? '');
  const { problem, fields, save } = useRegisterSave(onDone);
  const [create, creating] = useMutation(createDirectiveDocumentMutation, { refetchQueries: REGISTER_QUERIES });
  const [update, updating] = useMutation(updateDirectiveDocumentMutation, { refetchQueries: REGISTER_QUERIES });

  function submit() {
    const input = { type, number: number.trim(), issuedOn, issuingUnitId, summary };
    void save(() =>
      doc ? update({ variables: { input: { ...input, ...versionOf(doc) } } }) : create({ variables: { input } }),
    );
  }

  return (
    <RegisterForm
      title={doc ? t('registers.documentEdit') : t('registers.documentAdd')}
      testId="document-form"
      problem={problem}
      busy={creating.loading || updating.loading}
      onSubmit={submit}
      onCancel={onDone}
      saveTestId="document-save"
    >
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
    </RegisterForm>
  );
}
