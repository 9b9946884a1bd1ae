import { useEffect, useRef, useState } from 'react';
import type { VisitAnswer } from '../../field/types';
import { useSave } from './useSave';
import { type AnswerValue, useVisitWrites } from './visit-writes';

const EMPTY: AnswerValue = {
  passFail: null,
  numberValue: null,
  textValue: null,
  note: null,
  foundText: null,
  recommendation: null,
};

/**
 * Writes a criterion's answer. The whole answer is sent on every write (the server replaces it), read
 * when the write leaves the queue; while writes are pending the phone's own values win over what the
 * server last sent.
 *
 * `shown` is the answer to draw: the tapped value at once, in the frame after the tap, while the write
 * goes to the outbox and the visit is laid over again after it (issue 19, INP). It gives way to the
 * visit's own answer when that changes with no write of this card pending, or when the write failed.
 */
export function useItemAnswer(itemId: string, answer: VisitAnswer | undefined) {
  const writes = useVisitWrites();
  const { state, run } = useSave();
  const desired = useRef<AnswerValue>(EMPTY);
  const pending = useRef(0);
  const [tapped, setTapped] = useState<AnswerValue | null>(null);
  useEffect(() => {
    if (pending.current > 0) return;
    setTapped(null);
    desired.current = {
      passFail: answer?.passFail ?? null,
      numberValue: answer?.numberValue ?? null,
      textValue: answer?.textValue ?? null,
      note: answer?.note ?? null,
      foundText: answer?.foundText ?? null,
      recommendation: answer?.recommendation ?? null,
    };
  }, [answer]);

  function save(change: Partial<AnswerValue>) {
    desired.current = { ...desired.current, ...change };
    const answerInput = { ...desired.current };
    setTapped(answerInput);
    pending.current += 1;
    return run(() => writes.answer(itemId, answerInput)).then((stored) => {
      pending.current -= 1;
      // Not on the phone: the card shows again what is (its error line says why).
      if (!stored && pending.current === 0) setTapped(null);
      return stored;
    });
  }

  const shown: VisitAnswer | undefined = tapped ? { ...(answer ?? notAnswered(itemId)), ...tapped } : answer;
  return { state, save, shown };
}

/** An answer not given yet, for a first tap drawn before its write is laid over the visit (as overlay.ts). */
function notAnswered(itemId: string): VisitAnswer {
  return { id: `local:${itemId}`, itemId, ...EMPTY, updatedAt: '', updatedByName: '', version: 0 };
}
