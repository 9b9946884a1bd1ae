import { formatDate } from '../../common/vietnamese.js';
import { normaliseDocumentNumber } from '../registers/document-number.js';
import { singleLine } from '../registers/register-rules.js';
import { NoticeErrors } from './notices.errors.js';

/** What the office types when it issues a visit's conclusion notice. */
export interface NoticeIssueFields {
  number: string;
  /** YYYY-MM-DD */
  issuedOn: string;
  strengths: string;
  reportDueOn: string | null;
  signerName: string;
}

/** What the rules check it against: the visit's approval day, whether it has findings, and today. */
export interface NoticeIssueContext {
  /** YYYY-MM-DD, Vietnam time */
  approvedOn: string;
  hasFindings: boolean;
  /** YYYY-MM-DD, Vietnam time */
  today: string;
}

/**
 * The notice as stored, or the first rule it breaks: a thông báo number (số/TB-ký hiệu, Decree 30),
 * issued between the approval of the visit and today, with the strengths and the signer written, and a
 * date to report remediation by exactly when there are findings to remediate, after the date of issue.
 */
export function parseNoticeIssue(input: NoticeIssueFields, context: NoticeIssueContext) {
  const number = normaliseDocumentNumber(input.number);
  if (!number || !/^[0-9]+\/TB-/u.test(number)) throw NoticeErrors.numberInvalid();
  if (input.issuedOn < context.approvedOn) throw NoticeErrors.issuedBeforeApproval(formatDate(context.approvedOn));
  if (input.issuedOn > context.today) throw NoticeErrors.issuedInFuture();
  const strengths = input.strengths.normalize('NFC').trim();
  if (!strengths) throw NoticeErrors.strengthsRequired();
  const signerName = singleLine(input.signerName);
  if (!signerName) throw NoticeErrors.signerRequired();
  const reportDueOn = input.reportDueOn || null;
  if (context.hasFindings && !reportDueOn) throw NoticeErrors.reportDueRequired();
  if (!context.hasFindings && reportDueOn) throw NoticeErrors.reportDueWithoutFindings();
  if (reportDueOn && reportDueOn <= input.issuedOn) throw NoticeErrors.reportDueNotAfterIssue();
  return {
    number,
    issuedOn: input.issuedOn,
    year: Number(input.issuedOn.slice(0, 4)),
    strengths,
    reportDueOn,
    signerName,
  };
}
