import { Field, Int, ObjectType } from 'type-graphql';

export type FindingStatusName = 'OPEN' | 'REMEDIATION_REPORTED' | 'CLOSED';

/** Overdue: past its deadline (a day in the department's time zone) and not closed. */
export function isOverdue(finding: { deadline: string | null; status: FindingStatusName }, today: string): boolean {
  return finding.deadline !== null && finding.deadline < today && finding.status !== 'CLOSED';
}

export type FindingAction = 'REPORT_REMEDIATION' | 'CLOSE' | 'REOPEN';

/** The finding lifecycle: open → remediation reported → closed, or reopened by office staff. */
export const FINDING_TRANSITIONS: Record<FindingAction, { from: FindingStatusName[]; to: FindingStatusName }> = {
  REPORT_REMEDIATION: { from: ['OPEN'], to: 'REMEDIATION_REPORTED' },
  CLOSE: { from: ['REMEDIATION_REPORTED'], to: 'CLOSED' },
  REOPEN: { from: ['REMEDIATION_REPORTED', 'CLOSED'], to: 'OPEN' },
};

export function nextFindingStatus(status: FindingStatusName, action: FindingAction): FindingStatusName | null {
  const rule = FINDING_TRANSITIONS[action];
  return rule.from.includes(status) ? rule.to : null;
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
