import type {
  AnswerItemInput,
  AttachFileInput,
  DeleteFindingInput,
  FieldWriteKind,
  RemoveAttachmentInput,
  ReplyToReviewCommentInput,
  SaveFindingInput,
  SetAttendeesInput,
  SetConclusionInput,
  SetUnitCommentsInput,
  StartVisitInput,
  SubmitVisitInput,
} from '../apollo/generated/schema-types';

export type { FieldWriteKind };

/** The phone->server field-write contract: each kind's GraphQL input, as the server's syncBatch reads it. */
interface FieldWriteInputs {
  START_VISIT: StartVisitInput;
  ANSWER_ITEM: AnswerItemInput;
  SET_VISIT_ATTENDEES: SetAttendeesInput;
  SET_VISIT_CONCLUSION: SetConclusionInput;
  SET_VISIT_UNIT_COMMENTS: SetUnitCommentsInput;
  ATTACH_VISIT_FILE: AttachFileInput;
  REMOVE_VISIT_ATTACHMENT: RemoveAttachmentInput;
  SAVE_FINDING: SaveFindingInput;
  DELETE_FINDING: DeleteFindingInput;
  SUBMIT_VISIT: SubmitVisitInput;
  REPLY_TO_REVIEW_COMMENT: ReplyToReviewCommentInput;
}

/**
 * A kind's input as the phone keeps it: without the operation id, which is the entry's own and goes beside
 * the input in syncBatch. Distributes over a union of kinds.
 */
export type FieldWriteInput<K extends FieldWriteKind = FieldWriteKind> = K extends FieldWriteKind
  ? Omit<FieldWriteInputs[K], 'operationId'>
  : never;

/** The input of a write of one visit without the visit id, which the visit's screen adds. */
export type VisitWriteInput<K extends FieldWriteKind = FieldWriteKind> = K extends FieldWriteKind
  ? Omit<FieldWriteInputs[K], 'operationId' | 'visitId'>
  : never;

export interface Refusal {
  code: string;
  message: string;
}

interface OutboxEntryOf<K extends FieldWriteKind> {
  operationId: string;
  /** Per user on this phone, increasing: the order the server applies them in. */
  sequence: number;
  userId: string;
  kind: K;
  input: FieldWriteInput<K>;
  visitId: string | null;
  /** ISO time the write was made on the phone. */
  createdAt: string;
  /** PENDING: to send. REFUSED: the server said no, kept to fix or discard by hand. */
  state: 'PENDING' | 'REFUSED';
  refusal: Refusal | null;
}

/** One write waiting on the phone, deleted only once the server has it; over several kinds, a union by kind. */
export type OutboxEntry<K extends FieldWriteKind = FieldWriteKind> = { [P in K]: OutboxEntryOf<P> }[K];

export function isWriteOf<K extends FieldWriteKind>(
  entry: OutboxEntry,
  kind: K,
): entry is Extract<OutboxEntry, { kind: K }> {
  return entry.kind === kind;
}

/** The checklist item a write is about, if its kind names one. */
export function itemIdOf(input: FieldWriteInput): string | null {
  return 'itemId' in input && typeof input.itemId === 'string' ? input.itemId : null;
}
