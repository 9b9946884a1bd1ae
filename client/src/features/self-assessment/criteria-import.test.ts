import { describe, expect, it } from 'vitest';
import { emptySetDetails, setDetailsQuery } from './criteria-import';

describe("a criteria set's details as the import's query", () => {
  it('reads the dates and the total as an office types them', () => {
    const answer = setDetailsQuery({
      title: ' Bộ tiêu chí năm 2030 ',
      documentNumber: '12/QĐ-UBND',
      issuedOn: '15/01/2030',
      effectiveOn: '',
      totalPoints: '99,5',
    });
    expect(answer).toEqual({
      query:
        'title=B%E1%BB%99+ti%C3%AAu+ch%C3%AD+n%C4%83m+2030&documentNumber=12%2FQ%C4%90-UBND&issuedOn=2030-01-15&effectiveOn=2030-01-15&totalPoints=99.5',
    });
    const params = new URLSearchParams('query' in answer ? answer.query : '');
    expect(params.get('title')).toBe('Bộ tiêu chí năm 2030');
  });

  it('names each field that is missing or wrong', () => {
    expect(setDetailsQuery({ ...emptySetDetails(), effectiveOn: '31/02/2030', totalPoints: '0' })).toEqual({
      problems: {
        title: 'required',
        documentNumber: 'required',
        issuedOn: 'required',
        effectiveOn: 'date',
        totalPoints: 'points',
      },
    });
    expect(setDetailsQuery({ ...emptySetDetails(), title: 'A', documentNumber: 'B', issuedOn: '2030-01-15' })).toEqual({
      problems: { issuedOn: 'date' },
    });
  });
});
