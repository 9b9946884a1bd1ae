import { type ReactNode, useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { goBackTo } from './router';
import './split-view.css';

interface SplitViewProps {
  /** The list's section path (`/ton-tai`), where closing the record goes. */
  parent: string;
  /** The open record's id; null when none is open. */
  recordId: string | null;
  /** The name of the record's region, for screen readers. */
  label: string;
  list: ReactNode;
  /** The open record, or what to show while none is. */
  detail: ReactNode;
}

/**
 * A wide screen's list with its record beside it: the list scrolls with the page, the record stays in
 * view at its side (scrolling on its own) while the user goes down the list. Phones never see it
 * (`useSplitScreen`).
 */
export function SplitView({ parent, recordId, label, list, detail }: SplitViewProps) {
  const { t } = useI18n();
  const detailRef = useRef<HTMLElement>(null);
  // Another record opens at its top, not where the previous one was scrolled to.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs for each record opened
  useEffect(() => {
    detailRef.current?.scrollTo(0, 0);
  }, [recordId]);
  return (
    <div className="split-view" data-testid="split-view">
      <div className="split-list stack">{list}</div>
      <section
        ref={detailRef}
        className="split-detail stack"
        aria-label={label}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the record scrolls on its own; a keyboard must reach it to scroll it.
        tabIndex={0}
        data-testid="split-detail"
      >
        {recordId && (
          <a
            className="back-link split-close"
            href={parent + window.location.search}
            onClick={(event) => {
              if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
              event.preventDefault();
              goBackTo(parent, { keepQuery: true });
            }}
          >
            <span aria-hidden="true">✕&nbsp;</span>
            {t('nav.close')}
          </a>
        )}
        {detail}
      </section>
    </div>
  );
}
