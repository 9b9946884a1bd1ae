import { useQuery } from '@apollo/client/react';
import { describeError } from '../../apollo/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Spinner } from '../../ui/Spinner';
import './report-preview.css';
import { annualReportPreviewQuery } from './operations';

/**
 * The report as the files say it, drawn by the server from the same document model as the .docx and
 * the PDF. Always asked of the server (never the cache): the figures move with the registers.
 */
export function ReportPreview({ year }: { year: number }) {
  const { t, language } = useI18n();
  const { data, error, loading } = useQuery(annualReportPreviewQuery, {
    variables: { year },
    fetchPolicy: 'network-only',
  });
  if (error && !data) {
    const message = describeError(error, language).message ?? t('common.networkError');
    return <Banner tone="error">{t('annualReport.previewError', { message })}</Banner>;
  }
  if (loading || !data) return <Spinner label={t('annualReport.previewLoading')} />;
  return (
    <div
      className="report-preview"
      data-testid="report-preview"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: the server's renderer (documents/html-renderer.ts) escapes every text of the report
      dangerouslySetInnerHTML={{ __html: data.annualReportPreview }}
    />
  );
}
