import { issuingAgencies } from '../../common/vietnamese.js';
import { type AgencyPeriod, periodOn } from './agency-periods.js';

/*
 * Who issues a document on its date: the department's identity in force that day (name, parent,
 * abbreviation, place, Nơi nhận, signer's title), or, before any identity was recorded, the department
 * unit's own name as the documents always printed it. Pure: the services load the identities and the
 * document models resolve the one of each document's date.
 */

/** A dated identity of the department as the services load it (see IssuingAgencyIdentity). */
export interface AgencyIdentity extends AgencyPeriod {
  /** "Sở Nông nghiệp và Môi trường" */
  name: string;
  /** Cơ quan chủ quản as printed, e.g. "UBND TỈNH LẠNG SƠN"; null when there is none. */
  parentName: string | null;
  /** In document numbers: "SNNMT" of "Số: 12/TB-SNNMT". */
  abbreviation: string;
  /** The place of the place-date line, e.g. "Lạng Sơn". */
  place: string;
  /** Nơi nhận of the conclusion notice after the unit inspected, and of the annual report. */
  noticeRecipients: string[];
  reportRecipients: string[];
  /** Over the signature, e.g. ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]. */
  signerTitleLines: string[];
}

/** The issuer of one document, as its header, sentences, number and closing print it. */
export interface IssuingAgency {
  /** Cơ quan chủ quản, e.g. "UBND TỈNH LẠNG SƠN"; null when there is none. */
  parent: string | null;
  /** Cơ quan ban hành in capitals, e.g. "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG". */
  issuer: string;
  /** The issuer in a sentence, e.g. "Sở Nông nghiệp và Môi trường". */
  issuerName: string;
  /** The issuer with its province, as a report's last sentence names it. */
  fullName: string;
  /** The place of the place-date line; null when unknown. */
  place: string | null;
  /** "SNN" of "/TB-SNN", "/BC-SNN". */
  abbreviation: string;
  noticeRecipients: string[];
  reportRecipients: string[];
  signerTitleLines: string[];
}

/** What every document printed before the identities were dated; kept for the days no identity covers. */
export const DEFAULT_NOTICE_RECIPIENTS = ['- Ban Giám đốc Sở;', '- Lưu: VT, VP.'];
export const DEFAULT_REPORT_RECIPIENTS = [
  '- UBND tỉnh (b/c);',
  '- Sở Nội vụ;',
  '- Lãnh đạo Sở;',
  '- Các phòng, đơn vị thuộc Sở;',
  '- Lưu: VT, VP.',
];
export const DEFAULT_SIGNER_TITLE_LINES = ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'];

/** The department unit, whose own name heads a document no identity covers. */
export interface DepartmentUnit {
  code: string;
  name: string;
}

/** "tỉnh Lạng Sơn" / "thành phố Hà Nội" from the parent line and the place, when the parent is a province's. */
function province(parent: string | null, place: string): string | null {
  const kind = /^UBND (TỈNH|THÀNH PHỐ) /u.exec(parent ?? '')?.[1];
  return kind ? `${kind.toLocaleLowerCase('vi')} ${place}` : null;
}

/** The issuer of a document dated `date` (YYYY-MM-DD). */
export function agencyOn(
  identities: readonly AgencyIdentity[],
  date: string,
  department: DepartmentUnit,
): IssuingAgency {
  const identity = periodOn(identities, date);
  if (!identity) {
    const names = issuingAgencies(department.name);
    return {
      ...names,
      fullName: department.name,
      abbreviation: department.code,
      noticeRecipients: DEFAULT_NOTICE_RECIPIENTS,
      reportRecipients: DEFAULT_REPORT_RECIPIENTS,
      signerTitleLines: DEFAULT_SIGNER_TITLE_LINES,
    };
  }
  const within = province(identity.parentName, identity.place);
  return {
    parent: identity.parentName,
    issuer: identity.name.toLocaleUpperCase('vi'),
    issuerName: identity.name,
    fullName: within ? `${identity.name} ${within}` : identity.name,
    place: identity.place,
    abbreviation: identity.abbreviation,
    noticeRecipients: identity.noticeRecipients,
    reportRecipients: identity.reportRecipients,
    signerTitleLines: identity.signerTitleLines,
  };
}
