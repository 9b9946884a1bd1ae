import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../apollo/errors';
import { formatDate, parseVietnameseDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { DateField } from '../../ui/DateField';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { TextArea } from '../../ui/TextArea';
import { useField } from '../../ui/useField';
import { type Finding, refetchAfterChange } from './finding-detail';
import { extendDeadlineMutation } from './operations';

/** Gia hạn: a new day (dd/MM/yyyy) and a reason, then a confirmation that names the old and new day. */
export function ExtendDeadlineDialog({
  finding,
  open,
  onClose,
  onDone,
}: {
  finding: Finding;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t, language } = useI18n();
  const [extend, { loading }] = useMutation(extendDeadlineMutation, { refetchQueries: refetchAfterChange(finding.id) });
  const date = useField();
  const reason = useField();
  const [errors, setErrors] = useState<{ date?: string; reason?: string; form?: string }>({});
  const [confirming, setConfirming] = useState<string | null>(null);

  function reset() {
    date.onChange('');
    reason.onChange('');
    setErrors({});
    setConfirming(null);
  }

  function close() {
    reset();
    onClose();
  }

  function check() {
    const iso = parseVietnameseDate(date.value);
    const problems = {
      date: iso ? undefined : t('findings.extendDateInvalid'),
      reason: reason.value.trim() ? undefined : t('findings.reasonRequired'),
    };
    setErrors(problems);
    if (iso && !problems.reason) setConfirming(iso);
  }

  async function confirm() {
    if (!confirming) return;
    try {
      await extend({
        variables: { input: { findingId: finding.id, newDeadline: confirming, reason: reason.value.trim() } },
      });
      reset();
      onDone();
    } catch (error) {
      const problem = describeError(error, language);
      setConfirming(null);
      setErrors({
        date: problem.fields.newDeadline,
        reason: problem.fields.reason,
        form:
          problem.fields.newDeadline || problem.fields.reason
            ? undefined
            : (problem.message ?? t('common.networkError')),
      });
    }
  }

  const current = finding.deadline ? formatDate(finding.deadline) : t('findings.noDeadline');
  return (
    <Dialog open={open} title={t('findings.extendTitle')} onClose={close}>
      {confirming ? (
        <>
          <p>{t('findings.extendConfirm', { from: current, to: formatDate(confirming) })}</p>
          <p className="muted pre-line">{reason.value.trim()}</p>
          <DialogActions
            confirmLabel={t('findings.extendSubmit')}
            onConfirm={() => void confirm()}
            onCancel={() => setConfirming(null)}
            cancelLabel={t('findings.back')}
            busy={loading}
            confirmTestId="extend-submit"
          />
        </>
      ) : (
        <>
          <p className="muted">{t('findings.extendCurrent', { date: current })}</p>
          {errors.form && <Banner tone="error">{errors.form}</Banner>}
          <DateField
            label={t('findings.extendDate')}
            hint={t('findings.extendDateHint')}
            {...date}
            error={errors.date}
            required
            data-testid="extend-date"
          />
          <TextArea
            label={t('findings.extendReason')}
            {...reason}
            error={errors.reason}
            required
            data-testid="extend-reason"
          />
          <DialogActions
            confirmLabel={t('findings.extendNext')}
            onConfirm={check}
            onCancel={close}
            confirmTestId="extend-next"
          />
        </>
      )}
    </Dialog>
  );
}
