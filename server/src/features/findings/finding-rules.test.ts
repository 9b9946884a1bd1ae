import { describe, expect, it } from 'vitest';
import {
  type DeadlineProblem,
  deadlineChangeProblem,
  type FindingAction,
  type FindingStatusName,
  isOverdue,
  nextFindingStatus,
} from './finding-rules.js';

describe('nextFindingStatus', () => {
  it.each<[FindingStatusName, FindingAction, FindingStatusName | null]>([
    ['OPEN', 'REPORT_REMEDIATION', 'REMEDIATION_REPORTED'],
    ['OPEN', 'CLOSE', null],
    ['OPEN', 'REOPEN', null],
    ['REMEDIATION_REPORTED', 'REPORT_REMEDIATION', null],
    ['REMEDIATION_REPORTED', 'CLOSE', 'CLOSED'],
    ['REMEDIATION_REPORTED', 'REOPEN', 'OPEN'],
    ['CLOSED', 'REPORT_REMEDIATION', null],
    ['CLOSED', 'CLOSE', null],
    ['CLOSED', 'REOPEN', 'OPEN'],
    ['OPEN', 'REJECT_REMEDIATION', null],
    ['REMEDIATION_REPORTED', 'REJECT_REMEDIATION', 'OPEN'],
    ['CLOSED', 'REJECT_REMEDIATION', null],
    ['OPEN', 'CLOSE_WITHOUT_REPORT', 'CLOSED'],
    ['REMEDIATION_REPORTED', 'CLOSE_WITHOUT_REPORT', null],
    ['CLOSED', 'CLOSE_WITHOUT_REPORT', null],
    ['OPEN', 'EXTEND_DEADLINE', 'OPEN'],
    ['REMEDIATION_REPORTED', 'EXTEND_DEADLINE', 'REMEDIATION_REPORTED'],
    ['CLOSED', 'EXTEND_DEADLINE', null],
  ])('%s + %s → %s', (status, action, expected) => {
    expect(nextFindingStatus(status, action)).toBe(expected);
  });
});

describe('isOverdue', () => {
  it.each<[string | null, FindingStatusName, string, boolean]>([
    ['2026-11-25', 'OPEN', '2026-11-26', true],
    ['2026-11-26', 'OPEN', '2026-11-26', false],
    ['2026-11-25', 'REMEDIATION_REPORTED', '2026-11-26', true],
    ['2026-11-25', 'CLOSED', '2026-11-26', false],
    [null, 'OPEN', '2026-11-26', false],
  ])('deadline %s, %s, today %s → %s', (deadline, status, today, expected) => {
    expect(isOverdue({ deadline, status }, today)).toBe(expected);
  });
});

describe('deadlineChangeProblem', () => {
  const today = '2026-12-06';
  it.each<[string, string | null, string | null, DeadlineProblem | null]>([
    ['2027-01-15', '2026-12-20', '2026-11-20', null],
    ['2026-12-06', '2026-12-01', '2026-11-20', null],
    ['2026-12-01', '2026-12-20', '2026-11-20', 'IN_PAST'],
    ['2026-11-19', '2026-12-20', '2026-11-20', 'BEFORE_VISIT'],
    ['2026-11-20', '2026-12-20', '2026-11-20', 'IN_PAST'],
    ['2026-12-20', '2026-12-20', '2026-11-20', 'UNCHANGED'],
    ['2026-12-10', null, null, null],
  ])('new %s, deadline %s, visit %s → %s', (newDeadline, deadline, visitDate, expected) => {
    expect(deadlineChangeProblem(newDeadline, { deadline, visitDate }, today)).toBe(expected);
  });
});
