import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import type { EvidenceRecordKind } from '../../apollo/generated/graphql';
import { useRequestProblem } from '../../apollo/useRequestProblem';
import { useDebounced } from '../../app/useDebounced';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { FormActions } from '../../ui/FormActions';
import { Select } from '../../ui/Select';
import { Spinner } from '../../ui/Spinner';
import { TextField } from '../../ui/TextField';
import { useAssessment } from './assessment-context';
import {
  ASSESSMENT_QUERIES,
  type AssessmentCriterion,
  addAssessmentEvidenceMutation,
  citableRecordsQuery,
} from './operations';

const KINDS: EvidenceRecordKind[] = [
  'DIRECTIVE_DOCUMENT',
  'PLAN',
  'VISIT',
  'NOTICE',
  'FINDING',
  'PROCEDURE',
  'INDEX_RESULT',
];
const SUGGESTED = 'SUGGESTED';

/**
 * Cites a record of the year: first the records the suggestion counted, or any record of a kind (the
 * year's, as the server lists them), narrowed by the words typed; then where to look in it.
 */
export function RecordEvidenceForm({ criterion, onClose }: { criterion: AssessmentCriterion; onClose: () => void }) {
  const { t } = useI18n();
  const { assessmentId, year, suggestions } = useAssessment();
  const suggested = suggestions.get(criterion.id)?.records ?? [];
  const [source, setSource] = useState<string>(suggested.length > 0 ? SUGGESTED : 'DIRECTIVE_DOCUMENT');
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<{ kind: EvidenceRecordKind; id: string } | null>(null);
  const [pointer, setPointer] = useState('');
  const [missing, setMissing] = useState(false);
  const words = useDebounced(search.trim(), 300);
  const { data, loading } = useQuery(citableRecordsQuery, {
    variables: { year, kind: source as EvidenceRecordKind, search: words || null },
    skip: source === SUGGESTED,
  });
  const { problem, attempt } = useRequestProblem();
  const [add, { loading: saving }] = useMutation(addAssessmentEvidenceMutation, {
    refetchQueries: ASSESSMENT_QUERIES,
    awaitRefetchQueries: true,
  });
  const folded = words.toLocaleLowerCase('vi');
  const records =
    source === SUGGESTED
      ? suggested.filter((r) => r.label.toLocaleLowerCase('vi').includes(folded))
      : (data?.citableRecords ?? []);
  const groupId = `record-choices-${criterion.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!picked) {
      setMissing(true);
      return;
    }
    const input = { assessmentId, criterionId: criterion.id, recordKind: picked.kind, recordId: picked.id, pointer };
    if ((await attempt(() => add({ variables: { input } }))) !== undefined) onClose();
  }

  return (
    <form className="stack evidence-form" onSubmit={(e) => void submit(e)} data-testid="record-evidence-form">
      <Select
        label={t('selfAssessment.recordSource')}
        value={source}
        onChange={(value) => {
          setSource(value);
          setPicked(null);
        }}
        options={[
          ...(suggested.length > 0 ? [{ value: SUGGESTED, label: t('selfAssessment.suggestedRecords') }] : []),
          ...KINDS.map((kind) => ({ value: kind, label: t(`selfAssessment.recordKind.${kind}`) })),
        ]}
        data-testid="record-source"
      />
      <TextField
        label={t('selfAssessment.recordSearch')}
        value={search}
        onChange={setSearch}
        type="search"
        data-testid="record-search"
      />
      <fieldset className="record-choices" aria-describedby={missing ? `${groupId}-error` : undefined}>
        <legend className="field-label">{t('selfAssessment.recordPick', { year })}</legend>
        {loading && records.length === 0 && <Spinner label={t('common.loading')} />}
        {!loading && records.length === 0 && <p className="muted">{t('selfAssessment.noRecords', { year })}</p>}
        {records.length > 0 && (
          <div className="record-choice-list">
            {records.map((r) => (
              <label key={`${r.kind}-${r.id}`} className="record-choice">
                <input
                  type="radio"
                  name={groupId}
                  checked={picked?.id === r.id && picked.kind === r.kind}
                  onChange={() => {
                    setPicked({ kind: r.kind, id: r.id });
                    setMissing(false);
                  }}
                />
                <span>{r.label}</span>
              </label>
            ))}
          </div>
        )}
        {missing && (
          <span id={`${groupId}-error`} className="field-error">
            {t('selfAssessment.recordRequired')}
          </span>
        )}
      </fieldset>
      <TextField
        label={`${t('selfAssessment.pointer')} ${t('common.optional')}`}
        value={pointer}
        onChange={setPointer}
        maxLength={200}
        data-testid="record-pointer"
      />
      {problem && <Banner tone="error">{problem.message ?? t('common.networkError')}</Banner>}
      <FormActions
        submitLabel={saving ? t('selfAssessment.saving') : t('selfAssessment.addEvidence')}
        busy={saving}
        onCancel={onClose}
        submitTestId="record-evidence-save"
      />
    </form>
  );
}
