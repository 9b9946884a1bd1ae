import type { AgencyIdentity } from '../agency/issuing-agency.js';

/** What the annual report is made from, gathered by AnnualReportService.data (see annual-report-model.ts). */

export type DocumentTypeName = 'KE_HOACH' | 'CONG_VAN' | 'QUYET_DINH' | 'BAO_CAO' | 'THONG_BAO' | 'KHAC';

export interface AnnualReportData {
  year: number;
  department: { code: string; name: string };
  /** The department's dated identities; a report no identity covers is headed by the department's name. */
  agencyIdentities?: AgencyIdentity[];
  /** Directive documents issued in the year by the department and its units, by date. */
  documents: { type: DocumentTypeName; number: string; issuedOn: string; issuer: string; summary: string }[];
  tthc: {
    total: number;
    oneStop: number;
    interconnected: number;
    online: number;
    /** Online toàn trình and một phần; they add up to `online`. */
    onlineFull: number;
    onlinePartial: number;
    publicPostal: number;
    /** Time cuts at the department's (TINH), the district's (HUYEN) and the commune's (XA) level. */
    provincial: TimeCuts;
    district: TimeCuts;
    commune: TimeCuts;
  };
  /** The year's inspection plans (kế hoạch kiểm tra) and team decisions (quyết định thành lập đoàn). */
  plans: IssuedDocument[];
  teamDecisions: IssuedDocument[];
  coverage: { inScope: number; inspected: number; missing: string[] };
  /** What the year's approved inspections found, as the roll-up counts it. */
  inspection: {
    /** Points of the applicable (Đạt or Không đạt) answers, and of those passed. */
    applicablePoints: number;
    passedPoints: number;
    findings: { total: number; fixedOnTime: number; fixedLate: number; overdue: number; open: number };
    repeats: number;
    /** The day the findings' states are judged on: 31/12 of a past year, today in the current one. */
    asOf: string;
    /** The findings counted as overdue, with their unit, for the list under the count. */
    overdueList: { unit: string; finding: string; deadline: string | null }[];
  };
  /** The published SIPAS and PAR INDEX results of every year up to the report's, oldest first. */
  indices: IndexResultLine[];
  /** The year's PAR INDEX self-assessment (tự đánh giá, chấm điểm), when one was started; absent or null: none. */
  selfAssessment?: SelfAssessmentLine | null;
  draft: {
    basis: string | null;
    sipasTasks: string | null;
    parTasks: string | null;
    strengths: string;
    weaknesses: string;
    directions: string;
    signerName: string | null;
    issuedNumber: number | null;
    issuedOn: string | null;
  } | null;
  /** The day the file is made (YYYY-MM-DD): a draft's date line takes its month from it. */
  madeOn: string;
}

export interface TimeCuts {
  reviewed: number;
  daysCut: number;
  legalDays: number;
}

/** A document by its number and date, e.g. 45/KH-SNN of 2021-03-15. */
export interface IssuedDocument {
  number: string;
  date: string;
}

export interface IndexResultLine {
  index: 'SIPAS' | 'PAR_INDEX';
  year: number;
  totalScore: number;
  rank: number | null;
}

/** The totals of the year's self-assessment the report cites (features/self-assessment, assessment-totals.ts). */
export interface SelfAssessmentLine {
  status: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'APPRAISAL' | 'FINAL';
  /** The maximum after the criteria not applicable, and the set's own. */
  maxPoints: number;
  statedMaxPoints: number;
  selfPoints: number;
  /** The appraisal's total (round 2 where given); cited only once final. */
  appraisalPoints: number | null;
}
