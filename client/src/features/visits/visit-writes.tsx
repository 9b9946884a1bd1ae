import { createContext, type ReactNode, useContext, useLayoutEffect, useMemo, useRef } from 'react';
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
  // The writers read the latest visit and outbox when called: the value itself stays the same, so a
  // change of the outbox or the sync state does not draw every criterion again (issue 19, INP).
  const latest = useRef({ offline, server });
  useLayoutEffect(() => {
    latest.current = { offline, server };
  });
  const visitId = server.id;
  const value = useMemo<VisitWrites>(
    () => ({
      // The kind's input plus the visit id is the kind's whole input; TypeScript cannot add up a generic.
      write: (kind, input, options) =>
        latest.current.offline.enqueue(kind, { ...input, visitId } as FieldWriteInput<typeof kind>, options),
      answer: async (itemId, answer) => {
        const editedAt = serverNow().toISOString();
        // The visit and the applied writes as they are at the tap, as before the outbox is read.
        const { offline: now, server: tapped } = latest.current;
        const known = [...now.applied, ...(await now.entriesNow())];
        const base = answerBase(tapped, known, itemId);
        // Another tab's answer queued after this read is chained on in the outbox (chainOnPhone).
        const seenUpTo = known.reduce((max, entry) => Math.max(max, entry.sequence), 0);
        return now.enqueue('ANSWER_ITEM', { visitId, itemId, ...answer, ...base, editedAt }, { seenUpTo });
      },
    }),
    [visitId],
  );
  return <VisitWritesContext.Provider value={value}>{children}</VisitWritesContext.Provider>;
}

export function useVisitWrites(): VisitWrites {
  const value = useContext(VisitWritesContext);
  if (!value) throw new Error('useVisitWrites outside VisitWritesProvider');
  return value;
}
