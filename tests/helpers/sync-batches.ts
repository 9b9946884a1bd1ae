import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { DEMO_YEAR } from './demo.js';
import type { GraphQLCaller, TestApp } from './test-app.js';

// What the property tests of syncBatch share: the team, unit and checklist items their visits are made
// from, fresh visits in progress, queued answers, and the mutation itself.

export const SYNC_BATCH = `mutation ($i: SyncBatchInput!) { syncBatch(input: $i) {
  outcomes { operationId sequence status code message } device { lastSequence } } }`;

/** A field write as a phone queues it. */
export interface QueuedWrite {
  operationId: string;
  sequence: number;
  kind: string;
  input: Record<string, unknown>;
}

export interface SyncOutcome {
  operationId: string;
  sequence: number;
  status: string;
  code: string | null;
  message: string | null;
}

export interface SyncBatchResult {
  outcomes: SyncOutcome[];
  device: { lastSequence: number };
}

/** Where the visits of a property test are made: the team, a unit, and items of one checklist version. */
export interface SyncGround {
  teamId: string;
  unitId: string;
  versionId: string;
  /** Pass/fail items of checklist version 1 that need no photo on Không đạt, in checklist order. */
  itemIds: string[];
}

/**
 * The team of `kiemtra` in the plan under way, with the other inspectors named in `members` made
 * members of it (if they are not already), the demo unit CCTL and `items` pass/fail items.
 */
export async function syncGround(
  t: Pick<TestApp, 'sql'>,
  { members, items }: { members: readonly string[]; items: number },
): Promise<SyncGround> {
  const team = await t.sql<{ team_id: string }>(
    `select tm.team_id from team_member tm join inspection_team team on team.id = tm.team_id
      join app_user u on u.id = tm.user_id where team.year = ? and u.username = 'kiemtra'`,
    [DEMO_YEAR],
  );
  const teamId = team[0]?.team_id ?? '';
  for (const username of members) {
    await t.sql(
      `insert into team_member (id, team_id, user_id, role)
       select gen_random_uuid(), ?, id, 'MEMBER' from app_user u where username = ?
          and not exists (select 1 from team_member m where m.team_id = ? and m.user_id = u.id)`,
      [teamId, username, teamId],
    );
  }
  const unit = await t.sql<{ id: string }>(`select id from unit where code = 'CCTL'`);
  const rows = await t.sql<{ id: string; version_id: string }>(
    `select i.id, g.version_id from checklist_item i join checklist_group g on g.id = i.group_id
      join checklist_version v on v.id = g.version_id
     where v.number = 1 and i.answer_type = 'PASS_FAIL' and not i.photo_required_on_fail
     order by g.position, i.position limit ?`,
    [items],
  );
  expect(rows).toHaveLength(items);
  return {
    teamId,
    unitId: unit[0]?.id ?? '',
    versionId: rows[0]?.version_id ?? '',
    itemIds: rows.map((i) => i.id),
  };
}

/** A fresh visit in progress on the ground's checklist version, with nothing answered yet. */
export async function newVisit(t: Pick<TestApp, 'sql'>, ground: SyncGround): Promise<string> {
  const id = randomUUID();
  await t.sql(
    `insert into visit (id, unit_id, team_id, status, template_version_id, started_at, visit_date, attendees, version, created_at, updated_at)
     values (?, ?, ?, 'IN_PROGRESS', ?, now(), current_date, '[]', 1, now(), now())`,
    [id, ground.unitId, ground.teamId, ground.versionId],
  );
  return id;
}

/** An answer queued with an operation id of its own. */
export function queuedAnswer(sequence: number, input: Record<string, unknown>): QueuedWrite {
  return { operationId: randomUUID(), sequence, kind: 'ANSWER_ITEM', input };
}

/** Sends a batch through syncBatch; a request the server fails as a whole throws. */
export async function syncBatch(
  caller: GraphQLCaller,
  deviceId: string,
  operations: readonly QueuedWrite[],
): Promise<SyncBatchResult> {
  const res = await caller.request<{ syncBatch: SyncBatchResult }>(SYNC_BATCH, {
    i: {
      deviceId,
      operations: operations.map(({ operationId, sequence, kind, input }) => ({ operationId, sequence, kind, input })),
    },
  });
  if (res.errors || !res.data) throw new Error(`sync failed: ${JSON.stringify(res.errors)}`);
  return res.data.syncBatch;
}
