import { type ChangeEvent, useId } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { Banner } from './Banner';

const SPREADSHEET_TYPES = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The button that picks a spreadsheet to import (a label styled as a button over a hidden file input, so
 * it is a large tap target on a phone): the picked file goes to `onFile`, and the same file can be
 * picked again after a refusal.
 */
export function SpreadsheetPicker({
  label,
  busy,
  csv = false,
  onFile,
  testId,
}: {
  label: string;
  busy: boolean;
  csv?: boolean;
  onFile: (file: File) => void;
  testId: string;
}) {
  const { t } = useI18n();
  const inputId = useId();
  function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) onFile(file);
  }
  return (
    <>
      <label className="btn btn-primary" htmlFor={inputId}>
        {busy ? t('registers.importBusy') : label}
      </label>
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        accept={csv ? `.xlsx,.csv,text/csv,${SPREADSHEET_TYPES}` : `.xlsx,${SPREADSHEET_TYPES}`}
        disabled={busy}
        onChange={choose}
        data-testid={testId}
      />
    </>
  );
}

/** Why an import was refused, with each bad row of the file and what is wrong with it. */
export function ImportRefusal({ message, rows }: { message: string; rows: { row: number; message: string }[] }) {
  const { t } = useI18n();
  return (
    <Banner tone="error">
      {message}
      {rows.length > 0 && (
        <ul>
          {rows.map((r) => (
            <li key={`${r.row}-${r.message}`}>{t('registers.rowProblem', { row: r.row, message: r.message })}</li>
          ))}
        </ul>
      )}
    </Banner>
  );
}
