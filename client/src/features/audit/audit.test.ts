import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { vi } from '../../i18n/vi/all';
import { AUDIT_ACTIONS, auditChanges, auditSubject, compactValue, knownAuditAction } from './audit';

describe('auditChanges', () => {
  it.each([
    ['status change', { status: 'SUBMITTED' }, { status: 'APPROVED' }, [['status', 'SUBMITTED', 'APPROVED']]],
    ['no before', null, { conclusion: 'Tốt' }, [['conclusion', null, 'Tốt']]],
    ['unchanged fields are left out', { a: 1, b: 2 }, { a: 1, b: 3 }, [['b', 2, 3]]],
    ['field only before', { note: 'x' }, {}, [['note', 'x', null]]],
    ['nested equal', { list: [1, 2] }, { list: [1, 2] }, []],
    ['not objects', 'x', 3, []],
  ])('%s', (_name, before, after, expected) => {
    expect(auditChanges(before, after).map((c) => [c.field, c.before, c.after])).toEqual(expected);
  });
});

describe('compactValue', () => {
  it.each([
    [null, '—'],
    ['', '—'],
    ['PASS', 'PASS'],
    [3.5, '3.5'],
    [[1, 2, 3], '[3]'],
    ['a'.repeat(70), `${'a'.repeat(59)}…`],
  ])('%j → %s', (value, expected) => {
    expect(compactValue(value)).toBe(expected);
  });
});

describe('labels', () => {
  it.each(AUDIT_ACTIONS)('%s has a label in both languages', (action) => {
    const key = `review.audit.${action}` as keyof typeof vi;
    expect(vi[key]).toBeTruthy();
    expect(en[key]).toBeTruthy();
  });

  it.each([
    ['APPROVE', 'APPROVE'],
    ['SOMETHING_NEW', null],
  ])('knownAuditAction(%s)', (action, expected) => {
    expect(knownAuditAction(action)).toBe(expected);
  });

  it.each([
    ['Visit', 'visit'],
    ['VisitAnswer', 'answer'],
    ['Finding', 'finding'],
    ['Attachment', 'attachment'],
    ['InspectionPlan', 'other'],
  ])('auditSubject(%s) = %s', (type, expected) => {
    expect(auditSubject(type)).toBe(expected);
  });
});
