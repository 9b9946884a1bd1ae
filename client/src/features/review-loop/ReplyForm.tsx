import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { FormActions } from '../../ui/FormActions';
import { Reveal } from '../../ui/Reveal';
import { TextArea } from '../../ui/TextArea';
import { useErrorText } from '../visits/useSave';
import { useVisitWrites } from '../visits/visit-writes';

/**
 * The team's reply to one reviewer comment. Like every field write it goes to the phone's outbox first
 * (with or without network), under a reply id made here, and shows at once under its comment marked as
 * on the phone; the sync engine sends it, and the server checks it (see docs/offline-sync.md).
 */
export function ReplyForm({ commentId }: { commentId: string }) {
  const { t } = useI18n();
  return (
    <Reveal label={t('reviewLoop.reply')}>{(close) => <ReplyFields commentId={commentId} close={close} />}</Reveal>
  );
}

function ReplyFields({ commentId, close }: { commentId: string; close: () => void }) {
  const { t } = useI18n();
  const writes = useVisitWrites();
  const errorText = useErrorText();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setBusy(true);
    try {
      await writes.write('REPLY_TO_REVIEW_COMMENT', { commentId, replyId: crypto.randomUUID(), text });
      close();
    } catch (error) {
      // Not kept on the phone: the text stays in the form, to try again.
      console.warn('A reply was not stored', error);
      setProblem(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="stack" onSubmit={submit} data-testid={`reply-form-${commentId}`}>
      <TextArea label={t('reviewLoop.replyLabel')} value={text} onChange={setText} maxLength={4000} />
      {problem && <Banner tone="error">{problem}</Banner>}
      <FormActions
        submitLabel={t('reviewLoop.send')}
        busy={busy}
        incomplete={!text.trim()}
        onCancel={close}
        submitTestId={`reply-send-${commentId}`}
      />
    </form>
  );
}
