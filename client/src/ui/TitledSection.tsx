import type { ReactNode } from 'react';

interface TitledSectionProps {
  /** The heading's id; the section is labelled by it. */
  titleId: string;
  title: ReactNode;
  /** `stack` alone, or `card stack` for a section drawn as a card. */
  className?: string;
  testId?: string;
  children: ReactNode;
}

/** A section named by its own heading, so screen readers announce it by that title. */
export function TitledSection({ titleId, title, className = 'stack', testId, children }: TitledSectionProps) {
  return (
    <section className={className} aria-labelledby={titleId} data-testid={testId}>
      <h2 id={titleId} className="section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}
