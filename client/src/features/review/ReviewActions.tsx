import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { checklistItems, type Notify, type ReviewVisit } from './review-visit';
import { useReviewActions } from './useReviewActions';

/** Return or approve a submitted visit, each through a dialog. */
export function ReviewActions({ visit, onDone }: { visit: ReviewVisit; onDone: Notify }) {
  const { t } = useI18n();
  const [dialog, setDialog] = useState<'return' | 'approve' | null>(null);
  const [comment, setComment] = useState('');
  const [itemComments, setItemComments] = useState<Record<string, string>>({});
  const close = () => setDialog(null);
  const { problem, busy, submitReturn, submitApprove } = useReviewActions(visit, onDone, close);
  const items = checklistItems(visit);

  return (
    <div className="row">
      <Button variant="danger" onClick={() => setDialog('return')} disabled={busy}>
        {t('review.return')}
      </Button>
      <Button onClick={() => setDialog('approve')} disabled={busy}>
        {t('review.approve')}
      </Button>
      <Dialog open={dialog === 'return'} title={t('review.returnTitle')} onClose={close}>
        {problem && <Banner tone="error">{problem}</Banner>}
        <TextArea label={t('review.comment')} value={comment} onChange={setComment} rows={4} />
        {items.length > 0 && (
          <details>
            <summary className="field-label">{t('review.itemComments')}</summary>
            <div className="stack" style={{ marginTop: 8 }}>
              {items.map((item) => (
                <TextField
                  key={item.id}
                  label={`${item.code} ${item.text}`}
                  value={itemComments[item.id] ?? ''}
                  onChange={(text) => setItemComments({ ...itemComments, [item.id]: text })}
                />
              ))}
            </div>
          </details>
        )}
        <DialogActions
          confirmLabel={t('review.returnSubmit')}
          onConfirm={() => submitReturn(comment, itemComments)}
          onCancel={close}
          danger
          busy={busy}
        />
      </Dialog>
      <Dialog open={dialog === 'approve'} title={t('review.approveTitle')} onClose={close}>
        {problem && <Banner tone="error">{problem}</Banner>}
        <p>{t('review.approveExplain')}</p>
        <DialogActions confirmLabel={t('review.approve')} onConfirm={submitApprove} onCancel={close} busy={busy} />
      </Dialog>
    </div>
  );
}
