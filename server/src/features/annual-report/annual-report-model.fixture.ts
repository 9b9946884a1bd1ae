import type { Block } from '../documents/official-document.js';
import type { AnnualReportData } from './annual-report-data.js';

// The 2021 figures of the seed, for the model's unit tests (not part of the build).

export const DATA: AnnualReportData = {
  year: 2021,
  department: { code: 'SNN', name: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn' },
  documents: [
    {
      type: 'KE_HOACH',
      number: '80/KH-SNN',
      issuedOn: '2021-08-12',
      issuer: 'Sở Nông nghiệp và Phát triển nông thôn',
      summary: 'Về việc triển khai các nhiệm vụ.',
    },
    {
      type: 'CONG_VAN',
      number: '2187/SNN-VP',
      issuedOn: '2021-11-12',
      issuer: 'Sở Nông nghiệp và Phát triển nông thôn',
      summary: 'Tiếp tục khắc phục hạn chế',
    },
    {
      type: 'CONG_VAN',
      number: '490/KL-TH',
      issuedOn: '2021-11-15',
      issuer: 'Chi cục Kiểm lâm',
      summary: 'về khắc phục hạn chế',
    },
  ],
  tthc: {
    total: 91,
    oneStop: 54,
    interconnected: 37,
    online: 80,
    onlineFull: 30,
    onlinePartial: 50,
    publicPostal: 89,
    provincial: { reviewed: 7, daysCut: 99, legalDays: 299 },
    district: { reviewed: 1, daysCut: 1, legalDays: 6 },
    commune: { reviewed: 0, daysCut: 0, legalDays: 0 },
  },
  plans: [{ number: '45/KH-SNN', date: '2021-03-15' }],
  teamDecisions: [{ number: '52/QĐ-SNN', date: '2021-03-10' }],
  coverage: { inScope: 23, inspected: 23, missing: [] },
  inspection: {
    applicablePoints: 400,
    passedPoints: 386,
    findings: { total: 12, fixedOnTime: 9, fixedLate: 1, overdue: 0, open: 2 },
    repeats: 1,
    asOf: '2021-12-31',
    overdueList: [],
  },
  indices: [
    { index: 'SIPAS', year: 2019, totalScore: 80.5, rank: null },
    { index: 'SIPAS', year: 2020, totalScore: 83.82, rank: 7 },
    { index: 'SIPAS', year: 2021, totalScore: 85.12, rank: 5 },
    { index: 'PAR_INDEX', year: 2020, totalScore: 84.5, rank: 9 },
    { index: 'PAR_INDEX', year: 2021, totalScore: 82, rank: null },
  ],
  draft: null,
  madeOn: '2021-11-20',
};

export const DRAFT_FIELDS = {
  basis: null,
  sipasTasks: null,
  parTasks: null,
  strengths: 'Ưu điểm.',
  weaknesses: 'Hạn chế.',
  directions: 'Phương hướng.',
  signerName: null,
  issuedNumber: null,
  issuedOn: null,
};

/** The body as plain text, footnotes marked [n: ...] where they stand. */
export function text(blocks: Block[]): string {
  return blocks
    .map((b) =>
      b.kind === 'heading'
        ? b.text
        : b.kind === 'paragraph'
          ? b.runs.map((r) => `${r.text}${r.footnote ? `[${r.footnote}]` : ''}`).join('')
          : '',
    )
    .join('\n');
}
