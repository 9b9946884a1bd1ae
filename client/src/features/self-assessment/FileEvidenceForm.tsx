import { useMutation } from '@apollo/client/react';
import { type ChangeEvent, type FormEvent, useId, useState } from 'react';
import { describeError } from '../../apollo/errors';
import { errorText } from '../../i18n/error-messages';
import { parseVietnameseDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { UploadError, uploadFile } from '../../photos/photo-upload';
import { Banner } from '../../ui/Banner';
import { DateField } from '../../ui/DateField';
import { FormActions } from '../../ui/FormActions';
import { TextField } from '../../ui/TextField';
import { useAssessment } from './assessment-context';
import { ASSESSMENT_QUERIES, type AssessmentCriterion, addAssessmentEvidenceMutation } from './operations';

/** What the server takes as evidence (it checks the bytes, not the name). */
const ACCEPT = [
  '.pdf',
  '.docx',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'image/jpeg',
  'image/png',
  'image/webp',
].join(',');

type Step = 'idle' | 'uploading' | 'saving';

/**
 * Uploads a document (PDF, Word .docx or an image) as evidence, with the page or section to read, its
 * number, date and issuer: the file first, then the citation; each step says what it is doing.
 */
export function FileEvidenceForm({ criterion, onClose }: { criterion: AssessmentCriterion; onClose: () => void }) {
  const { t, language } = useI18n();
  const { assessmentId } = useAssessment();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [pointer, setPointer] = useState('');
  const [documentNumber, setDocumentNumber] = useState('');
  const [date, setDate] = useState('');
  const [issuer, setIssuer] = useState('');
  const [step, setStep] = useState<Step>('idle');
  const [errors, setErrors] = useState<{ file?: string; date?: string }>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [add] = useMutation(addAssessmentEvidenceMutation, {
    refetchQueries: ASSESSMENT_QUERIES,
    awaitRefetchQueries: true,
  });

  function choose(event: ChangeEvent<HTMLInputElement>) {
    setFile(event.target.files?.[0] ?? null);
    setErrors((e) => ({ ...e, file: undefined }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const documentDate = date.trim() ? parseVietnameseDate(date) : null;
    const found = {
      file: file ? undefined : t('selfAssessment.fileRequired'),
      date: date.trim() && !documentDate ? t('selfAssessment.dateInvalid') : undefined,
    };
    setErrors(found);
    setProblem(null);
    if (!file || found.date) return;
    setStep('uploading');
    let fileId: string;
    try {
      fileId = await uploadFile(new Blob([file], { type: file.type || 'application/octet-stream' }));
    } catch (error) {
      const refused = error instanceof UploadError ? error : new UploadError(null);
      setProblem(errorText(language, refused.code, refused.serverMessage) ?? t('common.networkError'));
      setStep('idle');
      return;
    }
    setStep('saving');
    try {
      const input = { assessmentId, criterionId: criterion.id, fileId, pointer, documentNumber, documentDate, issuer };
      await add({ variables: { input } });
      onClose();
    } catch (error) {
      setProblem(describeError(error, language).message ?? t('common.networkError'));
      setStep('idle');
    }
  }

  const busy = step !== 'idle';
  return (
    <form className="stack evidence-form" onSubmit={(e) => void submit(e)} noValidate data-testid="file-evidence-form">
      <div className="field">
        <span className="field-label">{t('selfAssessment.fileLabel')}</span>
        <label className="btn btn-secondary" htmlFor={inputId}>
          {file ? t('selfAssessment.fileChosen', { name: file.name }) : t('selfAssessment.fileChoose')}
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept={ACCEPT}
          onChange={choose}
          disabled={busy}
          data-testid="evidence-file-input"
        />
        <span className="field-hint">{t('selfAssessment.fileHint')}</span>
        {errors.file && <span className="field-error">{errors.file}</span>}
      </div>
      <TextField
        label={`${t('selfAssessment.pointer')} ${t('common.optional')}`}
        value={pointer}
        onChange={setPointer}
        maxLength={200}
        data-testid="file-pointer"
      />
      <TextField
        label={`${t('selfAssessment.documentNumber')} ${t('common.optional')}`}
        value={documentNumber}
        onChange={setDocumentNumber}
        maxLength={60}
        data-testid="file-number"
      />
      <DateField
        label={`${t('selfAssessment.documentDate')} ${t('common.optional')}`}
        value={date}
        onChange={setDate}
        error={errors.date}
        data-testid="file-date"
      />
      <TextField
        label={`${t('selfAssessment.issuer')} ${t('common.optional')}`}
        value={issuer}
        onChange={setIssuer}
        maxLength={300}
        data-testid="file-issuer"
      />
      {step !== 'idle' && <output className="save-note">{t(`selfAssessment.fileStep.${step}`)}</output>}
      {problem && <Banner tone="error">{problem}</Banner>}
      <FormActions
        submitLabel={t('selfAssessment.uploadAndAdd')}
        busy={busy}
        onCancel={onClose}
        submitTestId="file-evidence-save"
      />
    </form>
  );
}
