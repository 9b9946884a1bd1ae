import type { ReactNode } from 'react';
import { linkClick } from '../app/router';

interface CardProps {
  title?: ReactNode;
  children?: ReactNode;
  /** An in-app path: the whole card becomes a link. */
  href?: string;
  testId?: string;
}

export function Card({ title, children, href, testId }: CardProps) {
  const body = (
    <>
      {title && <h2 className="card-title">{title}</h2>}
      {children}
    </>
  );
  if (href) {
    return (
      <a className="card" href={href} onClick={linkClick(href)} data-testid={testId}>
        {body}
      </a>
    );
  }
  return (
    <section className="card" data-testid={testId}>
      {body}
    </section>
  );
}
