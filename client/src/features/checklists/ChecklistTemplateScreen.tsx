import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../apollo/errors';
import { formatInstant } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { PageHeader } from '../../ui/PageHeader';
import { Spinner } from '../../ui/Spinner';
import { ExcelTransfer } from './ExcelTransfer';
import '../../ui/data.css';
import { can } from '../auth/permissions';
import { useCurrentUser } from '../auth/session';
import { DraftEditor } from './DraftEditor';
import { checklistTemplateDetailQuery } from './operations';
import { PublishedVersion } from './PublishedVersion';
import { TemplateVersions } from './TemplateVersions';

/** One checklist: its versions, the latest published one, and (for the office) the draft editor. */
export function ChecklistTemplateScreen({ templateId }: { templateId: string }) {
  const { t, language } = useI18n();
  const user = useCurrentUser();
  const { data, loading, error } = useQuery(checklistTemplateDetailQuery, { fetchPolicy: 'cache-and-network' });
  // Kept here: publishing replaces the draft, which remounts the editor.
  const [publishedNumber, setPublishedNumber] = useState<number | null>(null);
  const template = data?.checklistTemplates.find((item) => item.id === templateId);
  if (!template) {
    if (loading) return <Spinner label={t('common.loading')} />;
    return (
      <Banner tone="error">
        {error ? (describeError(error, language).message ?? t('common.networkError')) : t('checklists.notFound')}
      </Banner>
    );
  }
  const published = template.latestPublished;
  return (
    <>
      <PageHeader title={template.name}>
        <span className="muted">{template.code}</span>
      </PageHeader>
      <div className="stack">
        <p className="record-meta">
          <TemplateVersions versions={template.versions} />
        </p>
        <section className="card stack" aria-labelledby="published-title">
          <h2 id="published-title" className="section-title">
            {t('checklists.latestPublished')}
            {published && ` · ${t('checklists.version', { number: published.number })}`}
          </h2>
          {published ? (
            <>
              {published.publishedAt && (
                <p className="muted">{t('checklists.publishedAt', { date: formatInstant(published.publishedAt) })}</p>
              )}
              <details>
                <summary className="field-label">{t('checklists.showPublished')}</summary>
                <PublishedVersion version={published} />
              </details>
            </>
          ) : (
            <p className="muted">{t('checklists.noPublished')}</p>
          )}
        </section>
        {publishedNumber != null && (
          <Banner tone="success">{t('checklists.published', { number: publishedNumber })}</Banner>
        )}
        {can(user, 'CHECKLIST_MANAGE') && <ExcelTransfer templateId={template.id} versions={template.versions} />}
        {can(user, 'CHECKLIST_MANAGE') && (
          <DraftEditor
            onPublished={setPublishedNumber}
            key={template.draft?.id ?? `from-${published?.id ?? 'empty'}`}
            templateId={template.id}
            draft={template.draft ?? null}
            published={published ?? null}
          />
        )}
      </div>
    </>
  );
}
