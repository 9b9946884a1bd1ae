import { CombinedGraphQLErrors } from '@apollo/client';
import { useCallback, useRef, useState } from 'react';
import { describeError } from '../../apollo/errors';
import { useOnline } from '../../app/useOnline';
import { useI18n } from '../../i18n/I18nProvider';
import { UploadError } from '../../photos/photo-upload';

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving'; label?: string }
  | { status: 'saved' }
  | { status: 'error'; message: string };

/** The Vietnamese message for a failed write: the server's own text, else the network message. */
export function useErrorText() {
  const { t } = useI18n();
  return useCallback(
    (error: unknown): string => {
      if (error instanceof UploadError) return error.serverMessage ?? t('common.networkError');
      if (error instanceof Error && error.message === 'UNREADABLE') return t('visits.photoUnreadable');
      return describeError(error).message ?? t('common.networkError');
    },
    [t],
  );
}

export function graphQLExtensions(error: unknown): Record<string, unknown> | undefined {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0]?.extensions as Record<string, unknown> | undefined;
  return undefined;
}

/**
 * Runs the writes of one part of the screen one after another (so an answer tapped while a note is
 * still saving cannot overtake it) and keeps the part's saved state. Offline, nothing is sent:
 * this screen has no outbox yet, and pretending to save would lose the inspector's work.
 */
export function useSave() {
  const { t } = useI18n();
  const online = useOnline();
  const errorText = useErrorText();
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const run = useCallback(
    (write: () => Promise<unknown>, label?: string): Promise<boolean> => {
      if (!navigator.onLine) {
        setState({ status: 'error', message: t('visits.needsNetwork') });
        return Promise.resolve(false);
      }
      setState({ status: 'saving', label });
      const next = queue.current.then(async () => {
        try {
          await write();
          setState({ status: 'saved' });
          return true;
        } catch (error) {
          setState({ status: 'error', message: errorText(error) });
          return false;
        }
      });
      queue.current = next;
      return next;
    },
    [t, errorText],
  );

  return { state, run, online, setState };
}
