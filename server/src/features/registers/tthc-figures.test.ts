import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../common/vietnamese.js';
import { DEMO_PROCEDURES_2021 } from '../../db/seeders/demo-registers.js';
import { OnlineService, ProcedureLevel, ProcedureMechanism } from './administrative-procedure.entity.js';
import { type ProcedureRow, tthcFigures } from './tthc-figures.js';

const row = (overrides: Partial<ProcedureRow> = {}): ProcedureRow => ({
  level: ProcedureLevel.TINH,
  mechanism: ProcedureMechanism.MOT_CUA,
  onlineService: OnlineService.KHONG,
  publicPostal: false,
  legalDays: 10,
  daysCut: null,
  ...overrides,
});

const level = (figures: ReturnType<typeof tthcFigures>, which: ProcedureLevel) =>
  figures.levels.find((l) => l.level === which);

describe('tthcFigures', () => {
  it('an empty catalogue counts nothing and has no shares', () => {
    const figures = tthcFigures(2024, []);
    expect(figures).toMatchObject({ total: 0, oneStop: 0, interconnected: 0, online: 0, publicPostal: 0 });
    expect([figures.onlineShare, figures.onlineShareText, figures.publicPostalShare]).toEqual([null, null, null]);
    expect(figures.levels.map((l) => [l.level, l.reviewed, l.cutShare, l.cutShareText])).toEqual([
      [ProcedureLevel.TINH, 0, null, null],
      [ProcedureLevel.HUYEN, 0, null, null],
      [ProcedureLevel.XA, 0, null, null],
    ]);
  });

  it.each([
    {
      name: 'mechanisms',
      rows: [row(), row({ mechanism: ProcedureMechanism.MOT_CUA_LIEN_THONG }), row()],
      expected: { total: 3, oneStop: 2, interconnected: 1 },
    },
    {
      name: 'online services',
      rows: [
        row({ onlineService: OnlineService.TOAN_TRINH }),
        row({ onlineService: OnlineService.MOT_PHAN }),
        row({ onlineService: OnlineService.MOT_PHAN }),
        row(),
      ],
      expected: { total: 4, online: 3, onlineFull: 1, onlinePartial: 2, onlineShareText: '75%' },
    },
    {
      name: 'public postal',
      rows: [row({ publicPostal: true }), row({ publicPostal: true }), row()],
      expected: { publicPostal: 2, publicPostalShareText: '66,67%' },
    },
  ])('counts $name', ({ rows, expected }) => {
    expect(tthcFigures(2021, rows)).toMatchObject(expected);
  });

  it.each([
    { name: 'a cut of 0 days is not a review', rows: [row({ daysCut: 0 })], reviewed: 0, cut: 0, legal: 0 },
    {
      name: 'unreviewed legal days are left out',
      rows: [row({ daysCut: 2 }), row({ legalDays: 90 })],
      reviewed: 1,
      cut: 2,
      legal: 10,
    },
    {
      name: 'several reviewed add up',
      rows: [row({ daysCut: 3 }), row({ legalDays: 20, daysCut: 5 })],
      reviewed: 2,
      cut: 8,
      legal: 30,
    },
  ])('$name', ({ rows, reviewed, cut, legal }) => {
    expect(level(tthcFigures(2021, rows), ProcedureLevel.TINH)).toMatchObject({
      reviewed,
      daysCut: cut,
      legalDays: legal,
    });
  });

  it('keeps the levels apart', () => {
    const figures = tthcFigures(2021, [
      row({ daysCut: 2 }),
      row({ level: ProcedureLevel.HUYEN, legalDays: 6, daysCut: 1 }),
      row({ level: ProcedureLevel.XA }),
    ]);
    expect(level(figures, ProcedureLevel.TINH)).toMatchObject({ procedures: 1, reviewed: 1, daysCut: 2 });
    expect(level(figures, ProcedureLevel.HUYEN)).toMatchObject({
      procedures: 1,
      reviewed: 1,
      daysCut: 1,
      legalDays: 6,
    });
    expect(level(figures, ProcedureLevel.XA)).toMatchObject({ procedures: 1, reviewed: 0 });
  });
});

describe('shares in the report format', () => {
  it.each([
    [99, 299, '33,11%'],
    [1, 6, '16,67%'],
    [89, 91, '97,8%'],
    [80, 91, '87,91%'],
  ])('%i / %i is %s', (part, whole, text) => {
    expect(formatPercent(part, whole)).toBe(text);
  });
});

describe('the demo 2021 catalogue', () => {
  const figures = tthcFigures(2021, DEMO_PROCEDURES_2021);

  it('has the report figures', () => {
    expect(figures).toMatchObject({
      total: 91,
      oneStop: 54,
      interconnected: 37,
      online: 80,
      onlineShareText: '87,91%',
      publicPostal: 89,
      publicPostalShareText: '97,8%',
    });
    expect(figures.oneStop + figures.interconnected).toBe(figures.total);
    expect(figures.onlineShare).toBe(80 / 91);
    expect(figures.publicPostalShare).toBe(89 / 91);
    expect(level(figures, ProcedureLevel.TINH)).toMatchObject({
      reviewed: 7,
      daysCut: 99,
      legalDays: 299,
      cutShare: 99 / 299,
      cutShareText: '33,11%',
    });
    expect(level(figures, ProcedureLevel.HUYEN)).toMatchObject({
      reviewed: 1,
      daysCut: 1,
      legalDays: 6,
      cutShare: 1 / 6,
      cutShareText: '16,67%',
    });
    expect(level(figures, ProcedureLevel.XA)?.reviewed).toBe(0);
  });

  it('has unique codes and names, and no cut above the legal days', () => {
    expect(new Set(DEMO_PROCEDURES_2021.map((p) => p.code)).size).toBe(91);
    expect(new Set(DEMO_PROCEDURES_2021.map((p) => p.name)).size).toBe(91);
    for (const p of DEMO_PROCEDURES_2021) expect(p.daysCut ?? 0).toBeLessThanOrEqual(p.legalDays ?? 0);
  });
});
