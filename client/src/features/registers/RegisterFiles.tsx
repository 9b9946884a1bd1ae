import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { errorText } from '../../i18n/error-messages';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { ImportRefusal, SpreadsheetPicker } from '../../ui/SpreadsheetImport';
import { REGISTER_QUERIES } from './operations';

export type RegisterKind = 'directive-documents' | 'administrative-procedures' | 'index-results';

type RowChange = 'NEW' | 'UPDATE' | 'UNCHANGED';

/** What the server answers to a preview or an import (see registers.http.ts). */
interface RegisterPreview {
  columns: string[];
  rows: { row: number; cells: string[]; change: RowChange | null; problems: string[] }[];
  problems: { row: number; message: string }[];
  counts: { new: number; update: number; unchanged: number; bad: number };
}

type State =
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'preview'; file: File; preview: RegisterPreview }
  | { step: 'done'; counts: RegisterPreview['counts'] }
  | { step: 'error'; message: string; rows: { row: number; message: string }[] };

/**
 * A register as files: download the year as Excel or CSV and, for the office, load a file in two steps:
 * the server's preview of every row (new, changed, unchanged or wrong and why), then "Xác nhận nhập",
 * offered only when no row is wrong.
 */
export function RegisterFiles({ register, year, canEdit }: { register: RegisterKind; year: number; canEdit: boolean }) {
  const { t, language } = useI18n();
  const client = useApolloClient();
  const [state, setState] = useState<State>({ step: 'idle' });
  const base = `/api/registers/${register}/${year}`;

  async function send(file: File, action: 'import-preview' | 'import') {
    setState({ step: 'busy' });
    try {
      const res = await fetch(`${base}/${action}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/octet-stream' },
        body: file,
      });
      const body = (await res.json()) as { code?: string; message?: string; rows?: unknown };
      if (!res.ok) {
        const rows = Array.isArray(body.rows) ? (body.rows as { row: number; message: string }[]) : [];
        setState({ step: 'error', message: errorText(language, body.code, body.message) ?? t('common.error'), rows });
        return;
      }
      const preview = body as unknown as RegisterPreview;
      if (action === 'import') {
        setState({ step: 'done', counts: preview.counts });
        await client.refetchQueries({ include: REGISTER_QUERIES });
      } else setState({ step: 'preview', file, preview });
    } catch {
      setState({ step: 'error', message: t('common.networkError'), rows: [] });
    }
  }

  return (
    <section className="card stack" data-testid={`files-${register}`}>
      <div className="register-file-actions">
        <a className="btn btn-secondary" href={`${base}.xlsx`} download>
          {t('registers.downloadXlsx')}
        </a>
        <a className="btn btn-secondary" href={`${base}.csv`} download>
          {t('registers.downloadCsv')}
        </a>
        {canEdit && (
          <SpreadsheetPicker
            label={t('registers.importChoose')}
            busy={state.step === 'busy'}
            csv
            onFile={(file) => void send(file, 'import-preview')}
            testId={`import-input-${register}`}
          />
        )}
      </div>
      {canEdit && <p className="muted">{t('registers.importHint')}</p>}
      {state.step === 'done' && (
        <Banner tone="success">
          {t('registers.imported', { new: state.counts.new, update: state.counts.update })}
        </Banner>
      )}
      {state.step === 'error' && <ImportRefusal message={state.message} rows={state.rows} />}
      {state.step === 'preview' && (
        <ImportPreview
          preview={state.preview}
          onConfirm={() => void send(state.file, 'import')}
          onCancel={() => setState({ step: 'idle' })}
        />
      )}
    </section>
  );
}

function ImportPreview({
  preview,
  onConfirm,
  onCancel,
}: {
  preview: RegisterPreview;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { counts } = preview;
  const fileProblems = preview.problems.filter((p) => p.row === 0);
  const blocked = counts.bad > 0 || fileProblems.length > 0;
  const nothing = counts.new + counts.update === 0;
  return (
    <div className="stack" data-testid="import-preview">
      <h3 className="section-title">{t('registers.previewTitle')}</h3>
      <p>
        {t('registers.previewCounts', {
          new: counts.new,
          update: counts.update,
          unchanged: counts.unchanged,
          bad: counts.bad,
        })}
      </p>
      {fileProblems.map((p) => (
        <Banner key={p.message} tone="error">
          {p.message}
        </Banner>
      ))}
      {blocked && <Banner tone="warning">{t('registers.previewBlocked')}</Banner>}
      <ul className="record-list">
        {preview.rows.map((r) => (
          <li
            key={r.row}
            className={`record register-record ${r.change ? `import-row-${r.change.toLowerCase()}` : 'import-row-bad'}`}
            data-testid={`preview-row-${r.row}`}
          >
            <p className="record-title">
              {t('registers.row', { row: r.row })}{' '}
              <span className={`badge ${r.change ? CHANGE_BADGES[r.change] : 'badge-danger'}`}>
                {r.change ? t(`registers.change.${r.change}`) : t('registers.change.BAD')}
              </span>
            </p>
            <p className="import-row-cells">{r.cells.filter(Boolean).slice(0, 3).join(' · ')}</p>
            {r.problems.length > 0 && (
              <ul className="import-row-problems">
                {r.problems.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <div className="register-file-actions">
        <Button onClick={onConfirm} disabled={blocked || nothing} data-testid="import-confirm">
          {t('registers.importConfirm')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}

const CHANGE_BADGES: Record<RowChange, string> = {
  NEW: 'badge-success',
  UPDATE: 'badge-warning',
  UNCHANGED: 'badge-muted',
};
