import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways on a phone. The scrolling box is a named, focusable region so a keyboard
 * or switch user can reach and scroll it (WCAG 2.1.1; axe `scrollable-region-focusable`).
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the scrolling box must be reachable by keyboard to scroll it.
    <section className="table-wrap" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
