import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { describeError, type RequestProblem } from '../../apollo/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';

type Outcome = { kind: 'error'; problem: RequestProblem } | { kind: 'done'; message: string } | null;

interface UnitFormSectionProps {
  title: string;
  testId: string;
  /** How the last attempt went, shown above the fields. */
  outcome: Outcome;
  onSubmit: (event: FormEvent) => void;
  /** The fields and the submit button. */
  children: ReactNode;
  /** Shown unfolded, scrolled to and focused, as when an action on the unit asked for it. */
  autoOpen?: boolean;
}

/** One change to a unit, a form folded under its title until opened. */
export function UnitFormSection({ title, testId, outcome, onSubmit, children, autoOpen }: UnitFormSectionProps) {
  const summary = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!autoOpen) return;
    summary.current?.scrollIntoView({ block: 'start' });
    summary.current?.focus();
  }, [autoOpen]);
  return (
    <details className="card form-section" data-testid={testId} open={autoOpen}>
      <summary ref={summary}>{title}</summary>
      <div className="stack form-section-body">
        <form className="stack" onSubmit={onSubmit} noValidate>
          <OutcomeBanner outcome={outcome} />
          {children}
        </form>
      </div>
    </details>
  );
}

/**
 * How the last attempt of a unit form went: `attempt` runs the change (which answers the message to
 * show once done) and keeps the server's refusal, with its per-field messages, otherwise.
 */
export function useUnitChange() {
  const { language } = useI18n();
  const [outcome, setOutcome] = useState<Outcome>(null);
  async function attempt(change: () => Promise<string>) {
    setOutcome(null);
    try {
      setOutcome({ kind: 'done', message: await change() });
    } catch (error) {
      setOutcome({ kind: 'error', problem: describeError(error, language) });
    }
  }
  const fields = outcome?.kind === 'error' ? outcome.problem.fields : {};
  return { outcome, fields, attempt };
}

/** "Saved" once a change went through, or the server's reason when it did not. */
function OutcomeBanner({ outcome }: { outcome: Outcome }) {
  const { t } = useI18n();
  if (!outcome) return null;
  if (outcome.kind === 'done') return <Banner tone="success">{outcome.message}</Banner>;
  return <Banner tone="error">{outcome.problem.message ?? t('common.networkError')}</Banner>;
}
