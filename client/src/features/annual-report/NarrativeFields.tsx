import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/vi';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { NARRATIVE_FIELDS, type Narrative, type NarrativeField } from './narrative';

/** The long parts get tall boxes; the signer is one line. */
const FIELD_ROWS: Record<Exclude<NarrativeField, 'signerName'>, number> = {
  basis: 4,
  sipasTasks: 6,
  parTasks: 6,
  strengths: 8,
  weaknesses: 8,
  directions: 8,
};
const HINTS: Partial<Record<NarrativeField, MessageKey>> = {
  basis: 'annualReport.field.basisHint',
  sipasTasks: 'annualReport.field.sipasTasksHint',
  parTasks: 'annualReport.field.parTasksHint',
  signerName: 'annualReport.field.signerNameHint',
};

/** The report's narrative as boxes to write in, part by part. */
export function NarrativeForm({
  form,
  setField,
}: {
  form: Narrative;
  setField: (field: NarrativeField) => (value: string) => void;
}) {
  const { t } = useI18n();
  return (
    <section className="card stack" data-testid="report-narrative">
      <p className="muted">{t('annualReport.intro')}</p>
      {NARRATIVE_FIELDS.map((field) =>
        field === 'signerName' ? (
          <TextField
            key={field}
            label={t('annualReport.field.signerName')}
            hint={t('annualReport.field.signerNameHint')}
            value={form.signerName}
            onChange={setField(field)}
            autoComplete="name"
            maxLength={200}
            data-testid="field-signerName"
          />
        ) : (
          <TextArea
            key={field}
            label={t(`annualReport.field.${field}`)}
            hint={HINTS[field] ? t(HINTS[field]) : undefined}
            value={form[field]}
            onChange={setField(field)}
            rows={FIELD_ROWS[field]}
            className="field-input report-text"
            data-testid={`field-${field}`}
          />
        ),
      )}
    </section>
  );
}

/** Read-only (leadership, or an issued report): the text as it will read, not empty boxes. */
export function NarrativeText({ form }: { form: Narrative }) {
  const { t } = useI18n();
  return (
    <section className="card stack" data-testid="report-narrative">
      {NARRATIVE_FIELDS.map((field) => (
        <div key={field} className="report-part">
          <h2 className="report-part-title">{t(`annualReport.field.${field}`)}</h2>
          <p className={form[field].trim() ? 'pre-line' : 'muted'} data-testid={`field-${field}`}>
            {form[field].trim() || t('annualReport.partEmpty')}
          </p>
        </div>
      ))}
    </section>
  );
}
