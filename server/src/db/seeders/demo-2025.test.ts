import { describe, expect, it } from 'vitest';
import { normaliseDocumentNumber } from '../../features/registers/document-number.js';
import { DEMO_DOCUMENTS_2025, demoNumber2025 } from './demo-2025.js';
import { demoProcedures2025 } from './demo-2025-registers.js';
import { DEMO_EVIDENCE_2025, demoCriteriaDrafts } from './demo-criteria.js';

describe("the demo's 2025", () => {
  it.each([
    ['KE_HOACH', 10, '2025-01-15', '10/KH-SNN'],
    ['QUYET_DINH', 45, '2025-02-10', '45/QĐ-SNN'],
    ['CONG_VAN', 265, '2025-02-28', '265/SNN-VP'],
    ['QUYET_DINH', 12, '2025-03-01', '12/QĐ-SNNMT'],
    ['CONG_VAN', 915, '2025-08-14', '915/SNNMT-VP'],
    ['BAO_CAO', 185, '2025-11-20', '185/BC-SNNMT'],
  ] as const)('numbers a %s of %s issued on %s %s', (type, n, date, number) => {
    expect(demoNumber2025(type, n, date)).toBe(number);
    expect(normaliseDocumentNumber(number)).toBe(number);
  });

  it('has one reform plan, issued by 31/01, and one letter on discipline, issued after 30/06', () => {
    const containing = (type: string, words: string) =>
      DEMO_DOCUMENTS_2025.filter((d) => d.type === type && d.summary.toLowerCase().includes(words));
    expect(containing('KE_HOACH', 'cải cách hành chính').map((d) => d.date)).toEqual(['2025-01-15']);
    expect(containing('CONG_VAN', 'kỷ cương').map((d) => d.date)).toEqual(['2025-08-14']);
    expect(DEMO_DOCUMENTS_2025.every((d) => d.date.startsWith('2025-'))).toBe(true);
  });

  it('has a catalogue of 110 TTHC without a district level, every time cut within the legal days', () => {
    const catalogue = demoProcedures2025();
    expect(catalogue).toHaveLength(110);
    expect(new Set(catalogue.map((p) => p.code)).size).toBe(110);
    expect(new Set(catalogue.map((p) => p.name)).size).toBe(110);
    expect(catalogue.filter((p) => p.level === 'HUYEN')).toEqual([]);
    const cut = catalogue.filter((p) => (p.daysCut ?? 0) > 0);
    expect(cut).toHaveLength(12);
    expect(cut.every((p) => (p.daysCut ?? 0) <= (p.legalDays ?? 0))).toBe(true);
  });

  it('cites evidence on criteria that are scored', () => {
    const drafts = demoCriteriaDrafts();
    const parents = new Set(drafts.map((d) => d.parentCode));
    for (const { code } of DEMO_EVIDENCE_2025) {
      expect(drafts.some((d) => d.code === code) && !parents.has(code), code).toBe(true);
    }
  });
});
