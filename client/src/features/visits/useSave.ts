import { useCallback, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving'; label?: string }
  | { status: 'saved' }
  | { status: 'error'; message: string };

/** The Vietnamese message for a write that could not be kept on the phone. */
export function useErrorText() {
  const { t } = useI18n();
  return useCallback(
    (error: unknown): string => {
      if (error instanceof Error && error.message === 'UNREADABLE') return t('visits.photoUnreadable');
      if (error instanceof DOMException && error.name === 'QuotaExceededError') return t('visits.phoneFull');
      return t('visits.notSavedOnPhone');
    },
    [t],
  );
}

/**
 * Runs the writes of one part of the screen one after another (so an answer tapped while a note is
 * still being stored cannot overtake it) and keeps the part's saved state. A write is "saved" once it
 * is in the phone's outbox (IndexedDB); a write that could not be stored shows an error, never "saved".
 */
export function useSave() {
  const errorText = useErrorText();
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const run = useCallback(
    (write: () => Promise<unknown>, label?: string): Promise<boolean> => {
      setState({ status: 'saving', label });
      const next = queue.current.then(async () => {
        try {
          await write();
          setState({ status: 'saved' });
          return true;
        } catch (error) {
          console.warn('A field write was not stored', error);
          setState({ status: 'error', message: errorText(error) });
          return false;
        }
      });
      queue.current = next;
      return next;
    },
    [errorText],
  );

  return { state, run, setState };
}
