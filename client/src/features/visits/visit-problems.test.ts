import { describe, expect, it } from 'vitest';
import { groupProblems } from './visit-problems';

const groups = [
  { id: 'g1', title: 'Giờ giấc làm việc', items: [{ id: 'i11' }, { id: 'i12' }] },
  { id: 'g2', title: 'Văn hóa công sở', items: [{ id: 'i21' }] },
];

const missing = (itemId: string, code: string) => ({
  code: 'ANSWER_MISSING',
  itemId,
  itemCode: code,
  message: `Tiêu chí ${code} chưa có kết quả.`,
});
const signature = { code: 'SIGNATURE_MISSING', itemId: null, itemCode: null, message: 'Thiếu chữ ký.' };

describe('groupProblems', () => {
  it.each([
    { name: 'none', problems: [], want: [] },
    {
      name: 'item problems under their group, in checklist order',
      problems: [missing('i21', '2.1'), missing('i12', '1.2'), missing('i11', '1.1')],
      want: [
        { groupId: 'g1', title: 'Giờ giấc làm việc', codes: ['1.1', '1.2'] },
        { groupId: 'g2', title: 'Văn hóa công sở', codes: ['2.1'] },
      ],
    },
    {
      name: 'visit-level problems last',
      problems: [signature, missing('i12', '1.2')],
      want: [
        { groupId: 'g1', title: 'Giờ giấc làm việc', codes: ['1.2'] },
        { groupId: null, title: null, codes: [null] },
      ],
    },
    {
      name: 'unknown item goes with the visit-level ones',
      problems: [missing('gone', '9.9')],
      want: [{ groupId: null, title: null, codes: ['9.9'] }],
    },
  ])('$name', ({ problems, want }) => {
    const sections = groupProblems(problems, groups).map((section) => ({
      groupId: section.groupId,
      title: section.title,
      codes: section.problems.map((problem) => problem.itemCode),
    }));
    expect(sections).toEqual(want);
  });
});
