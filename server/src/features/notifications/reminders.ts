import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { todayLocalDate } from '../../common/local-date.js';
import { sql } from '../../common/sql.js';
import { readRows } from '../../db/read-path/read-rows.js';
import type { RecurringJob } from '../../jobs/job-queue.js';
import type { NotificationDelivery } from './notification-delivery.js';
import type { NotificationKind } from './notification-kind.js';
import { recipientsFor } from './notification-people.js';
import { notificationText } from './notification-text.js';

/** A record due a reminder today, with the day the reminder is about. */
interface Due {
  kind: NotificationKind;
  recordId: string;
  day: string;
  unitId: string;
  unitName: string;
  teamId: string | null;
  text: string | null;
}

/** The window of each reminder: a run missed on one day still reminds the next, once per record and day. */
const DAYS_AHEAD = 7;
const DAYS_PASSED = 7;

/**
 * Today's reminders: an open finding of an approved visit whose deadline is within 7 days or passed in
 * the last 7 days (unit heads and office), a visit planned for tomorrow (its team). Each is stored with
 * the key (recipient, kind, record, day), unique, by `insert ... on conflict do nothing`: a second run,
 * or a second instance running at the same time, stores and sends nothing more.
 */
export async function sendReminders(
  orm: MikroORM,
  delivery: NotificationDelivery,
  today: string = todayLocalDate(),
): Promise<{ due: number; stored: number }> {
  const em = orm.em.fork();
  const due = await readRows<Due>(
    em,
    sql`select case when f.deadline > ${today}::date then 'DEADLINE_SOON' else 'DEADLINE_PASSED' end as kind,
               f.id as "recordId", f.deadline::text as day, u.id as "unitId", u.name as "unitName",
               null as "teamId", coalesce(f.found_text, f.recommendation) as text
          from finding f join visit v on v.id = f.visit_id
          join unit u on u.id = coalesce(f.followed_by_unit_id, f.responsible_unit_id)
         where v.status = 'APPROVED' and f.status = 'OPEN'
           and f.deadline between ${today}::date - ${DAYS_PASSED}::int and ${today}::date + ${DAYS_AHEAD}::int
           and f.deadline <> ${today}::date
        union all
        select 'VISIT_TOMORROW', v.id, coalesce(v.visit_date, l.planned_date)::text, u.id, u.name, v.team_id, null
          from visit v join unit u on u.id = v.unit_id
          left join plan_line l on l.id = v.plan_line_id
         where v.status = 'PLANNED' and coalesce(v.visit_date, l.planned_date) = ${today}::date + 1
         order by 1, 2`,
  );
  let stored = 0;
  for (const item of due) {
    const recipients = await recipientsFor(em, item.kind, item, null);
    const text = notificationText({
      kind: item.kind,
      recordId: item.recordId,
      unitName: item.unitName,
      findingText: item.text ?? '',
      deadline: item.day,
      visitDate: item.day,
    });
    for (const recipient of recipients) {
      const key = `${recipient}:${item.kind}:${item.recordId}:${item.day}`;
      const inserted = await readRows<{ id: string }>(
        em,
        sql`insert into notification (id, recipient_id, kind, title, body, link, record_id, created_at, reminder_key)
            values (${randomUUID()}, ${recipient}, ${item.kind}, ${text.title}, ${text.body}, ${text.link},
                    ${item.recordId}, now(), ${key})
            on conflict (reminder_key) do nothing returning id`,
      );
      stored += inserted.length;
    }
  }
  if (stored > 0) delivery.kick();
  return { due: due.length, stored };
}

/** Every day at 07:00 Vietnam time (00:00 UTC). */
export function remindersJob(orm: MikroORM, delivery: NotificationDelivery): RecurringJob {
  return { name: 'notification-reminders', cron: '0 0 * * *', run: () => sendReminders(orm, delivery) };
}
