import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { describeError } from '../../apollo/errors';
import { navigate } from '../../app/router';
import { recordPath } from '../../app/routes';
import { todayLocalDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { createInspectionPlanMutation, inspectionPlansQuery, plansPublishedTemplatesQuery } from './operations';

/** A new plan for the year: its title, the document that decided it, and the checklist it uses. */
export function CreatePlanForm({ year }: { year: number }) {
  const { t, language } = useI18n();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [documentNumber, setDocumentNumber] = useState('');
  const [documentDate, setDocumentDate] = useState(todayLocalDate());
  const [templateId, setTemplateId] = useState('');
  const [problem, setProblem] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const templates = useQuery(plansPublishedTemplatesQuery, { skip: !open });
  const published = (templates.data?.checklistTemplates ?? []).filter((template) => template.latestPublished);
  const [create, { loading }] = useMutation(createInspectionPlanMutation, {
    refetchQueries: [{ query: inspectionPlansQuery, variables: { year } }],
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const chosen = templateId || published[0]?.id || '';
    if (!title.trim() || !documentNumber.trim() || !documentDate || !chosen) {
      setProblem({ message: t('plans.required'), fields: {} });
      return;
    }
    setProblem(null);
    try {
      const { data } = await create({
        variables: {
          input: { year, title: title.trim(), documentNumber: documentNumber.trim(), documentDate, templateId: chosen },
        },
      });
      if (data) navigate(recordPath('plans', data.createInspectionPlan.id));
    } catch (error) {
      const described = describeError(error, language);
      setProblem({ message: described.message ?? t('common.networkError'), fields: described.fields });
    }
  }

  if (!open) {
    return (
      <div>
        <Button onClick={() => setOpen(true)}>{t('plans.createPlan')}</Button>
      </div>
    );
  }
  return (
    <form className="card stack" onSubmit={submit} noValidate>
      <h3>{t('plans.createPlan')}</h3>
      {problem && <Banner tone="error">{problem.message}</Banner>}
      <TextField label={t('plans.planTitle')} value={title} onChange={setTitle} error={problem?.fields.title} />
      <div className="editor-grid">
        <TextField
          label={t('plans.documentNumber')}
          hint={t('plans.documentNumberHint')}
          value={documentNumber}
          onChange={setDocumentNumber}
          error={problem?.fields.documentNumber}
        />
        <TextField label={t('plans.documentDate')} type="date" value={documentDate} onChange={setDocumentDate} />
      </div>
      <Select
        label={t('plans.template')}
        value={templateId || published[0]?.id || ''}
        onChange={setTemplateId}
        placeholder={published.length === 0 ? t('plans.chooseTemplate') : undefined}
        options={published.map((template) => ({
          value: template.id,
          label: `${template.name} (${t('checklists.version', { number: template.latestPublished?.number ?? 0 })})`,
        }))}
      />
      <div className="row">
        <Button type="submit" disabled={loading}>
          {t('plans.createPlan')}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
