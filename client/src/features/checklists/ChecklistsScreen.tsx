import { useMutation, useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { describeError } from '../../apollo/errors';
import { useRequestProblem } from '../../apollo/useRequestProblem';
import { navigate } from '../../app/router';
import { recordPath } from '../../app/routes';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { FormActions } from '../../ui/FormActions';
import { PageHeader } from '../../ui/PageHeader';
import { Reveal } from '../../ui/Reveal';
import { TextField } from '../../ui/TextField';
import { useField } from '../../ui/useField';
import '../../ui/data.css';
import { RecordLinks } from '../../ui/RecordLinks';
import { checklistTemplatesQuery, createChecklistTemplateMutation } from './operations';
import { TemplateVersions } from './TemplateVersions';

export function ChecklistsScreen() {
  const { t, language } = useI18n();
  const { data, loading, error } = useQuery(checklistTemplatesQuery, { fetchPolicy: 'cache-and-network' });
  const templates = data?.checklistTemplates ?? [];
  return (
    <>
      <PageHeader title={t('checklists.title')} />
      <div className="stack">
        <CreateTemplateForm />
        {error && templates.length === 0 && (
          <Banner tone="error">{describeError(error, language).message ?? t('common.networkError')}</Banner>
        )}
        <RecordLinks
          records={templates}
          loading={loading}
          failed={Boolean(error)}
          emptyText={t('checklists.empty')}
          href={(template) => recordPath('checklists', template.id)}
          testId="checklist-row"
        >
          {(template) => (
            <>
              <p className="record-title">
                {template.name} <span className="muted">({template.code})</span>
              </p>
              <div className="record-meta">
                <TemplateVersions versions={template.versions} />
              </div>
            </>
          )}
        </RecordLinks>
      </div>
    </>
  );
}

function CreateTemplateForm() {
  const { t } = useI18n();
  return <Reveal label={t('checklists.create')}>{(close) => <NewTemplateForm onCancel={close} />}</Reveal>;
}

/** A template's code and name; once created, its editor opens. */
function NewTemplateForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useI18n();
  const code = useField();
  const name = useField();
  const { problem, fields, attempt } = useRequestProblem();
  const [create, { loading }] = useMutation(createChecklistTemplateMutation, {
    refetchQueries: [{ query: checklistTemplatesQuery }],
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { code: code.value.trim(), name: name.value.trim() };
    const result = await attempt(() => create({ variables: { input } }));
    if (result?.data) navigate(recordPath('checklists', result.data.createChecklistTemplate.id));
  }

  return (
    <form className="card stack" onSubmit={submit} noValidate>
      <h2 className="section-title">{t('checklists.create')}</h2>
      {problem && <Banner tone="error">{problem.message ?? t('common.networkError')}</Banner>}
      <TextField label={t('checklists.code')} {...code} required error={fields.code} />
      <TextField label={t('checklists.name')} {...name} required error={fields.name} />
      <FormActions
        submitLabel={t('checklists.create')}
        busy={loading}
        incomplete={!code.value.trim() || !name.value.trim()}
        onCancel={onCancel}
      />
    </form>
  );
}
