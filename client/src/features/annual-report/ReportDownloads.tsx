import { useState } from 'react';
import { errorText } from '../../i18n/error-messages';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Spinner } from '../../ui/Spinner';

export type ReportFile = 'docx' | 'pdf' | 'xlsx';

type State =
  | { step: 'idle' }
  | { step: 'busy'; file: ReportFile }
  | { step: 'done'; name: string }
  | { step: 'error'; message: string };

const fileUrl = (file: ReportFile, year: number) =>
  file === 'xlsx' ? `/api/rollup/${year}.xlsx` : `/api/annual-reports/${year}.${file}`;

/** The file name the server gives in Content-Disposition, else a readable default. */
function fileName(res: Response, file: ReportFile, year: number): string {
  const header = res.headers.get('content-disposition') ?? '';
  const match = /filename="?([^";]+)"?/.exec(header);
  return match?.[1] ?? `bao-cao-${year}.${file}`;
}

/**
 * The report as Word and PDF and the roll-up as Excel. Files are fetched (not plain links) so that the
 * phone shows that the server is making the file and, when it fails, why.
 */
export function ReportDownloads({ year, unsaved }: { year: number; unsaved: boolean }) {
  const { t, language } = useI18n();
  const [state, setState] = useState<State>({ step: 'idle' });

  async function download(file: ReportFile) {
    setState({ step: 'busy', file });
    try {
      const res = await fetch(fileUrl(file, year), { credentials: 'same-origin' });
      if (!res.ok) {
        const body = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
        setState({ step: 'error', message: errorText(language, body.code, body.message) ?? t('common.error') });
        return;
      }
      const blob = await res.blob();
      const name = fileName(res, file, year);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      // The browser has taken the file once the click is handled; keep the URL a moment for slow phones.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setState({ step: 'done', name });
    } catch {
      setState({ step: 'error', message: t('common.networkError') });
    }
  }

  const busy = state.step === 'busy';
  return (
    <section className="card stack" data-testid="report-downloads" aria-busy={busy}>
      <h2 className="section-title">{t('annualReport.files')}</h2>
      <p className="muted">{t('annualReport.filesHint')}</p>
      {unsaved && <Banner tone="warning">{t('annualReport.filesUnsaved')}</Banner>}
      <div className="report-downloads">
        {(['docx', 'pdf', 'xlsx'] as const).map((file) => (
          <Button
            key={file}
            variant="secondary"
            disabled={busy}
            onClick={() => void download(file)}
            data-testid={`download-${file}`}
          >
            {t(`annualReport.download.${file}`)}
          </Button>
        ))}
      </div>
      {state.step === 'busy' && <Spinner label={t(`annualReport.downloading.${state.file}`)} />}
      {state.step === 'done' && <Banner tone="success">{t('annualReport.downloaded', { file: state.name })}</Banner>}
      {state.step === 'error' && (
        <Banner tone="error">{t('annualReport.downloadError', { message: state.message })}</Banner>
      )}
    </section>
  );
}
