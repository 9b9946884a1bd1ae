import { describe, expect, it } from 'vitest';
import type { Cell } from './register-cells.js';
import { parseRegisterRows } from './register-rows.js';
import { parseCsv, type RegisterKind, readRegisterFile } from './register-sheets.js';

const CASES: { name: string; kind: RegisterKind; cells: Cell[]; reason: string | null }[] = [
  {
    name: 'a good document',
    kind: 'directive-documents',
    cells: ['Công văn', '2187/SNN-VP', '05/06/2021', 'VP', 'Về việc'],
    reason: null,
  },
  {
    name: 'a date cell',
    kind: 'directive-documents',
    cells: ['Kế hoạch', '80/KH-SNN', new Date(Date.UTC(2021, 2, 1)), 'SNN', 'Kế hoạch'],
    reason: null,
  },
  {
    name: 'a bad number',
    kind: 'directive-documents',
    cells: ['Công văn', '2187-SNN', '05/06/2021', 'VP', 'Về việc'],
    reason: 'Số, ký hiệu văn bản phải gồm số',
  },
  {
    name: 'no summary',
    kind: 'directive-documents',
    cells: ['Công văn', '1/SNN-VP', '05/06/2021', 'VP', ' '],
    reason: 'Thiếu ô "Trích yếu"',
  },
  {
    name: 'an impossible date',
    kind: 'directive-documents',
    cells: ['Công văn', '1/SNN-VP', '31/02/2021', 'VP', 'x'],
    reason: 'không đúng dạng ngày/tháng/năm',
  },
  {
    name: 'another year',
    kind: 'directive-documents',
    cells: ['Công văn', '1/SNN-VP', '31/12/2020', 'VP', 'x'],
    reason: 'không thuộc năm 2021',
  },
  {
    name: 'a good TTHC',
    kind: 'administrative-procedures',
    cells: ['1.001', 'Tên', 'tinh', 'mot cua lien thong', 'Toàn trình', 'x', '20', '5'],
    reason: null,
  },
  {
    name: 'days cut over legal days',
    kind: 'administrative-procedures',
    cells: ['1.001', 'Tên', 'Tỉnh', 'Một cửa', 'Không', 'Có', 5, 6],
    reason: 'không được lớn hơn',
  },
  {
    name: 'days cut without legal days',
    kind: 'administrative-procedures',
    cells: ['1.001', 'Tên', 'Tỉnh', 'Một cửa', 'Không', 'Có', null, 1],
    reason: 'Hãy nhập thời hạn giải quyết',
  },
  {
    name: 'a bad online value',
    kind: 'administrative-procedures',
    cells: ['1.001', 'Tên', 'Tỉnh', 'Một cửa', 'Có', 'Có', 5, 1],
    reason: 'Dịch vụ công trực tuyến "Có" không hợp lệ',
  },
  {
    name: 'a bad postal value',
    kind: 'administrative-procedures',
    cells: ['1.001', 'Tên', 'Tỉnh', 'Một cửa', 'Không', 'Chưa', 5, 1],
    reason: 'Bưu chính công ích "Chưa"',
  },
  {
    name: 'negative days',
    kind: 'administrative-procedures',
    cells: ['1.001', 'Tên', 'Tỉnh', 'Một cửa', 'Không', 'Có', -5, null],
    reason: 'không được âm',
  },
  {
    name: 'a good index',
    kind: 'index-results',
    cells: ['PAR INDEX', '88,25', 4, '', 'A: 8/10; B: 9,5'],
    reason: null,
  },
  {
    name: 'a component over its maximum',
    kind: 'index-results',
    cells: ['SIPAS', 80, null, '', 'A: 12/10'],
    reason: 'lớn hơn điểm tối đa',
  },
  {
    name: 'a bad component cell',
    kind: 'index-results',
    cells: ['SIPAS', 80, null, '', 'A 12'],
    reason: 'Điểm thành phần phải có dạng',
  },
  {
    name: 'an unknown index',
    kind: 'index-results',
    cells: ['PCI', 80, null, '', ''],
    reason: 'Chỉ số "PCI" không hợp lệ',
  },
];

describe('parseRegisterRows', () => {
  it.each(CASES)('$name', ({ kind, cells, reason }) => {
    const [row] = parseRegisterRows(kind, 2021, [cells]);
    if (reason === null) {
      expect(row?.problems).toEqual([]);
      expect(row?.record).not.toBeNull();
    } else {
      expect(row?.record).toBeNull();
      expect(row?.problems.join(' ')).toContain(reason);
    }
  });

  it('numbers rows as Excel does, skips empty ones and names the first of a duplicate', () => {
    const good = ['Công văn', '1/SNN-VP', '05/06/2021', 'VP', 'x'];
    const rows = parseRegisterRows('directive-documents', 2021, [
      good,
      [],
      ['Công văn', '1 / SNN - VP', '06/06/2021', 'VP', 'y'],
    ]);
    expect(rows.map((r) => r.row)).toEqual([2, 4]);
    expect(rows[1]?.problems).toEqual(['Số, ký hiệu "1/SNN-VP" trùng với dòng 2 của tệp.']);
  });
});

describe('parseCsv', () => {
  it.each([
    [
      'commas',
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'semicolons and a BOM',
      '\uFEFFa;b\n"1,5";"x; ""y"""\n',
      [
        ['a', 'b'],
        ['1,5', 'x; "y"'],
      ],
    ],
    [
      'a line break inside quotes',
      'a,b\n"l1\nl2",2',
      [
        ['a', 'b'],
        ['l1\nl2', '2'],
      ],
    ],
  ])('%s', (_name, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });
});

describe('readRegisterFile', () => {
  it('refuses a file whose cells hold a control character, naming the row', async () => {
    const header = 'Chỉ số,Tổng điểm,Xếp hạng,Ghi chú,Điểm thành phần\r\n';
    const bad = await readRegisterFile('index-results', Buffer.from(`${header}SIPAS,80,1,ghi\u0001chú,\r\n`, 'utf8'));
    expect(bad.problem).toBe('Dòng 2 chứa ký tự điều khiển không hợp lệ (ví dụ ký tự NUL).');
    const good = await readRegisterFile('index-results', Buffer.from(`${header}SIPAS,80,1,ghi chú,\r\n`, 'utf8'));
    expect(good.problem).toBeNull();
  });
});
