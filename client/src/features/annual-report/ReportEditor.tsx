import { useState } from 'react';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Spinner } from '../../ui/Spinner';
import { IssueSection } from './IssueSection';
import { NarrativeForm, NarrativeText } from './NarrativeFields';
import { isEmptyNarrative, narrativeOf } from './narrative';
import { StartFromYearDialog, TakeTheirsDialog } from './ReportDialogs';
import { ReportDownloads } from './ReportDownloads';
import { ReportPreviewSection } from './ReportPreviewSection';
import { SaveBar } from './SaveBar';
import { useReportDraft } from './useReportDraft';

/** One year's report: its narrative to write or read, saving, issuing and the downloads. */
export function ReportEditor({ year }: { year: number }) {
  const { t } = useI18n();
  const draft = useReportDraft(year);
  const { canEdit, editable, issued, dirty, saved, form, save } = draft;
  const [confirmStart, setConfirmStart] = useState(false);
  const [confirmTakeTheirs, setConfirmTakeTheirs] = useState(false);

  if (!form) {
    if (draft.loadFailed) return <Banner tone="error">{t('annualReport.loadError', { year })}</Banner>;
    return <Spinner label={t('common.loading')} />;
  }

  return (
    <>
      {!canEdit && <Banner>{t('annualReport.readOnly')}</Banner>}
      {issued && saved && (
        <Banner tone="success">
          <span data-testid="report-issued">
            {t('annualReport.issued', { number: saved.issuedNumber ?? '', date: formatDate(saved.issuedOn) })}
          </span>
        </Banner>
      )}
      {draft.restored && dirty && <Banner tone="warning">{t('annualReport.restored')}</Banner>}
      {draft.notice && <Banner tone="success">{draft.notice}</Banner>}
      {editable && !saved && (
        <section className="card stack" data-testid="start-from-year">
          <p className="muted">{t('annualReport.startFromYearHint', { from: year - 1, year })}</p>
          <Button variant="secondary" onClick={() => setConfirmStart(true)} disabled={save.step === 'saving'}>
            {t('annualReport.startFromYear', { from: year - 1 })}
          </Button>
        </section>
      )}
      {!canEdit && !saved && <Banner>{t('annualReport.noDraft', { year })}</Banner>}

      {!editable && <ReportDownloads year={year} unsaved={false} />}
      {!editable && <ReportPreviewSection year={year} version={saved?.version ?? null} unsaved={false} />}
      {editable ? <NarrativeForm form={form} setField={draft.setField} /> : <NarrativeText form={form} />}

      {save.step === 'conflict' && (
        <section className="banner banner-warning stack" role="alert" data-testid="save-conflict">
          <p>{t('annualReport.conflict', { year })}</p>
          <div className="report-actions">
            <Button onClick={() => void draft.saveNow(save.latest?.version ?? null)} data-testid="conflict-keep-mine">
              {t('annualReport.conflictKeepMine')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirmTakeTheirs(true)}>
              {t('annualReport.conflictTakeTheirs')}
            </Button>
          </div>
        </section>
      )}
      {save.step === 'error' && <Banner tone="error">{save.message}</Banner>}

      {editable && saved && !isEmptyNarrative(narrativeOf(saved)) && (
        <IssueSection year={year} dirty={dirty} onIssued={draft.onIssued} />
      )}

      {editable && <ReportDownloads year={year} unsaved={dirty} />}
      {editable && <ReportPreviewSection year={year} version={saved?.version ?? null} unsaved={dirty} />}

      {editable && (
        <SaveBar
          issued={issued}
          dirty={dirty}
          hasDraft={saved !== null}
          save={save}
          onSave={() => void draft.saveNow(draft.baseVersion)}
        />
      )}

      <StartFromYearDialog
        year={year}
        overwrites={!isEmptyNarrative(form)}
        open={confirmStart}
        onClose={() => setConfirmStart(false)}
        onConfirm={() => {
          setConfirmStart(false);
          void draft.startFromPreviousYear();
        }}
      />
      <TakeTheirsDialog
        open={confirmTakeTheirs}
        onClose={() => setConfirmTakeTheirs(false)}
        onConfirm={() => {
          setConfirmTakeTheirs(false);
          draft.takeTheirs(save.step === 'conflict' ? save.latest : null);
        }}
      />
    </>
  );
}
