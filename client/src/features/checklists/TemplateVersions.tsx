import type { ChecklistTemplateSummaryFragment } from '../../apollo/generated/graphql';
import { formatInstant } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';

/** Each version of a template with its status badge and, once published, the day it was. */
export function TemplateVersions({ versions }: { versions: ChecklistTemplateSummaryFragment['versions'] }) {
  const { t } = useI18n();
  return versions.map((version) => (
    <span key={version.id}>
      {t('checklists.version', { number: version.number })}:{' '}
      <span className={version.status === 'PUBLISHED' ? 'badge badge-success' : 'badge badge-warning'}>
        {t(`checklists.status.${version.status}`)}
      </span>
      {version.publishedAt ? ` ${formatInstant(version.publishedAt)}` : null}
    </span>
  ));
}
