import type { Reference, StoreObject } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { describeError } from '../../apollo/errors';
import { useOnline } from '../../app/useOnline';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { FormActions } from '../../ui/FormActions';
import { Reveal } from '../../ui/Reveal';
import { TextArea } from '../../ui/TextArea';
import { replyToReviewCommentMutation } from './operations';

/**
 * The team's reply to one reviewer comment. Sent straight to the server, not through the phone's
 * outbox: offline the form says so and keeps the text until the phone is back online.
 */
export function ReplyForm({ commentId }: { commentId: string }) {
  const { t } = useI18n();
  return (
    <Reveal label={t('reviewLoop.reply')}>{(close) => <ReplyFields commentId={commentId} close={close} />}</Reveal>
  );
}

function ReplyFields({ commentId, close }: { commentId: string; close: () => void }) {
  const { t, language } = useI18n();
  const online = useOnline();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // The reply goes under its comment in the cache from the mutation's own answer: a refetch of the visit
  // could be answered by a read already in flight from before the reply, and hide it again.
  const [send, { loading }] = useMutation(replyToReviewCommentMutation, {
    update(cache, { data }) {
      const reply = data?.replyToReviewComment;
      if (!reply) return;
      cache.modify({
        id: cache.identify({ __typename: 'ReviewComment', id: commentId }),
        fields: {
          replies(existing: readonly Reference[] = [], { toReference, readField }) {
            if (existing.some((ref) => readField('id', ref) === reply.id)) return existing;
            const added = toReference({ __typename: 'ReviewReply', ...reply } as StoreObject, true);
            return added ? [...existing, added] : existing;
          },
        },
      });
    },
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      await send({ variables: { input: { commentId, text } } });
      close();
    } catch (error) {
      setProblem(describeError(error, language).message ?? t('reviewLoop.offline'));
    }
  };
  return (
    <form className="stack" onSubmit={submit} data-testid={`reply-form-${commentId}`}>
      <TextArea label={t('reviewLoop.replyLabel')} value={text} onChange={setText} maxLength={4000} />
      {!online && <Banner tone="warning">{t('reviewLoop.offline')}</Banner>}
      {problem && <Banner tone="error">{problem}</Banner>}
      <FormActions
        submitLabel={t('reviewLoop.send')}
        busy={loading}
        incomplete={!online || !text.trim()}
        onCancel={close}
        submitTestId={`reply-send-${commentId}`}
      />
    </form>
  );
}
