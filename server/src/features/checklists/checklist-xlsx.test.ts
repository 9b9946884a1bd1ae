import { describe, expect, it } from 'vitest';
import { AnswerType } from './checklist.entity.js';
import { checklistRows, checklistWorkbook, parseChecklistRows, readChecklistWorkbook } from './checklist-xlsx.js';

const good = [
  '1',
  'Giờ giấc làm việc',
  '1.1',
  'Có mặt đúng giờ',
  null,
  null,
  'Đạt/Không đạt',
  null,
  null,
  5,
  'Không',
  'Có',
];

describe('parseChecklistRows', () => {
  it('reads groups from their first row and items from every row', () => {
    const { groups, problems } = parseChecklistRows([
      good,
      ['1', null, '1.2', 'Số người vắng', 'Ghi số', null, 'Số', 0, '10', '0', 'Không', 'Có'],
      [
        '2',
        'Văn hóa công sở',
        '2.1',
        'Đeo thẻ',
        null,
        'QĐ 129/2007',
        'dat/khong dat',
        null,
        null,
        '3,5',
        'Có',
        'Không',
      ],
      [null, null, null, null],
    ]);
    expect(problems).toEqual([]);
    expect(groups.map((g) => [g.code, g.title, g.items.map((i) => i.code)])).toEqual([
      ['1', 'Giờ giấc làm việc', ['1.1', '1.2']],
      ['2', 'Văn hóa công sở', ['2.1']],
    ]);
    expect(groups[0]?.items[1]).toMatchObject({ answerType: AnswerType.NUMBER, minValue: 0, maxValue: 10, points: 0 });
    expect(groups[1]?.items[0]).toMatchObject({
      points: 3.5,
      photoRequiredOnFail: true,
      required: false,
      legalBasis: 'QĐ 129/2007',
    });
  });

  it.each([
    [
      'a missing group code',
      [null, 'Nhóm', '1.1', 'Nội dung', null, null, 'Số', null, null, 1, 'Không', 'Có'],
      'Mã nhóm',
    ],
    [
      'a new group without a title',
      ['9', null, '9.1', 'Nội dung', null, null, 'Số', null, null, 1, 'Không', 'Có'],
      'tên nhóm',
    ],
    [
      'an item code with diacritics',
      ['1', 'Nhóm', 'mục 1', 'Nội dung', null, null, 'Số', null, null, 1, 'Không', 'Có'],
      'Mã tiêu chí',
    ],
    ['an empty content', ['1', 'Nhóm', '1.9', '  ', null, null, 'Số', null, null, 1, 'Không', 'Có'], 'nội dung'],
    [
      'an unknown answer type',
      ['1', 'Nhóm', '1.9', 'Nội dung', null, null, 'Ngày', null, null, 1, 'Không', 'Có'],
      'Loại kết quả',
    ],
    ['min above max', ['1', 'Nhóm', '1.9', 'Nội dung', null, null, 'Số', 5, 1, 1, 'Không', 'Có'], 'nhỏ nhất'],
    [
      'points not a number',
      ['1', 'Nhóm', '1.9', 'Nội dung', null, null, 'Số', null, null, 'năm', 'Không', 'Có'],
      'Điểm',
    ],
    ['points above 100', ['1', 'Nhóm', '1.9', 'Nội dung', null, null, 'Số', null, null, 101, 'Không', 'Có'], 'Điểm'],
    [
      'a yes/no column with another word',
      ['1', 'Nhóm', '1.9', 'Nội dung', null, null, 'Số', null, null, 1, 'Có thể', 'Có'],
      'Có/Không',
    ],
  ])('refuses %s, naming the row', (_label, row, fragment) => {
    const { groups, problems } = parseChecklistRows([good, row as never]);
    expect(groups).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.row).toBe(3);
    expect(problems[0]?.message.toLowerCase()).toContain(fragment.toLowerCase());
  });

  it('refuses a duplicate item code and an empty sheet', () => {
    expect(parseChecklistRows([good, good]).problems).toEqual([{ row: 3, message: 'Mã tiêu chí "1.1" bị trùng.' }]);
    expect(parseChecklistRows([]).problems).toEqual([{ row: 2, message: 'Tệp không có tiêu chí nào.' }]);
  });

  it('reads back exactly what it exports, through a real .xlsx file', async () => {
    const { groups } = parseChecklistRows([
      good,
      [
        '2',
        'Văn hóa công sở',
        '2.1',
        'Đeo thẻ công chức',
        'Quan sát',
        'QĐ 129/2007/QĐ-TTg',
        'Đạt/Không đạt',
        null,
        null,
        5,
        'Có',
        'Có',
      ],
      ['2', null, '2.2', 'Ý kiến khác', null, null, 'Văn bản', null, null, 0, 'Không', 'Không'],
    ]);
    expect(checklistRows(groups)).toHaveLength(3);
    const file = await checklistWorkbook('Bộ tiêu chí thử', groups);
    const back = await readChecklistWorkbook(file);
    expect(back.problems).toEqual([]);
    expect(back.groups).toEqual(groups);
  });

  it('says so when the file is not an Excel workbook', async () => {
    const { problems } = await readChecklistWorkbook(Buffer.from('không phải excel'));
    expect(problems[0]?.message).toContain('.xlsx');
  });
});
