import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { describeError } from '../../apollo/errors';
import { linkClick, navigate } from '../../app/router';
import { recordPath } from '../../app/routes';
import { formatInstant } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { Spinner } from '../../ui/Spinner';
import { TextField } from '../../ui/TextField';
import '../../ui/data.css';
import { checklistTemplatesQuery, createChecklistTemplateMutation } from './operations';

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
        {loading && templates.length === 0 && <Spinner label={t('common.loading')} />}
        {!loading && !error && templates.length === 0 && <p className="muted">{t('checklists.empty')}</p>}
        <ul className="record-list">
          {templates.map((template) => {
            const href = recordPath('checklists', template.id);
            return (
              <li key={template.id}>
                <a className="record" href={href} onClick={linkClick(href)} data-testid="checklist-row">
                  <p className="record-title">
                    {template.name} <span className="muted">({template.code})</span>
                  </p>
                  <div className="record-meta">
                    {template.versions.map((version) => (
                      <span key={version.id}>
                        {t('checklists.version', { number: version.number })}:{' '}
                        <span
                          className={version.status === 'PUBLISHED' ? 'badge badge-success' : 'badge badge-warning'}
                        >
                          {t(`checklists.status.${version.status}`)}
                        </span>
                        {version.publishedAt ? ` ${formatInstant(version.publishedAt)}` : null}
                      </span>
                    ))}
                  </div>
                </a>
              </li>
            );
          })}
        </ul>
      </div>
    </>
  );
}

function CreateTemplateForm() {
  const { t, language } = useI18n();
  const [open, setOpen] = useState(false);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [create, { loading }] = useMutation(createChecklistTemplateMutation, {
    refetchQueries: [{ query: checklistTemplatesQuery }],
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      const { data } = await create({ variables: { input: { code: code.trim(), name: name.trim() } } });
      if (data) navigate(recordPath('checklists', data.createChecklistTemplate.id));
    } catch (error) {
      const described = describeError(error, language);
      setProblem({ message: described.message ?? t('common.networkError'), fields: described.fields });
    }
  }

  if (!open) {
    return (
      <div>
        <Button onClick={() => setOpen(true)}>{t('checklists.create')}</Button>
      </div>
    );
  }
  return (
    <form className="card stack" onSubmit={submit} noValidate>
      <h2 className="section-title">{t('checklists.create')}</h2>
      {problem && <Banner tone="error">{problem.message}</Banner>}
      <TextField label={t('checklists.code')} value={code} onChange={setCode} required error={problem?.fields.code} />
      <TextField label={t('checklists.name')} value={name} onChange={setName} required error={problem?.fields.name} />
      <div className="row">
        <Button type="submit" disabled={loading || !code.trim() || !name.trim()}>
          {t('checklists.create')}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
