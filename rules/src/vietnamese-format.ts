/**
 * Vietnamese number and date formats, the same on the server (documents, registers, roll-up files) and
 * on the phone: dd/MM/yyyy, a decimal comma, at most two decimals, trailing zeros dropped.
 */

/**
 * A share as a Vietnamese percentage: 45 of 46 is "97,83%", 1 of 8 is "12,5%", 46 of 46 is "100%".
 * Rounded half up on integers, so no floating-point drift; null when nothing is counted.
 */
export function formatPercent(part: number, whole: number): string | null {
  if (!Number.isInteger(part) || !Number.isInteger(whole) || whole <= 0 || part < 0) return null;
  const hundredths = Math.floor((2 * part * 10_000 + whole) / (2 * whole));
  return `${formatHundredths(hundredths)}%`;
}

/** A number with a decimal comma and at most two decimals: 1234.5 is "1.234,5". */
export function formatNumber(value: number): string {
  const hundredths = Math.round(Math.abs(value) * 100);
  return `${value < 0 && hundredths > 0 ? '-' : ''}${formatHundredths(hundredths)}`;
}

function formatHundredths(hundredths: number): string {
  const whole = Math.floor(hundredths / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const decimals = String(hundredths % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return decimals ? `${whole},${decimals}` : whole;
}

/** A day "2021-04-05" (or an instant starting with it) as "05/04/2021". */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}
