import { describe, expect, it } from 'vitest';
import { AppError } from '../../common/app-error.js';
import { type NoticeIssueContext, type NoticeIssueFields, parseNoticeIssue } from './notice-rules.js';

const VALID: NoticeIssueFields = {
  number: '25/TB-SNN',
  issuedOn: '2026-06-10',
  strengths: 'Đơn vị chấp hành tốt giờ giấc làm việc.',
  reportDueOn: '2026-07-10',
  signerName: 'Nguyễn Văn Hùng',
};
const CONTEXT: NoticeIssueContext = { approvedOn: '2026-06-05', hasFindings: true, today: '2026-06-20' };

function codeOf(fields: Partial<NoticeIssueFields>, context: Partial<NoticeIssueContext> = {}): string | null {
  try {
    parseNoticeIssue({ ...VALID, ...fields }, { ...CONTEXT, ...context });
    return null;
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
}

describe('issuing a conclusion notice', () => {
  it('stores the number as the register does and the year of its date', () => {
    expect(
      parseNoticeIssue({ ...VALID, number: ' 25 / TB - SNN ', signerName: ' Nguyễn  Văn Hùng ' }, CONTEXT),
    ).toEqual({
      number: '25/TB-SNN',
      issuedOn: '2026-06-10',
      year: 2026,
      strengths: 'Đơn vị chấp hành tốt giờ giấc làm việc.',
      reportDueOn: '2026-07-10',
      signerName: 'Nguyễn Văn Hùng',
    });
  });

  it.each([
    ['a number that is not a thông báo', { number: '25/KH-SNN' }, {}, 'NOTICE_NUMBER_INVALID'],
    ['no number', { number: '   ' }, {}, 'NOTICE_NUMBER_INVALID'],
    ['a number without digits', { number: 'TB-SNN' }, {}, 'NOTICE_NUMBER_INVALID'],
    ['issued before the approval', { issuedOn: '2026-06-04' }, {}, 'NOTICE_ISSUED_BEFORE_APPROVAL'],
    ['issued on the approval day', { issuedOn: '2026-06-05' }, {}, null],
    ['issued today', { issuedOn: '2026-06-20', reportDueOn: '2026-07-20' }, {}, null],
    ['issued tomorrow', { issuedOn: '2026-06-21', reportDueOn: '2026-07-20' }, {}, 'NOTICE_ISSUED_IN_FUTURE'],
    ['no strengths', { strengths: ' \n ' }, {}, 'NOTICE_STRENGTHS_REQUIRED'],
    ['no signer', { signerName: '  ' }, {}, 'NOTICE_SIGNER_REQUIRED'],
    ['findings and no report date', { reportDueOn: null }, {}, 'NOTICE_REPORT_DUE_REQUIRED'],
    ['findings and an empty report date', { reportDueOn: '' }, {}, 'NOTICE_REPORT_DUE_REQUIRED'],
    ['a report date on the day of issue', { reportDueOn: '2026-06-10' }, {}, 'NOTICE_REPORT_DUE_NOT_AFTER_ISSUE'],
    ['a report date before the issue', { reportDueOn: '2026-06-01' }, {}, 'NOTICE_REPORT_DUE_NOT_AFTER_ISSUE'],
    ['no findings and no report date', { reportDueOn: null }, { hasFindings: false }, null],
    ['no findings but a report date', {}, { hasFindings: false }, 'NOTICE_REPORT_DUE_WITHOUT_FINDINGS'],
  ] as const)('%s: %s', (_name, fields, context, code) => {
    expect(codeOf(fields, context)).toBe(code);
  });
});
