import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import type { AppraisalRound } from '../../apollo/generated/graphql';
import { errorText } from '../../i18n/error-messages';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { ImportRefusal, SpreadsheetPicker } from '../../ui/SpreadsheetImport';
import { TitledSection } from '../../ui/TitledSection';
import { ASSESSMENT_QUERIES } from './operations';
import { postSheet, type SheetProblem } from './sheet-upload';

interface AppraisalPreview {
  rows: { row: number; code: string; points: number | null; comment: string | null; problems: SheetProblem[] }[];
  problems: SheetProblem[];
  counts: { scores: number; bad: number };
}

type State =
  | { step: 'idle' | 'busy' }
  | { step: 'preview'; file: File; preview: AppraisalPreview }
  | { step: 'done'; scores: number }
  | { step: 'error'; message: string; rows: SheetProblem[] };

const ROUNDS: AppraisalRound[] = ['FIRST', 'SECOND'];

/**
 * The Sở Nội vụ's appraisal, entered by the office: the round being entered (a second one when the
 * province has it), and its sheet (Mã, Điểm thẩm định, Nhận xét) to fill from the template and load in
 * two steps: the server's preview of every row, then the import, only when no row is wrong.
 */
export function AppraisalSection({
  year,
  round,
  onRound,
}: {
  year: number;
  round: AppraisalRound;
  onRound: (round: AppraisalRound) => void;
}) {
  const { t, language } = useI18n();
  const client = useApolloClient();
  const [state, setState] = useState<State>({ step: 'idle' });
  const base = `/api/self-assessments/${year}`;

  async function send(file: File, action: 'appraisal-import-preview' | 'appraisal-import') {
    setState({ step: 'busy' });
    try {
      const answer = await postSheet<AppraisalPreview>(`${base}/${action}?round=${round}`, file);
      if (!answer.ok) {
        const message = errorText(language, answer.code, answer.message) ?? t('common.error');
        setState({ step: 'error', message, rows: answer.problems.filter((p) => p.row > 0) });
      } else if (action === 'appraisal-import') {
        setState({ step: 'done', scores: answer.body.counts.scores });
        await client.refetchQueries({ include: ASSESSMENT_QUERIES });
      } else setState({ step: 'preview', file, preview: answer.body });
    } catch {
      setState({ step: 'error', message: t('common.networkError'), rows: [] });
    }
  }

  return (
    <TitledSection
      titleId="appraisal-title"
      title={t('selfAssessment.appraisalTitle')}
      className="card stack"
      testId="appraisal-section"
    >
      <p className="muted">{t('selfAssessment.appraisalHint')}</p>
      <fieldset className="score-choice">
        <legend className="field-label">{t('selfAssessment.roundLabel')}</legend>
        <div className="score-buttons">
          {ROUNDS.map((r) => (
            <button
              key={r}
              type="button"
              className="score-button"
              aria-pressed={round === r}
              onClick={() => {
                onRound(r);
                setState({ step: 'idle' });
              }}
              data-testid={`round-${r}`}
            >
              {t(`selfAssessment.round.${r}`)}
            </button>
          ))}
        </div>
      </fieldset>
      <div className="row sheet-actions">
        <a className="btn btn-secondary" href={`${base}/appraisal-template.xlsx?round=${round}`} download>
          {t('selfAssessment.appraisalTemplate')}
        </a>
        <SpreadsheetPicker
          label={t('selfAssessment.appraisalChoose')}
          busy={state.step === 'busy'}
          onFile={(file) => void send(file, 'appraisal-import-preview')}
          testId="appraisal-import-input"
        />
      </div>
      {state.step === 'done' && (
        <Banner tone="success">{t('selfAssessment.appraisalImported', { count: state.scores })}</Banner>
      )}
      {state.step === 'error' && <ImportRefusal message={state.message} rows={state.rows} />}
      {state.step === 'preview' && (
        <div className="stack" data-testid="appraisal-preview">
          <p>{t('selfAssessment.appraisalCounts', state.preview.counts)}</p>
          {state.preview.problems
            .filter((p) => p.row === 0)
            .map((p) => (
              <Banner key={p.message} tone="error">
                {p.message}
              </Banner>
            ))}
          <ul className="record-list">
            {state.preview.rows.map((r) => (
              <li
                key={r.row}
                className={`record ${r.problems.length ? 'import-bad' : ''}`}
                data-testid={`appraisal-row-${r.row}`}
              >
                <p className="record-title">
                  {t('selfAssessment.sheetRow', { row: r.row })} · {r.code}:{' '}
                  {r.points == null ? '–' : formatNumber(r.points)}
                </p>
                {r.comment && <p className="muted">{r.comment}</p>}
                {r.problems.map((p) => (
                  <p key={p.message} className="field-error">
                    {p.message}
                  </p>
                ))}
              </li>
            ))}
          </ul>
          <div className="row">
            <Button
              onClick={() => void send(state.file, 'appraisal-import')}
              disabled={state.preview.problems.length > 0 || state.preview.counts.scores === 0}
              data-testid="appraisal-import-confirm"
            >
              {t('selfAssessment.appraisalImport', { count: state.preview.counts.scores })}
            </Button>
            <Button variant="secondary" onClick={() => setState({ step: 'idle' })}>
              {t('common.cancel')}
            </Button>
          </div>
        </div>
      )}
    </TitledSection>
  );
}
