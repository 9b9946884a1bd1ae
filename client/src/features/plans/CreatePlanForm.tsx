import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useRequestProblem } from '../../apollo/useRequestProblem';
import { navigate } from '../../app/router';
import { recordPath } from '../../app/routes';
import { todayLocalDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { FormActions } from '../../ui/FormActions';
import { Reveal } from '../../ui/Reveal';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { useField } from '../../ui/useField';
import { createInspectionPlanMutation, inspectionPlansQuery, plansPublishedTemplatesQuery } from './operations';

/** A new plan for the year: its title, the document that decided it, and the checklist it uses. */
export function CreatePlanForm({ year }: { year: number }) {
  const { t } = useI18n();
  return <Reveal label={t('plans.createPlan')}>{(close) => <NewPlanForm year={year} onCancel={close} />}</Reveal>;
}

function NewPlanForm({ year, onCancel }: { year: number; onCancel: () => void }) {
  const { t } = useI18n();
  const title = useField();
  const documentNumber = useField();
  const documentDate = useField(todayLocalDate);
  const [templateId, setTemplateId] = useState('');
  const [missing, setMissing] = useState(false);
  const { problem, fields, attempt } = useRequestProblem();
  const templates = useQuery(plansPublishedTemplatesQuery);
  const published = (templates.data?.checklistTemplates ?? []).filter((template) => template.latestPublished);
  const [create, { loading }] = useMutation(createInspectionPlanMutation, {
    refetchQueries: [{ query: inspectionPlansQuery, variables: { year } }],
  });
  const chosen = templateId || published[0]?.id || '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      year,
      title: title.value.trim(),
      documentNumber: documentNumber.value.trim(),
      documentDate: documentDate.value,
      templateId: chosen,
    };
    setMissing(!input.title || !input.documentNumber || !input.documentDate || !chosen);
    if (!input.title || !input.documentNumber || !input.documentDate || !chosen) return;
    const result = await attempt(() => create({ variables: { input } }));
    if (result?.data) navigate(recordPath('plans', result.data.createInspectionPlan.id));
  }

  const message = missing ? t('plans.required') : problem && (problem.message ?? t('common.networkError'));
  return (
    <form className="card stack" onSubmit={submit} noValidate>
      <h3>{t('plans.createPlan')}</h3>
      {message && <Banner tone="error">{message}</Banner>}
      <TextField label={t('plans.planTitle')} {...title} error={fields.title} />
      <div className="editor-grid">
        <TextField
          label={t('plans.documentNumber')}
          hint={t('plans.documentNumberHint')}
          {...documentNumber}
          error={fields.documentNumber}
        />
        <TextField label={t('plans.documentDate')} type="date" {...documentDate} />
      </div>
      <Select
        label={t('plans.template')}
        value={chosen}
        onChange={setTemplateId}
        placeholder={published.length === 0 ? t('plans.chooseTemplate') : undefined}
        options={published.map((template) => ({
          value: template.id,
          label: `${template.name} (${t('checklists.version', { number: template.latestPublished?.number ?? 0 })})`,
        }))}
      />
      <FormActions submitLabel={t('plans.createPlan')} busy={loading} onCancel={onCancel} />
    </form>
  );
}
