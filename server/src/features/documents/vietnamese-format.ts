/**
 * Vietnamese number, date and agency-name formats for the documents the department issues
 * (Decree 30/2020/NĐ-CP layout; decimal comma, at most two decimals, trailing zeros dropped).
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

/** "2021-04-05" as "05/04/2021". */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

/**
 * The place and date line under the national motto: "Lạng Sơn, ngày 05 tháng 04 năm 2021".
 * Without a date (a draft not yet issued) the day is left blank for the clerk, and the month too unless
 * the draft gives it ("Lạng Sơn, ngày      tháng 11 năm 2021", as the 2021 report's draft).
 */
export function formatPlaceDate(place: string, isoDate: string | null, year: number, draftMonth?: number): string {
  if (!isoDate)
    return `${place}, ngày      tháng ${draftMonth ? String(draftMonth).padStart(2, '0') : '     '} năm ${year}`;
  const [y, month, day] = isoDate.slice(0, 10).split('-');
  return `${place}, ngày ${day} tháng ${month} năm ${y}`;
}

export interface IssuingAgencies {
  /** Cơ quan chủ quản, e.g. "UBND TỈNH LẠNG SƠN"; null when the name says nothing of it. */
  parent: string | null;
  /** Cơ quan ban hành in capitals, e.g. "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN". */
  issuer: string;
  /** The issuer as written in a sentence, e.g. "Sở Nông nghiệp và Phát triển nông thôn". */
  issuerName: string;
  /** The province, for the place line, e.g. "Lạng Sơn". */
  place: string | null;
}

const PROVINCE_SUFFIX = /\s+tỉnh\s+(.+)$/u;

/**
 * The header names from the department's (root unit's) name: "Sở Nông nghiệp và Phát triển nông thôn
 * tỉnh Lạng Sơn" gives "UBND TỈNH LẠNG SƠN" over "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN"; a name without
 * the province suffix is used whole, with no parent line.
 */
export function issuingAgencies(departmentName: string): IssuingAgencies {
  const name = departmentName.normalize('NFC').trim().replace(/\s+/g, ' ');
  const match = PROVINCE_SUFFIX.exec(name);
  const province = match?.[1];
  const issuerName = province ? name.slice(0, match.index) : name;
  return {
    parent: province ? `UBND TỈNH ${province.toLocaleUpperCase('vi')}` : null,
    issuer: issuerName.toLocaleUpperCase('vi'),
    issuerName,
    place: province ?? null,
  };
}
