import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../apollo/errors';
import type { ConclusionNoticeFieldsFragment } from '../../apollo/generated/graphql';
import { formatDate, parseVietnameseDate, todayLocalDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { Dialog } from '../../ui/Dialog';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { issueNoticeMutation } from './operations';

type Field = 'number' | 'issuedOn' | 'strengths' | 'reportDueOn' | 'signerName';
type Problems = Partial<Record<Field | 'form', string>>;

/**
 * The office issues (or corrects) a visit's conclusion notice: the number the registry gave, the day of
 * issue, the unit's strengths, the day the unit reports its remediation by (only when there are
 * findings) and who signs. Dates are typed dd/mm/yyyy; the server checks every rule again.
 */
export function IssueNoticeDialog({
  visitId,
  hasFindings,
  notice,
  open,
  onClose,
  onDone,
}: {
  visitId: string;
  hasFindings: boolean;
  notice: ConclusionNoticeFieldsFragment | null | undefined;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t, language } = useI18n();
  const [issue, { loading }] = useMutation(issueNoticeMutation);
  const [values, setValues] = useState<Record<Field, string>>(() => ({
    number: notice?.number ?? '',
    issuedOn: formatDate(notice?.issuedOn ?? todayLocalDate()),
    strengths: notice?.strengths ?? '',
    reportDueOn: notice?.reportDueOn ? formatDate(notice.reportDueOn) : '',
    signerName: notice?.signerName ?? '',
  }));
  const [problems, setProblems] = useState<Problems>({});
  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  async function submit() {
    const issuedOn = parseVietnameseDate(values.issuedOn);
    const reportDueOn = values.reportDueOn.trim() ? parseVietnameseDate(values.reportDueOn) : null;
    const local: Problems = {
      issuedOn: issuedOn ? undefined : t('documents.dateInvalid'),
      reportDueOn: values.reportDueOn.trim() && !reportDueOn ? t('documents.dateInvalid') : undefined,
    };
    setProblems(local);
    if (!issuedOn || local.reportDueOn) return;
    try {
      await issue({
        variables: {
          input: {
            visitId,
            number: values.number,
            issuedOn,
            strengths: values.strengths,
            reportDueOn: hasFindings ? reportDueOn : null,
            signerName: values.signerName,
          },
        },
      });
      setProblems({});
      onDone();
    } catch (error) {
      const problem = describeError(error, language);
      const fields = problem.fields as Problems;
      const onField = Object.keys(fields).length > 0;
      setProblems({ ...fields, form: onField ? undefined : (problem.message ?? t('common.networkError')) });
    }
  }

  return (
    <Dialog open={open} title={notice ? t('documents.correctNotice') : t('documents.issueNotice')} onClose={onClose}>
      <p className="muted">{t('documents.noticeCorrectHint')}</p>
      {problems.form && <Banner tone="error">{problems.form}</Banner>}
      <TextField
        label={t('documents.noticeNumber')}
        hint={t('documents.noticeNumberHint')}
        value={values.number}
        onChange={set('number')}
        error={problems.number}
        required
        data-testid="notice-number"
      />
      <DateField
        label={t('documents.noticeIssuedOn')}
        value={values.issuedOn}
        onChange={set('issuedOn')}
        error={problems.issuedOn}
        required
        data-testid="notice-issued-on"
      />
      <TextArea
        label={t('documents.noticeStrengths')}
        hint={t('documents.noticeStrengthsHint')}
        value={values.strengths}
        onChange={set('strengths')}
        error={problems.strengths}
        required
        data-testid="notice-strengths"
      />
      {hasFindings && (
        <DateField
          label={t('documents.noticeReportDueOn')}
          hint={t('documents.noticeReportDueHint')}
          value={values.reportDueOn}
          onChange={set('reportDueOn')}
          error={problems.reportDueOn}
          required
          data-testid="notice-report-due"
        />
      )}
      <TextField
        label={t('documents.noticeSigner')}
        hint={t('documents.noticeSignerHint')}
        value={values.signerName}
        onChange={set('signerName')}
        error={problems.signerName}
        required
        data-testid="notice-signer"
      />
      <div className="dialog-actions">
        <Button variant="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => void submit()} disabled={loading} data-testid="notice-submit">
          {t('documents.noticeSubmit')}
        </Button>
      </div>
    </Dialog>
  );
}
