import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../common/sql.js';
import { readRows } from '../../db/read-path/read-rows.js';
import { User } from '../users/user.entity.js';
import { Notification } from './notification.entity.js';
import type { NotificationKind } from './notification-kind.js';
import { recipientsFor } from './notification-people.js';
import { type NotificationFacts, notificationText } from './notification-text.js';

/** Something that happened which someone must hear of, with who caused it. */
export type NotificationEvent =
  | { kind: 'VISIT_RETURNED'; visitId: string; actorId: string; comment: string | null }
  | { kind: 'FINDINGS_ISSUED'; visitId: string; actorId: string }
  | { kind: 'VISIT_PLANNED'; visitId: string; actorId: string }
  | { kind: 'REMEDIATION_REPORTED'; findingId: string; actorId: string };

interface VisitRow {
  unitId: string;
  unitName: string;
  teamId: string;
  year: number | null;
  plannedMonth: number | null;
  findingCount: number;
}

interface FindingRow {
  unitId: string;
  unitName: string;
  text: string | null;
}

/**
 * Tells the people an event concerns: one inbox item each, written in the caller's transaction (so it
 * commits with the change, or not at all). Push and e-mail go after the commit (notification-delivery.ts).
 * Call once where the event happens: `await notify(em, { kind: 'VISIT_RETURNED', ... })`.
 */
export async function notify(em: EntityManager, event: NotificationEvent): Promise<number> {
  // What the caller changed so far is read below (a new visit's unit and team).
  await em.flush();
  if (event.kind === 'REMEDIATION_REPORTED') {
    const [finding] = await readRows<FindingRow>(
      em,
      sql`select u.id as "unitId", u.name as "unitName", coalesce(f.found_text, f.recommendation) as text
            from finding f join unit u on u.id = coalesce(f.followed_by_unit_id, f.responsible_unit_id)
           where f.id = ${event.findingId}`,
    );
    if (!finding) return 0;
    const recipients = await recipientsFor(em, event.kind, { unitId: finding.unitId }, event.actorId);
    return store(em, recipients, {
      kind: event.kind,
      recordId: event.findingId,
      unitName: finding.unitName,
      findingText: finding.text ?? '',
    });
  }
  const [visit] = await readRows<VisitRow>(
    em,
    sql`select v.unit_id as "unitId", u.name as "unitName", v.team_id as "teamId", p.year,
               l.planned_month as "plannedMonth",
               (select count(*)::int from finding f where f.visit_id = v.id) as "findingCount"
          from visit v join unit u on u.id = v.unit_id
          left join plan_line l on l.id = v.plan_line_id left join inspection_plan p on p.id = l.plan_id
         where v.id = ${event.visitId}`,
  );
  if (!visit) return 0;
  // An approved visit without findings gives the unit nothing to do.
  if (event.kind === 'FINDINGS_ISSUED' && visit.findingCount === 0) return 0;
  const recipients = await recipientsFor(em, event.kind, visit, event.actorId);
  return store(em, recipients, {
    kind: event.kind,
    recordId: event.visitId,
    unitName: visit.unitName,
    comment: event.kind === 'VISIT_RETURNED' ? event.comment : null,
    findingCount: visit.findingCount,
    plannedMonth: visit.plannedMonth,
    year: visit.year ?? undefined,
  });
}

function store(em: EntityManager, recipients: string[], facts: NotificationFacts): number {
  const text = notificationText(facts);
  for (const id of recipients) {
    em.persist(
      em.create(Notification, {
        recipient: em.getReference(User, id),
        kind: facts.kind satisfies NotificationKind,
        recordId: facts.recordId,
        ...text,
      }),
    );
  }
  return recipients.length;
}
