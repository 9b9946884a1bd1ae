import { type ApolloCache, ApolloLink, type DocumentNode } from '@apollo/client';
import { print } from '@apollo/client/utilities';
import { Observable, type Subscription } from 'rxjs';
import type { EarlyAnswer } from './boot';

/** An early answer older than this is not used: the app asks the server again. */
const FRESH_MS = 30_000;

/**
 * Hands each answer the page fetched while the app was downloading (boot.ts) to the first query that
 * matches it exactly (name, variables and printed text), instead of asking the server a second time.
 * Everything else, an early request that failed or an answer that is no longer fresh goes to the network.
 */
export function earlyAnswersLink(answers: readonly EarlyAnswer[], now = () => performance.now()): ApolloLink {
  const unused = new Set(answers);
  return new ApolloLink((operation, forward) => {
    if (unused.size === 0) return forward(operation);
    const variables = JSON.stringify(operation.variables ?? {});
    let match: EarlyAnswer | undefined;
    for (const answer of unused) {
      if (answer.operationName !== operation.operationName || JSON.stringify(answer.variables) !== variables) continue;
      unused.delete(answer);
      if (answer.query === print(operation.query) && now() <= FRESH_MS) match = answer;
      break;
    }
    if (!match) return forward(operation);
    const { result } = match;
    return new Observable((observer) => {
      let closed = false;
      let network: Subscription | undefined;
      void result.then((data) => {
        if (closed) return;
        if (!data) {
          network = forward(operation).subscribe(observer);
          return;
        }
        observer.next({ data });
        observer.complete();
      });
      return () => {
        closed = true;
        network?.unsubscribe();
      };
    });
  });
}

/** Early answers written into the cache before the first render, by operation name and variables. */
const prefilled = new Set<string>();
const answerKey = (operationName: string, variables: Record<string, unknown>) =>
  `${operationName}:${JSON.stringify(variables)}`;

/**
 * Writes the early answers that have already arrived into the cache, so that the first render shows their
 * screen rather than a spinner. `documents`: the document of each operation boot.ts may ask for.
 */
export function prefillCache(
  cache: ApolloCache,
  answers: readonly EarlyAnswer[],
  documents: Record<string, DocumentNode>,
): void {
  for (const answer of answers) {
    const document = documents[answer.operationName];
    if (!answer.settled || !document) continue;
    cache.writeQuery({ query: document, variables: answer.variables, data: answer.settled });
    prefilled.add(answerKey(answer.operationName, answer.variables));
  }
}

/**
 * True once for a query whose answer prefillCache wrote a moment ago: its first read can come from the
 * cache alone instead of asking the server again for what it has just sent.
 */
export function takePrefilled(operationName: string, variables: Record<string, unknown>): boolean {
  return prefilled.delete(answerKey(operationName, variables));
}
