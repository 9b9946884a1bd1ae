import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../apollo/errors';
import type { AnnualReportDraftFieldsFragment } from '../../apollo/generated/graphql';
import { formatDate, parseVietnameseDate, todayLocalDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { TextField } from '../../ui/TextField';
import { useField } from '../../ui/useField';
import { issueAnnualReportMutation } from './operations';

/** The two fields the report is issued with; their labels, hints and test ids follow their names. */
const ISSUE_FIELDS = [
  { part: 'Number', name: 'number', placeholder: undefined },
  { part: 'Date', name: 'date', placeholder: 'dd/mm/yyyy' },
] as const;

/** Ban hành: the number and the day (dd/MM/yyyy) the report is issued with, after a confirmation. */
export function IssueSection({
  year,
  dirty,
  onIssued,
}: {
  year: number;
  dirty: boolean;
  onIssued: (draft: AnnualReportDraftFieldsFragment) => void;
}) {
  const { t, language } = useI18n();
  const [issue, { loading }] = useMutation(issueAnnualReportMutation);
  const fields = {
    number: useField(),
    // Today is offered only when the server would take it: a report is issued in its year or the next.
    date: useField(() => {
      const today = todayLocalDate();
      const todayYear = Number(today.slice(0, 4));
      return todayYear === year || todayYear === year + 1 ? formatDate(today) : '';
    }),
  };
  const number = fields.number.value;
  const date = fields.date.value;
  const [errors, setErrors] = useState<{ number?: string; date?: string; form?: string }>({});
  const [confirming, setConfirming] = useState<{ number: number; date: string } | null>(null);

  function check() {
    const n = Number(number.trim());
    const iso = parseVietnameseDate(date);
    const problems = {
      number: /^\d+$/.test(number.trim()) && n > 0 ? undefined : t('annualReport.issueNumberInvalid'),
      date: iso ? undefined : t('annualReport.issueDateInvalid'),
    };
    setErrors(problems);
    if (!problems.number && !problems.date && iso) setConfirming({ number: n, date: iso });
  }

  async function confirm() {
    if (!confirming) return;
    try {
      const result = await issue({ variables: { year, number: confirming.number, date: confirming.date } });
      const draft = result.data?.issueAnnualReport;
      setConfirming(null);
      if (draft) onIssued(draft);
    } catch (err) {
      const problem = describeError(err, language);
      setConfirming(null);
      setErrors({
        number: problem.fields.number,
        date: problem.fields.date,
        form: problem.fields.number || problem.fields.date ? undefined : (problem.message ?? t('common.networkError')),
      });
    }
  }

  return (
    <section className="card stack" data-testid="report-issue">
      <h2 className="section-title">{t('annualReport.issueTitle')}</h2>
      <p className="muted">{t('annualReport.issueHint')}</p>
      <div className="report-issue-fields">
        {ISSUE_FIELDS.map(({ part, name, placeholder }) => (
          <TextField
            key={name}
            label={t(`annualReport.issue${part}`)}
            hint={t(`annualReport.issue${part}Hint`)}
            {...fields[name]}
            inputMode="numeric"
            placeholder={placeholder}
            error={errors[name]}
            data-testid={`issue-${name}`}
          />
        ))}
      </div>
      {errors.form && <Banner tone="error">{errors.form}</Banner>}
      {dirty && <Banner tone="warning">{t('annualReport.issueSaveFirst')}</Banner>}
      <Button block onClick={check} disabled={dirty || loading} data-testid="issue-report">
        {t('annualReport.issue')}
      </Button>
      <Dialog
        open={confirming !== null}
        title={t('annualReport.issueConfirmTitle', { year })}
        onClose={() => setConfirming(null)}
      >
        <p>
          {t('annualReport.issueConfirm', {
            number: confirming?.number ?? '',
            date: formatDate(confirming?.date),
          })}
        </p>
        <DialogActions
          confirmLabel={t('annualReport.issue')}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(null)}
          busy={loading}
          confirmTestId="confirm-issue"
        />
      </Dialog>
    </section>
  );
}
