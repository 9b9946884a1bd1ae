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

/** The description a failed item's finding starts with: the item, then the inspector's note. */
export function failedItemDescription(itemText: string, note: string | null): string {
  return note ? `${itemText} ${note}` : itemText;
}

/** Text as a field write stores it: NFC-normalised and trimmed, empty as null. */
export function storedText(value: string | null | undefined): string | null {
  const trimmed = value?.normalize('NFC').trim();
  return trimmed ? trimmed : null;
}
