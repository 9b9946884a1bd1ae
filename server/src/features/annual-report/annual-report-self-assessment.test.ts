import { describe, expect, it } from 'vitest';
import { DATA, text } from './annual-report-model.fixture.js';
import { buildAnnualReport, selfAssessmentSentence } from './annual-report-model.js';

const ISSUER = 'Sở Nông nghiệp và Môi trường';

describe('the annual report cites the year’s self-assessment', () => {
  it.each([
    [
      { status: 'DRAFT', maxPoints: 99, statedMaxPoints: 100, selfPoints: 45.25, appraisalPoints: null },
      'Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025 của Sở Nông nghiệp và Môi trường: 45,25/99 điểm (điểm tối đa sau khi trừ các tiêu chí không áp dụng; bộ tiêu chí 100 điểm) (đang tự chấm điểm).',
    ],
    [
      { status: 'APPRAISAL', maxPoints: 100, statedMaxPoints: 100, selfPoints: 90.5, appraisalPoints: 88 },
      'Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025 của Sở Nông nghiệp và Môi trường: 90,5/100 điểm (đang được Sở Nội vụ thẩm định).',
    ],
    [
      { status: 'FINAL', maxPoints: 100, statedMaxPoints: 100, selfPoints: 90.5, appraisalPoints: 88.75 },
      'Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025 của Sở Nông nghiệp và Môi trường: 90,5/100 điểm; kết quả thẩm định của Sở Nội vụ: 88,75/100 điểm.',
    ],
  ] as const)('%j', (line, expected) => {
    expect(selfAssessmentSentence(2025, line, ISSUER)).toBe(expected);
  });

  it('as its own point after the PAR INDEX result, and not at all without an assessment', () => {
    const line = {
      status: 'FINAL',
      maxPoints: 10,
      statedMaxPoints: 10,
      selfPoints: 9.5,
      appraisalPoints: 8.75,
    } as const;
    const cited = text(buildAnnualReport({ ...DATA, selfAssessment: line }).body);
    expect(cited).toContain('b) Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2021');
    expect(cited).toContain('9,5/10 điểm; kết quả thẩm định của Sở Nội vụ: 8,75/10 điểm.');
    expect(text(buildAnnualReport({ ...DATA, selfAssessment: null }).body)).toBe(text(buildAnnualReport(DATA).body));
  });
});
