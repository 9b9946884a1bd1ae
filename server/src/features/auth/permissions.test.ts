import { describe, expect, it } from 'vitest';
import { ALL_ROLES, Role } from '../users/role.js';
import { Capability, can, capabilitiesOf, PERMISSIONS, rolesWith } from './permissions.js';
import { recordScope, visibleFindingsSql, visibleVisitsSql } from './record-scope.js';

const { ADMIN, OFFICE, LEADERSHIP, INSPECTOR, UNIT_HEAD } = Role;

/**
 * The role lists the code named before the table (resolver constants, HTTP routes, services), each
 * beside the capability that replaced it: the table must allow exactly the same people.
 */
const BEFORE_THE_TABLE: [Capability, string, Role[]][] = [
  [Capability.UNIT_MANAGE, 'units.resolver UNIT_EDITORS', [ADMIN, OFFICE]],
  [Capability.AGENCY_READ, 'new (issue 16): issuingAgencyIdentities', [ADMIN, OFFICE, LEADERSHIP]],
  [Capability.AGENCY_MANAGE, 'new (issue 16): addIssuingAgencyIdentity', [ADMIN, OFFICE]],
  [Capability.USER_MANAGE, 'users.resolver users/createUser/setUserActive/resetUserPassword', [ADMIN]],
  [Capability.PLAN_READ, 'plans.resolver PLAN_READERS; users.resolver inspectors', [ADMIN, OFFICE, LEADERSHIP]],
  [Capability.PLAN_MANAGE, 'plans.resolver PLAN_EDITORS', [ADMIN, OFFICE]],
  [Capability.CHECKLIST_READ, 'checklists.resolver CHECKLIST_READERS', [ADMIN, OFFICE, LEADERSHIP, INSPECTOR]],
  [Capability.CHECKLIST_MANAGE, 'checklists.resolver CHECKLIST_EDITORS', [ADMIN, OFFICE]],
  [Capability.VISIT_CONDUCT, 'visits.resolver FIELD; syncBatch; canEdit; team members', [INSPECTOR]],
  [
    Capability.VISIT_READ_ALL,
    'visits.resolver OVERSEERS; canSeeVisit/visibleVisitsSql "true"',
    [ADMIN, OFFICE, LEADERSHIP],
  ],
  [Capability.VISIT_READ_TEAM, 'canSeeVisit/visibleVisitsSql/scopeSql: own teams', [INSPECTOR]],
  [Capability.VISIT_READ_UNIT, 'canSeeVisit/visibleVisitsSql/scopeSql: own unit', [UNIT_HEAD]],
  [Capability.VISIT_REVIEW, 'visits.resolver REVIEWERS', [ADMIN, OFFICE]],
  [Capability.FINDING_FOLLOW, 'client: findings section (reads || UNIT_HEAD)', [ADMIN, OFFICE, LEADERSHIP, UNIT_HEAD]],
  [Capability.FINDING_REMEDIATE, 'findings.resolver reportRemediation', [UNIT_HEAD]],
  [Capability.FINDING_REVIEW, 'findings.resolver REVIEWERS', [ADMIN, OFFICE]],
  [Capability.NOTICE_ACKNOWLEDGE, 'new with the table (issue 15): acknowledgeConclusionNotice', [UNIT_HEAD]],
  [Capability.NOTICE_ISSUE, 'new (issue 15): issueConclusionNotice', [ADMIN, OFFICE]],
  [Capability.FILE_UPLOAD, 'files.service UPLOADERS', [INSPECTOR, UNIT_HEAD, OFFICE, ADMIN]],
  [Capability.REPORT_READ, 'annual-report.resolver REPORT_READERS (and its HTTP route)', [ADMIN, OFFICE, LEADERSHIP]],
  [Capability.REPORT_EDIT, 'annual-report.resolver REPORT_EDITORS', [ADMIN, OFFICE]],
  [Capability.REGISTER_READ, 'registers.resolver REGISTER_READERS (and HTTP)', [ADMIN, OFFICE, LEADERSHIP]],
  [Capability.REGISTER_MANAGE, 'registers.resolver REGISTER_EDITORS (and HTTP)', [ADMIN, OFFICE]],
  [Capability.ROLLUP_READ, 'rollup.resolver ROLLUP_READERS (and HTTP)', [ADMIN, OFFICE, LEADERSHIP]],
  [Capability.DEVICE_READ, 'sync.resolver syncDevices', [ADMIN, OFFICE, LEADERSHIP]],
  [Capability.SELF_ASSESSMENT_READ, 'new (issue 17): criteriaSets, selfAssessment(s)', [ADMIN, OFFICE, LEADERSHIP]],
  [Capability.SELF_ASSESSMENT_EDIT, 'new (issue 17): import, scoring, evidence, submit, appraisal', [ADMIN, OFFICE]],
  [Capability.SELF_ASSESSMENT_APPROVE, 'new (issue 17): approve or return a submitted assessment', [LEADERSHIP]],
  [Capability.AUDIT_READ, 'audit.resolver auditTrail', [ADMIN, OFFICE, LEADERSHIP, UNIT_HEAD]],
  [Capability.AUDIT_READ_ALL, 'audit-trail.service: all but UNIT_HEAD', [ADMIN, OFFICE, LEADERSHIP]],
];

describe('the permissions table', () => {
  it('has one row per capability, each checked against the role list it replaced', () => {
    expect(BEFORE_THE_TABLE.map(([capability]) => capability).sort()).toEqual(Object.values(Capability).sort());
  });

  it.each(BEFORE_THE_TABLE)('%s: the same roles as %s', (capability, _before, roles) => {
    expect([...PERMISSIONS[capability]].sort()).toEqual([...roles].sort());
    expect([...rolesWith(capability)].sort()).toEqual([...roles].sort());
    for (const role of ALL_ROLES) expect(can({ role }, capability)).toBe(roles.includes(role));
  });

  it('gives each role the capabilities of its rows, in the table order', () => {
    for (const role of ALL_ROLES) {
      expect(capabilitiesOf(role)).toEqual(
        BEFORE_THE_TABLE.filter(([, , roles]) => roles.includes(role)).map(([capability]) => capability),
      );
    }
    expect(capabilitiesOf(INSPECTOR)).toEqual([
      Capability.CHECKLIST_READ,
      Capability.VISIT_CONDUCT,
      Capability.VISIT_READ_TEAM,
      Capability.FILE_UPLOAD,
    ]);
    expect(capabilitiesOf(UNIT_HEAD)).toEqual([
      Capability.VISIT_READ_UNIT,
      Capability.FINDING_FOLLOW,
      Capability.FINDING_REMEDIATE,
      Capability.NOTICE_ACKNOWLEDGE,
      Capability.FILE_UPLOAD,
      Capability.AUDIT_READ,
    ]);
  });
});

describe('record scope', () => {
  it.each([
    [ADMIN, 'ALL'],
    [OFFICE, 'ALL'],
    [LEADERSHIP, 'ALL'],
    [INSPECTOR, 'TEAM'],
    [UNIT_HEAD, 'UNIT'],
  ] as const)('%s sees %s', (role, scope) => {
    expect(recordScope({ role })).toBe(scope);
  });

  it('limits visits and findings as the services did before the table', () => {
    const viewer = (role: Role) => ({ id: 'u1', role, unitId: 'unit1' });
    const plain = (q: { text: string; values: unknown[] }) => ({ text: q.text, values: q.values });
    expect(plain(visibleVisitsSql(viewer(LEADERSHIP)))).toEqual({ text: 'true', values: [] });
    expect(plain(visibleVisitsSql(viewer(INSPECTOR)))).toEqual({
      text: 'v.team_id in (select team_id from team_member where user_id = ?)',
      values: ['u1'],
    });
    expect(plain(visibleVisitsSql(viewer(UNIT_HEAD)))).toEqual({
      text: `v.status = 'APPROVED' and (v.unit_id = ? or exists (
      select 1 from finding followed where followed.visit_id = v.id and followed.followed_by_unit_id = ?))`,
      values: ['unit1', 'unit1'],
    });
    expect(plain(visibleFindingsSql(viewer(OFFICE)))).toEqual({ text: 'true', values: [] });
    expect(plain(visibleFindingsSql(viewer(INSPECTOR)))).toEqual(plain(visibleVisitsSql(viewer(INSPECTOR))));
    expect(plain(visibleFindingsSql(viewer(UNIT_HEAD)))).toEqual({
      text: 'coalesce(f.followed_by_unit_id, f.responsible_unit_id) = ?',
      values: ['unit1'],
    });
  });
});
