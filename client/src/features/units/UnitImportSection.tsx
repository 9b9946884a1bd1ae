import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { errorText } from '../../i18n/error-messages';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { ImportRefusal, SpreadsheetPicker } from '../../ui/SpreadsheetImport';
import { UNIT_LISTS } from './operations';
import { UnitImportPreviewView } from './UnitImportPreviewView';
import { sendUnitImport, UNIT_IMPORT_TEMPLATE, type UnitImportPreview } from './unit-import';

type State =
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'preview'; file: File; preview: UnitImportPreview }
  | { step: 'done'; changes: number }
  | { step: 'error'; message: string; rows: { row: number; message: string }[] };

/**
 * Nhập thay đổi tổ chức từ Excel: the template to fill, then the file in two steps, the server's preview
 * of every row (what it does, or why it cannot be taken) and, only when no row is bad, the import of
 * all rows in one go.
 */
export function UnitImportSection() {
  const { t, language } = useI18n();
  const client = useApolloClient();
  const [state, setState] = useState<State>({ step: 'idle' });

  async function send(file: File, action: 'import-preview' | 'import', confirmRehome = false) {
    setState({ step: 'busy' });
    try {
      const answer = await sendUnitImport(file, action, confirmRehome);
      if (!answer.ok) {
        const message = errorText(language, answer.code, answer.message) ?? t('common.error');
        setState({ step: 'error', message, rows: answer.rows });
      } else if (action === 'import') {
        setState({ step: 'done', changes: answer.preview.counts.changes });
        await client.refetchQueries({ include: [...UNIT_LISTS, 'UnitHistory'] });
      } else setState({ step: 'preview', file, preview: answer.preview });
    } catch {
      setState({ step: 'error', message: t('common.networkError'), rows: [] });
    }
  }

  return (
    <details className="card form-section" data-testid="unit-import">
      <summary>{t('unitImport.title')}</summary>
      <div className="stack form-section-body">
        <p className="muted">{t('unitImport.hint')}</p>
        <div className="unit-file-actions">
          <a className="btn btn-secondary" href={UNIT_IMPORT_TEMPLATE} download>
            {t('unitImport.template')}
          </a>
          <SpreadsheetPicker
            label={t('unitImport.choose')}
            busy={state.step === 'busy'}
            onFile={(file) => void send(file, 'import-preview')}
            testId="unit-import-input"
          />
        </div>
        {state.step === 'done' && <Banner tone="success">{t('unitImport.done', { count: state.changes })}</Banner>}
        {state.step === 'error' && <ImportRefusal message={state.message} rows={state.rows} />}
        {state.step === 'preview' && (
          <UnitImportPreviewView
            preview={state.preview}
            onConfirm={(confirmRehome) => void send(state.file, 'import', confirmRehome)}
            onCancel={() => setState({ step: 'idle' })}
          />
        )}
      </div>
    </details>
  );
}
