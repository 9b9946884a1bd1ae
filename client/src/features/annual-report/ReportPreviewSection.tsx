import { lazy, Suspense, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Spinner } from '../../ui/Spinner';

// The preview and its stylesheet load only when someone opens it (the phone's JS budget is tight).
const ReportPreview = lazy(() => import('./ReportPreview').then((m) => ({ default: m.ReportPreview })));

/**
 * "Xem trước": office and leadership read the year's report on screen without downloading it. It is
 * made again whenever the saved draft changes (`version`), so it always shows what the files would say.
 */
export function ReportPreviewSection({
  year,
  version,
  unsaved,
}: {
  year: number;
  version: number | null;
  unsaved: boolean;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <section className="card stack" data-testid="report-preview-section" aria-labelledby="report-preview-title">
      <h2 className="section-title" id="report-preview-title">
        {t('annualReport.preview')}
      </h2>
      <p className="muted">{t('annualReport.previewHint')}</p>
      {open && unsaved && <Banner tone="warning">{t('annualReport.previewUnsaved')}</Banner>}
      <Button
        variant="secondary"
        onClick={() => setOpen((shown) => !shown)}
        aria-expanded={open}
        data-testid="report-preview-toggle"
      >
        {t(open ? 'annualReport.previewHide' : 'annualReport.previewShow')}
      </Button>
      {open && (
        <Suspense fallback={<Spinner label={t('annualReport.previewLoading')} />}>
          <ReportPreview key={version ?? 'none'} year={year} />
        </Suspense>
      )}
    </section>
  );
}
