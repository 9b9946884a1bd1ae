import { type AnswerValue, type ItemRule, type SubmitProblem, visitProblems } from '@kycuong/rules';
import type { FieldVisit } from '../../field/types';

/**
 * What stops the visit on screen (the server's copy with the phone's unsent writes laid over it) from
 * being submitted, by the server's own rule (@kycuong/rules): checked on the phone before a submission
 * is queued, so that an inspector offline learns what is missing while still at the unit.
 * Null when the phone cannot tell: the visit was started offline on a checklist that is not on the phone.
 */
export function submitProblems(visit: FieldVisit): SubmitProblem[] | null {
  if (!visit.templateVersion) return null;
  const items: ItemRule[] = visit.templateVersion.groups.flatMap((group) =>
    group.items.map((item) => ({
      id: item.id,
      code: item.code,
      answerType: item.answerType,
      required: item.required,
      photoRequiredOnFail: item.photoRequiredOnFail,
      minValue: item.minValue ?? null,
      maxValue: item.maxValue ?? null,
    })),
  );
  const answers = new Map<string, AnswerValue>(
    visit.answers.map((answer) => [
      answer.itemId,
      {
        passFail: answer.passFail ?? null,
        numberValue: answer.numberValue ?? null,
        textValue: answer.textValue ?? null,
      },
    ]),
  );
  const photos = visit.attachments.filter((attachment) => attachment.kind === 'PHOTO' && attachment.itemId);
  return visitProblems({
    items,
    answers,
    itemsWithPhoto: new Set(photos.map((photo) => photo.itemId ?? '')),
    itemsWithFoundText: new Set(
      visit.findings.filter((f) => f.fromFailedItem && f.itemId && f.foundText).map((f) => f.itemId ?? ''),
    ),
    hasTeamLeadSignature: visit.attachments.some((attachment) => attachment.kind === 'SIGNATURE_TEAM_LEAD'),
    hasUnitSignature: visit.attachments.some((attachment) => attachment.kind === 'SIGNATURE_UNIT_REPRESENTATIVE'),
    conclusion: visit.conclusion ?? null,
    attendeeCount: visit.attendees.length,
  });
}
