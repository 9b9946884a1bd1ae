import { useApolloClient } from '@apollo/client/react';
import { type ChangeEvent, useState } from 'react';
import { errorText } from '../../i18n/error-messages';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { TitledSection } from '../../ui/TitledSection';
import { checklistTemplateDetailQuery } from './operations';

interface RowProblem {
  row: number;
  message: string;
}

type Outcome = { tone: 'success'; text: string } | { tone: 'error'; text: string; rows: RowProblem[] };

/**
 * Excel in and out, so offices can prepare a checklist in Excel: download a version, or load a filled
 * sheet into the draft. The server checks every row first and saves nothing when one is wrong.
 */
export function ExcelTransfer({
  templateId,
  versions,
}: {
  templateId: string;
  versions: { id: string; number: number; status: string }[];
}) {
  const { t, language } = useI18n();
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    try {
      const res = await fetch(`/api/checklists/${encodeURIComponent(templateId)}/draft-xlsx`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/octet-stream' },
        body: file,
      });
      const body = (await res.json()) as {
        code?: string;
        message?: string;
        rows?: RowProblem[];
        number?: number;
        items?: number;
      };
      if (res.ok) {
        setOutcome({
          tone: 'success',
          text: t('checklists.excelImported', { items: body.items ?? 0, number: body.number ?? 0 }),
        });
        await client.refetchQueries({ include: [checklistTemplateDetailQuery] });
      } else {
        const text = errorText(language, body.code, body.message) ?? t('common.networkError');
        setOutcome({ tone: 'error', text, rows: body.rows ?? [] });
      }
    } catch {
      setOutcome({ tone: 'error', text: t('common.networkError'), rows: [] });
    } finally {
      setBusy(false);
    }
  }

  return (
    <TitledSection titleId="excel-title" title={t('checklists.excel')} className="card stack" testId="checklist-excel">
      <ul className="stack document-links">
        {versions.map((v) => (
          <li key={v.id}>
            <a
              className="btn btn-secondary btn-block"
              href={`/api/checklist-versions/${encodeURIComponent(v.id)}/xlsx`}
              download
            >
              {t('checklists.excelDownload', { number: v.number })}
            </a>
          </li>
        ))}
      </ul>
      <label className="btn btn-primary btn-block" htmlFor="checklist-excel-input">
        {busy ? t('checklists.excelImporting') : t('checklists.excelImport')}
      </label>
      <input
        id="checklist-excel-input"
        className="visually-hidden"
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={busy}
        onChange={importFile}
      />
      <p className="muted">{t('checklists.excelHint')}</p>
      {outcome && (
        <Banner tone={outcome.tone}>
          {outcome.text}
          {outcome.tone === 'error' && outcome.rows.length > 0 && (
            <ul>
              {outcome.rows.map((r) => (
                <li key={`${r.row}-${r.message}`}>{t('checklists.excelRow', { row: r.row, message: r.message })}</li>
              ))}
            </ul>
          )}
        </Banner>
      )}
    </TitledSection>
  );
}
