import { Field, Int, ObjectType } from 'type-graphql';
import { type Sql, sql } from '../../common/sql.js';

export type FindingStatusName = 'OPEN' | 'REMEDIATION_REPORTED' | 'CLOSED';

/** Overdue: past its deadline (a day in the department's time zone) and not closed. */
export function isOverdue(finding: { deadline: string | null; status: FindingStatusName }, today: string): boolean {
  return finding.deadline !== null && finding.deadline < today && finding.status !== 'CLOSED';
}

/** `isOverdue` as an SQL condition on a finding (alias f). */
export const overdueFindingSql = (today: string): Sql => sql`(f.deadline < ${today} and f.status <> 'CLOSED')`;

export type FindingAction =
  | 'REPORT_REMEDIATION'
  | 'CLOSE'
  | 'REJECT_REMEDIATION'
  | 'CLOSE_WITHOUT_REPORT'
  | 'REOPEN'
  | 'EXTEND_DEADLINE';

/**
 * The finding lifecycle: open → remediation reported → closed (the office accepts the report) or back to
 * open (the office rejects it, with a reason); an open finding is closed without a report only with a
 * reason; office staff may reopen one. A deadline moves while the finding is not closed.
 */
export const FINDING_TRANSITIONS: Record<FindingAction, { from: FindingStatusName[]; to: FindingStatusName | null }> = {
  REPORT_REMEDIATION: { from: ['OPEN'], to: 'REMEDIATION_REPORTED' },
  CLOSE: { from: ['REMEDIATION_REPORTED'], to: 'CLOSED' },
  REJECT_REMEDIATION: { from: ['REMEDIATION_REPORTED'], to: 'OPEN' },
  CLOSE_WITHOUT_REPORT: { from: ['OPEN'], to: 'CLOSED' },
  REOPEN: { from: ['REMEDIATION_REPORTED', 'CLOSED'], to: 'OPEN' },
  // null: the status stays as it is.
  EXTEND_DEADLINE: { from: ['OPEN', 'REMEDIATION_REPORTED'], to: null },
};

export function nextFindingStatus(status: FindingStatusName, action: FindingAction): FindingStatusName | null {
  const rule = FINDING_TRANSITIONS[action];
  return rule.from.includes(status) ? (rule.to ?? status) : null;
}

export type DeadlineProblem = 'BEFORE_VISIT' | 'IN_PAST' | 'UNCHANGED';

/**
 * Why a new deadline (gia hạn) is refused, or null: not before the visit that found the finding, not
 * before today (a deadline already passed gives the unit nothing), and not the deadline it already has.
 * All dates are local days (YYYY-MM-DD), which compare as strings.
 */
export function deadlineChangeProblem(
  newDeadline: string,
  current: { deadline: string | null; visitDate: string | null },
  today: string,
): DeadlineProblem | null {
  if (current.visitDate !== null && newDeadline < current.visitDate) return 'BEFORE_VISIT';
  if (newDeadline < today) return 'IN_PAST';
  if (newDeadline === current.deadline) return 'UNCHANGED';
  return null;
}

@ObjectType({ description: 'Số lượng tồn tại theo trạng thái' })
export class FindingCounts {
  @Field(() => Int)
  open!: number;

  @Field(() => Int)
  remediationReported!: number;

  @Field(() => Int)
  closed!: number;

  @Field(() => Int)
  overdue!: number;
}
