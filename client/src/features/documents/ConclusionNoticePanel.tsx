import { useState } from 'react';
import type { ConclusionNoticeFieldsFragment } from '../../apollo/generated/graphql';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { IssueNoticeDialog } from './IssueNoticeDialog';

/** What the notice says of itself once issued (number, date, signer, report date), or that it is not issued yet. */
export function NoticeFacts({ notice }: { notice: ConclusionNoticeFieldsFragment | null | undefined }) {
  const { t } = useI18n();
  if (!notice) {
    return (
      <p className="muted" data-testid="notice-facts">
        {t('documents.noticeNotIssued')}
      </p>
    );
  }
  return (
    <div data-testid="notice-facts">
      <p>
        {t('documents.noticeIssued', {
          number: notice.number,
          date: formatDate(notice.issuedOn),
          signer: notice.signerName,
        })}
      </p>
      {notice.reportDueOn && <p>{t('documents.noticeReportDue', { date: formatDate(notice.reportDueOn) })}</p>}
    </div>
  );
}

/**
 * The office's part of an approved visit's conclusion notice: whether and how it was issued, and the
 * dialog that issues it or corrects it until the unit acknowledges receipt.
 */
export function ConclusionNoticePanel({
  visitId,
  hasFindings,
  notice,
  acknowledged,
  canIssue,
  onIssued,
}: {
  visitId: string;
  hasFindings: boolean;
  notice: ConclusionNoticeFieldsFragment | null | undefined;
  acknowledged: boolean;
  canIssue: boolean;
  onIssued: () => void;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <div className="stack" data-testid="conclusion-notice">
      <h3>{t('documents.noticeTitle')}</h3>
      <NoticeFacts notice={notice} />
      {saved && <Banner tone="success">{t('documents.noticeSaved')}</Banner>}
      {canIssue && acknowledged && notice && <p className="muted">{t('documents.noticeLocked')}</p>}
      {canIssue && !acknowledged && (
        <Button variant={notice ? 'secondary' : 'primary'} onClick={() => setEditing(true)} data-testid="notice-open">
          {notice ? t('documents.correctNotice') : t('documents.issueNotice')}
        </Button>
      )}
      {editing && (
        <IssueNoticeDialog
          visitId={visitId}
          hasFindings={hasFindings}
          notice={notice}
          open
          onClose={() => setEditing(false)}
          onDone={() => {
            setEditing(false);
            setSaved(true);
            onIssued();
          }}
        />
      )}
    </div>
  );
}
