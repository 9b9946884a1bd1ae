import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { PassFail } from '../../apollo/generated/graphql';
import type { FieldVisit } from '../../field/types';
import type { FieldWriteInput, FieldWriteKind, OutboxEntry, VisitWriteInput } from '../../offline/field-writes';
import { useOffline } from '../../offline/OfflineProvider';
import type { EnqueueOptions } from '../../offline/outbox';
import { answerBase } from '../../offline/overlay';
import { serverNow } from '../../offline/server-clock';

export interface AnswerValue {
  passFail: PassFail | null;
  numberValue: number | null;
  textValue: string | null;
  note: string | null;
  /** Of a Không đạt answer: what was found and the recommendation (kiến nghị). */
  foundText: string | null;
  recommendation: string | null;
}

interface VisitWrites {
  /** Queues a write of this visit (the visit id is added). */
  write: <K extends FieldWriteKind>(
    kind: K,
    input: VisitWriteInput<K>,
    options?: EnqueueOptions,
  ) => Promise<OutboxEntry<K> | null>;
  /** Queues an item's whole answer, with what it was written on top of and when. */
  answer: (itemId: string, value: AnswerValue) => Promise<OutboxEntry | null>;
}

const VisitWritesContext = createContext<VisitWrites | null>(null);

/** The field screen's only way to write: every change goes to the outbox first (see offline/). */
export function VisitWritesProvider({ server, children }: { server: FieldVisit; children: ReactNode }) {
  const offline = useOffline();
  const { enqueue, entriesNow, applied } = offline;
  const value = useMemo<VisitWrites>(
    () => ({
      // The kind's input plus the visit id is the kind's whole input; TypeScript cannot add up a generic.
      write: (kind, input, options) =>
        enqueue(kind, { ...input, visitId: server.id } as FieldWriteInput<typeof kind>, options),
      answer: async (itemId, answer) => {
        const editedAt = serverNow().toISOString();
        const known = [...applied, ...(await entriesNow())];
        const base = answerBase(server, known, itemId);
        // Another tab's answer queued after this read is chained on in the outbox (chainOnPhone).
        const seenUpTo = known.reduce((max, entry) => Math.max(max, entry.sequence), 0);
        return enqueue('ANSWER_ITEM', { visitId: server.id, itemId, ...answer, ...base, editedAt }, { seenUpTo });
      },
    }),
    [enqueue, entriesNow, applied, server],
  );
  return <VisitWritesContext.Provider value={value}>{children}</VisitWritesContext.Provider>;
}

export function useVisitWrites(): VisitWrites {
  const value = useContext(VisitWritesContext);
  if (!value) throw new Error('useVisitWrites outside VisitWritesProvider');
  return value;
}
