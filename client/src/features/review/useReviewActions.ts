import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../apollo/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { auditTrailRefetch } from '../audit/operations';
import { approveVisitMutation, returnVisitMutation } from './operations';
import type { Notify, ReviewVisit } from './review-visit';

/**
 * Returning a submitted visit (with a comment on the whole visit or on criteria) or approving it. `close`
 * is called once the server took the decision; `problem` says why it did not.
 */
export function useReviewActions(visit: ReviewVisit, onDone: Notify, close: () => void) {
  const { t, language } = useI18n();
  const [problem, setProblem] = useState<string | null>(null);
  const refetchQueries = [auditTrailRefetch(visit.id)];
  const [returnVisit, returnState] = useMutation(returnVisitMutation, { refetchQueries });
  const [approveVisit, approveState] = useMutation(approveVisitMutation, { refetchQueries });

  async function submitReturn(comment: string, itemComments: Record<string, string>) {
    const perItem = Object.entries(itemComments)
      .filter(([, text]) => text.trim())
      .map(([itemId, text]) => ({ itemId, comment: text.trim() }));
    if (!comment.trim() && perItem.length === 0) {
      setProblem(t('review.returnNeedsComment'));
      return;
    }
    setProblem(null);
    try {
      await returnVisit({
        variables: { input: { visitId: visit.id, comment: comment.trim() || null, itemComments: perItem } },
      });
      close();
      onDone({ tone: 'success', text: t('review.returned') });
    } catch (error) {
      setProblem(describeError(error, language).message ?? t('common.networkError'));
    }
  }

  async function submitApprove() {
    setProblem(null);
    try {
      await approveVisit({ variables: { visitId: visit.id } });
      close();
      onDone({ tone: 'success', text: t('review.approved') });
    } catch (error) {
      setProblem(describeError(error, language).message ?? t('common.networkError'));
    }
  }

  return { problem, busy: returnState.loading || approveState.loading, submitReturn, submitApprove };
}
