import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { describeError, type RequestProblem } from './errors';

/**
 * The server's refusal of the last request a form sent: `attempt` runs the request, answers its
 * result, and keeps the refusal (with its per-field messages) when there is one.
 */
export function useRequestProblem() {
  const { language } = useI18n();
  const [problem, setProblem] = useState<RequestProblem | null>(null);
  async function attempt<T>(request: () => Promise<T>): Promise<T | undefined> {
    setProblem(null);
    try {
      return await request();
    } catch (error) {
      setProblem(describeError(error, language));
      return undefined;
    }
  }
  return { problem, setProblem, fields: problem?.fields ?? {}, attempt };
}
