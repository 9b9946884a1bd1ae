import { useEffect, useRef } from 'react';
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
 */
export function useItemAnswer(itemId: string, answer: VisitAnswer | undefined) {
  const writes = useVisitWrites();
  const { state, run } = useSave();
  const desired = useRef<AnswerValue>(EMPTY);
  const pending = useRef(0);
  useEffect(() => {
    if (pending.current > 0) return;
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
    pending.current += 1;
    return run(() => writes.answer(itemId, answerInput)).finally(() => {
      pending.current -= 1;
    });
  }

  return { state, save };
}
