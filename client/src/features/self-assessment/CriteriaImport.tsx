import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { errorText } from '../../i18n/error-messages';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { DateField } from '../../ui/DateField';
import { ImportRefusal, SpreadsheetPicker } from '../../ui/SpreadsheetImport';
import { TextField } from '../../ui/TextField';
import { TitledSection } from '../../ui/TitledSection';
import { CriteriaImportPreviewView } from './CriteriaImportPreview';
import {
  type CriteriaImportPreview,
  emptySetDetails,
  type SetDetailsDraft,
  type SetDetailsProblem,
  setDetailsQuery,
} from './criteria-import';
import { postSheet, type SheetProblem } from './sheet-upload';

type State =
  | { step: 'idle' | 'busy' }
  | { step: 'preview'; file: File; query: string; preview: CriteriaImportPreview }
  | { step: 'done'; revision: number }
  | { step: 'error'; message: string; rows: SheetProblem[] };

const TEMPLATE = '/api/criteria-sets/template.xlsx';

/**
 * Nhập bộ tiêu chí từ Excel: the issuing document's details, the province's layout to fill (the
 * template), then the file in two steps: the server's preview, which names every bad row and what the
 * year's assessment would keep, and the import, offered only when no row is bad.
 */
export function CriteriaImport({ year, nextRevision }: { year: number; nextRevision: number }) {
  const { t, language } = useI18n();
  const client = useApolloClient();
  const [details, setDetails] = useState<SetDetailsDraft>(emptySetDetails);
  const [problems, setProblems] = useState<Partial<Record<keyof SetDetailsDraft, SetDetailsProblem>>>({});
  const [state, setState] = useState<State>({ step: 'idle' });

  const field = (key: keyof SetDetailsDraft) => ({
    value: details[key],
    onChange: (value: string) => {
      setDetails((d) => ({ ...d, [key]: value }));
      setProblems((p) => ({ ...p, [key]: undefined }));
      // The preview was of the details as they were: the file is read again with the new ones.
      if (state.step === 'preview') setState({ step: 'idle' });
    },
    error: problems[key] ? t(`criteriaSets.problem.${problems[key]}`) : undefined,
  });

  async function send(file: File, action: 'import-preview' | 'import', query: string) {
    setState({ step: 'busy' });
    try {
      const answer = await postSheet<CriteriaImportPreview>(`/api/criteria-sets/${year}/${action}?${query}`, file);
      if (!answer.ok) {
        const message = errorText(language, answer.code, answer.message) ?? t('common.error');
        setState({ step: 'error', message, rows: answer.problems.filter((p) => p.row > 0) });
      } else if (action === 'import') {
        setState({ step: 'done', revision: answer.body.revision });
        setDetails(emptySetDetails());
        await client.refetchQueries({ include: ['CriteriaSets', 'SelfAssessment'] });
      } else setState({ step: 'preview', file, query, preview: answer.body });
    } catch {
      setState({ step: 'error', message: t('common.networkError'), rows: [] });
    }
  }

  function preview(file: File) {
    const answer = setDetailsQuery(details);
    if ('problems' in answer) {
      setProblems(answer.problems);
      setState({ step: 'error', message: t('criteriaSets.detailsFirst'), rows: [] });
      return;
    }
    void send(file, 'import-preview', answer.query);
  }

  return (
    <TitledSection
      titleId="criteria-import-title"
      title={t('criteriaSets.importTitle', { revision: nextRevision, year })}
      className="card stack"
      testId="criteria-import"
    >
      <p className="muted">{t('criteriaSets.importHint')}</p>
      <TextField label={t('criteriaSets.setTitle')} {...field('title')} maxLength={500} data-testid="set-title" />
      <div className="two-fields">
        <TextField
          label={t('criteriaSets.documentNumber')}
          {...field('documentNumber')}
          maxLength={60}
          data-testid="set-number"
        />
        <TextField
          label={t('criteriaSets.totalPoints')}
          {...field('totalPoints')}
          inputMode="decimal"
          data-testid="set-total"
        />
        <DateField label={t('criteriaSets.issuedOn')} {...field('issuedOn')} data-testid="set-issued" />
        <DateField
          label={`${t('criteriaSets.effectiveOn')} ${t('common.optional')}`}
          {...field('effectiveOn')}
          data-testid="set-effective"
        />
      </div>
      <div className="row sheet-actions">
        <a className="btn btn-secondary" href={TEMPLATE} download>
          {t('criteriaSets.template')}
        </a>
        <SpreadsheetPicker
          label={t('criteriaSets.choose')}
          busy={state.step === 'busy'}
          onFile={preview}
          testId="criteria-import-input"
        />
      </div>
      {state.step === 'done' && (
        <Banner tone="success">{t('criteriaSets.imported', { revision: state.revision, year })}</Banner>
      )}
      {state.step === 'error' && <ImportRefusal message={state.message} rows={state.rows} />}
      {state.step === 'preview' && (
        <CriteriaImportPreviewView
          preview={state.preview}
          onConfirm={() => void send(state.file, 'import', state.query)}
          onCancel={() => setState({ step: 'idle' })}
        />
      )}
    </TitledSection>
  );
}
