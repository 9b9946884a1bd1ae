import { describe, expect, it } from 'vitest';
import { type FindingAction, type FindingStatusName, isOverdue, nextFindingStatus } from './finding-rules.js';

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
