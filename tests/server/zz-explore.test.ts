import { afterAll, beforeAll, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ SEED_DEMO_REFORM: 'false' });
});
afterAll(() => t?.close());
it('explore', async () => {
  console.log(
    JSON.stringify(
      await t.sql(`select u.code, p.code as parent, (select count(*) from finding f where coalesce(f.followed_by_unit_id, f.responsible_unit_id)=u.id and f.status<>'CLOSED') as open_f,
    (select count(*) from plan_line l join inspection_plan ip on ip.id=l.plan_id where l.unit_id=u.id and ip.year>=2025) as lines,
    (select string_agg(ip.year::text||':'||coalesce(v.status,'-')||':'||coalesce(v.visit_date::text,'-'), ',') from plan_line l join inspection_plan ip on ip.id=l.plan_id left join visit v on v.plan_line_id=l.id where l.unit_id=u.id and ip.year>=2025) as lv,
    (select count(*) from app_user a where a.unit_id=u.id) as users,
    (select count(*) from visit v where v.unit_id=u.id and v.visit_date>='2025-07-01') as later
    from unit u left join unit p on p.id=u.parent_id order by u.code`),
    ),
  );
  console.log(
    JSON.stringify(
      await t.sql(
        `select ip.year, ip.id, (select string_agg(u.code, ',') from plan_line l join unit u on u.id=l.unit_id where l.plan_id=ip.id) from inspection_plan ip`,
      ),
    ),
  );
});
