// What a field write leaves behind, the same on the server and in the phone's overlay of unsent writes.

/** Days a unit has to remedy a finding made from a failed item, from the visit's date. */
export const FAILED_ITEM_REMEDIATION_DAYS = 30;

/** A local date (YYYY-MM-DD) some days later. */
export function addDays(date: string, days: number): string {
  const [year = Number.NaN, month = Number.NaN, day = Number.NaN] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The deadline a failed item's finding gets: 30 days after the visit. */
export function failedItemDeadline(visitDate: string): string {
  return addDays(visitDate, FAILED_ITEM_REMEDIATION_DAYS);
}

/** What a failed item's finding says, as the inspector wrote it: never the requirement (the item) itself. */
export interface FindingWording {
  /** Thực trạng phát hiện: what was found; null while not written. */
  foundText: string | null;
  /** Kiến nghị: what the unit must do. */
  recommendation: string | null;
}

/**
 * The wording an answer keeps: what was found and the recommendation belong to a Không đạt answer only.
 * A write that leaves them out (a phone from before they were asked for) keeps the stored ones.
 */
export function answerWording(
  passFail: string | null,
  given: { foundText?: string | null; recommendation?: string | null },
  stored: FindingWording | null,
): FindingWording {
  if (passFail !== 'FAIL') return { foundText: null, recommendation: null };
  return {
    foundText: given.foundText === undefined ? (stored?.foundText ?? null) : storedText(given.foundText),
    recommendation:
      given.recommendation === undefined ? (stored?.recommendation ?? null) : storedText(given.recommendation),
  };
}

/**
 * A failed item's finding after its answer changes: each text follows the answer's while it still says
 * what the answer said before (nobody edited it by hand on the finding itself).
 */
export function followAnswerWording(
  finding: FindingWording,
  previous: FindingWording | null,
  next: FindingWording,
): FindingWording {
  return {
    foundText: finding.foundText === (previous?.foundText ?? null) ? next.foundText : finding.foundText,
    recommendation:
      finding.recommendation === (previous?.recommendation ?? null) ? next.recommendation : finding.recommendation,
  };
}

/** Text as a field write stores it: NFC-normalised and trimmed, empty as null. */
export function storedText(value: string | null | undefined): string | null {
  const trimmed = value?.normalize('NFC').trim();
  return trimmed ? trimmed : null;
}
