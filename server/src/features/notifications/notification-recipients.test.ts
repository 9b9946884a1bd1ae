import { describe, expect, it } from 'vitest';
import { ALL_NOTIFICATION_KINDS, type NotificationKind } from './notification-kind.js';
import { AUDIENCES, recipientsOf } from './notification-recipients.js';

const PEOPLE = { TEAM: ['lead', 'member'], UNIT_HEADS: ['head'], OFFICE: ['office1', 'office2'] };

describe('recipientsOf', () => {
  it.each<[NotificationKind, string | null, string[]]>([
    ['VISIT_RETURNED', 'office1', ['lead', 'member']],
    ['FINDINGS_ISSUED', 'office1', ['head']],
    ['REMEDIATION_REPORTED', 'head', ['office1', 'office2']],
    ['DEADLINE_SOON', null, ['head', 'office1', 'office2']],
    ['DEADLINE_PASSED', null, ['head', 'office1', 'office2']],
    ['VISIT_TOMORROW', null, ['lead', 'member']],
    ['VISIT_PLANNED', 'office2', ['lead', 'member']],
    // The person who caused it is not told.
    ['VISIT_RETURNED', 'lead', ['member']],
    ['REMEDIATION_REPORTED', 'office2', ['office1']],
  ])('%s caused by %s goes to %j', (kind, actor, expected) => {
    expect(recipientsOf(kind, PEOPLE, actor)).toEqual(expected);
  });

  it('names each person once, even in two audiences', () => {
    expect(recipientsOf('DEADLINE_SOON', { UNIT_HEADS: ['x'], OFFICE: ['x', 'y'] }, null)).toEqual(['x', 'y']);
  });

  it('leaves out whoever muted the kind, and only for that kind', () => {
    const choices = [{ userId: 'member', mutedKinds: ['VISIT_RETURNED'] }];
    expect(recipientsOf('VISIT_RETURNED', PEOPLE, null, choices)).toEqual(['lead']);
    expect(recipientsOf('VISIT_TOMORROW', PEOPLE, null, choices)).toEqual(['lead', 'member']);
  });

  it('goes to nobody when the audience is empty', () => {
    expect(recipientsOf('FINDINGS_ISSUED', { TEAM: ['lead'] }, null)).toEqual([]);
  });

  it('gives every kind an audience', () => {
    for (const kind of ALL_NOTIFICATION_KINDS) expect(AUDIENCES[kind].length).toBeGreaterThan(0);
  });
});
