/**
 * Whether a visit can be submitted, and whether an answer fits its item: the one rule for the server
 * (which refuses an incomplete submission) and the phone (which checks before it queues one, so that an
 * inspector offline learns what is missing while still at the unit). Pure: no framework, no I/O.
 */
export type AnswerTypeName = 'PASS_FAIL' | 'NUMBER' | 'TEXT';
export type PassFailValue = 'PASS' | 'FAIL' | 'NOT_APPLICABLE';

export interface ItemRule {
  id: string;
  code: string;
  answerType: AnswerTypeName;
  required: boolean;
  photoRequiredOnFail: boolean;
  minValue: number | null;
  maxValue: number | null;
}

export interface AnswerValue {
  passFail: PassFailValue | null;
  numberValue: number | null;
  textValue: string | null;
}

export type VisitProblemCode =
  | 'ANSWER_MISSING'
  | 'PHOTO_MISSING'
  | 'FOUND_TEXT_MISSING'
  | 'SIGNATURE_MISSING'
  | 'CONCLUSION_MISSING'
  | 'ATTENDEES_MISSING';

/** One thing that still stops a submission, with the Vietnamese sentence shown to the inspector. */
export interface SubmitProblem {
  code: VisitProblemCode;
  /** The checklist item, for ANSWER_MISSING, PHOTO_MISSING and FOUND_TEXT_MISSING. */
  itemId: string | null;
  /** The item's code, or TEAM_LEAD / UNIT_REPRESENTATIVE for a missing signature. */
  itemCode: string | null;
  message: string;
}

export interface VisitForSubmit {
  items: ItemRule[];
  answers: Map<string, AnswerValue>;
  /** Item ids that have at least one photo. */
  itemsWithPhoto: Set<string>;
  /** Item ids whose failed-item finding says what was found (thực trạng phát hiện). */
  itemsWithFoundText: Set<string>;
  hasTeamLeadSignature: boolean;
  hasUnitSignature: boolean;
  conclusion: string | null;
  attendeeCount: number;
}

export function isAnswered(item: Pick<ItemRule, 'answerType'>, answer: AnswerValue | undefined): boolean {
  if (!answer) return false;
  if (item.answerType === 'PASS_FAIL') return answer.passFail !== null;
  if (item.answerType === 'NUMBER') return answer.numberValue !== null;
  return (answer.textValue ?? '').trim().length > 0;
}

/** What still stops a visit from being submitted; empty when it can be. */
export function visitProblems(visit: VisitForSubmit): SubmitProblem[] {
  const problems: SubmitProblem[] = [];
  for (const item of visit.items) {
    const answer = visit.answers.get(item.id);
    if (item.required && !isAnswered(item, answer)) {
      problems.push({
        code: 'ANSWER_MISSING',
        itemId: item.id,
        itemCode: item.code,
        message: `Tiêu chí ${item.code} chưa có kết quả.`,
      });
    }
    if (item.photoRequiredOnFail && answer?.passFail === 'FAIL' && !visit.itemsWithPhoto.has(item.id)) {
      problems.push({
        code: 'PHOTO_MISSING',
        itemId: item.id,
        itemCode: item.code,
        message: `Tiêu chí ${item.code} không đạt nên cần ảnh minh chứng.`,
      });
    }
    if (answer?.passFail === 'FAIL' && !visit.itemsWithFoundText.has(item.id)) {
      problems.push({
        code: 'FOUND_TEXT_MISSING',
        itemId: item.id,
        itemCode: item.code,
        message: `Tiêu chí ${item.code} không đạt nên cần ghi thực trạng phát hiện.`,
      });
    }
  }
  if (visit.attendeeCount === 0) {
    problems.push({ code: 'ATTENDEES_MISSING', itemId: null, itemCode: null, message: 'Chưa ghi thành phần tham dự.' });
  }
  if (!visit.conclusion?.trim()) {
    problems.push({ code: 'CONCLUSION_MISSING', itemId: null, itemCode: null, message: 'Chưa ghi kết luận.' });
  }
  if (!visit.hasTeamLeadSignature) {
    problems.push({
      code: 'SIGNATURE_MISSING',
      itemId: null,
      itemCode: 'TEAM_LEAD',
      message: 'Thiếu chữ ký của trưởng đoàn.',
    });
  }
  if (!visit.hasUnitSignature) {
    problems.push({
      code: 'SIGNATURE_MISSING',
      itemId: null,
      itemCode: 'UNIT_REPRESENTATIVE',
      message: 'Thiếu chữ ký của đại diện đơn vị.',
    });
  }
  return problems;
}

/** Checks an answer against its item; returns the Vietnamese reason it is refused, or null. */
export function answerProblem(item: ItemRule, answer: AnswerValue): string | null {
  const given = [answer.passFail, answer.numberValue, answer.textValue].filter((v) => v !== null).length;
  if (given === 0) return null;
  if (given > 1) return `Tiêu chí ${item.code}: chỉ ghi một loại kết quả.`;
  switch (item.answerType) {
    case 'PASS_FAIL':
      return answer.passFail === null ? `Tiêu chí ${item.code} cần chọn Đạt, Không đạt hoặc Không áp dụng.` : null;
    case 'NUMBER':
      if (answer.numberValue === null || !Number.isFinite(answer.numberValue)) {
        return `Tiêu chí ${item.code} cần một con số.`;
      }
      if (item.minValue !== null && answer.numberValue < item.minValue) {
        return `Tiêu chí ${item.code}: giá trị phải từ ${item.minValue} trở lên.`;
      }
      if (item.maxValue !== null && answer.numberValue > item.maxValue) {
        return `Tiêu chí ${item.code}: giá trị không được quá ${item.maxValue}.`;
      }
      return null;
    case 'TEXT':
      return answer.textValue === null ? `Tiêu chí ${item.code} cần nội dung dạng chữ.` : null;
  }
}
