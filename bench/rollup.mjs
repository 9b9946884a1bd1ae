// Roll-up benchmark (issue 5): `pnpm bench:rollup` at the repository root.
//
// 1. generates, in SQL (insert ... select from generate_series), one department with 500 units over
//    10 years (2016-2025), 4 approved visits per unit a year on a published 60-item checklist:
//    about 1.2 million answers, with findings, directive documents, TTHC and index rows
//    (BENCH_YEARS=1 BENCH_STEPS=5000,50000: only 2025, a whole country's year of 12 million answers);
// 2. times the one-year roll-up (2025) through the real GraphQL `rollup` query over HTTP, signed in
//    as leadership, and the same figures as hand-written SQL through plain `pg`, and checks that
//    both give the same numbers;
// 3. does so at several data sizes on the way up (the data grows by units: every size has all
//    10 years), to show how the roll-up time grows with the data.
//
// It runs the BUILT server (server/dist) in this process on the database kycuong_bench_rollup, which
// it drops and recreates at the start (migrated by the server's own migration code) and drops at the
// end unless BENCH_KEEP_DATABASE=1 (to EXPLAIN the queries afterwards).
import pg from 'pg';
import {
  adminQuery,
  Caller,
  check,
  DEMO_PASSWORD,
  databaseUrl,
  importServer,
  ms,
  now,
  startApp,
  stats,
  table,
} from './lib.mjs';

const ADMIN_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
/** BENCH_DATABASE_NAME: another name, so a run does not collide with another one on the same server. */
const DATABASE = process.env.BENCH_DATABASE_NAME || 'kycuong_bench_rollup';
const KEEP_DATABASE = ['1', 'true', 'yes'].includes(process.env.BENCH_KEEP_DATABASE ?? '');
const YEAR = 2025; // the measured year, a past one: overdue is judged on 31 December
/** Years of data up to YEAR; BENCH_YEARS=1 with 50,000 units is a whole country's year (12 million answers). */
const YEARS = Number(process.env.BENCH_YEARS ?? 10);
const FIRST_YEAR = YEAR - YEARS + 1;
const VISITS_PER_YEAR = 4;
const ITEMS = 60;
const GROUPS = 6;
/** Units at each measured size; with 10 years x 4 visits x 60 items, 2,400 answers a unit (240 a year). */
const STEPS = (process.env.BENCH_STEPS ?? '4,42,167,500').split(',').map(Number);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
/** More runs at the full size, where the latency and ratio are reported. */
const FULL_RUNS = Number(process.env.BENCH_FULL_RUNS ?? 21);
const POOL_SIZE = 10;
/**
 * Units generated per transaction: one transaction for 50,000 units (12 million answers, 36 million
 * foreign-key checks queued to its end) ran for more than 40 minutes; chunks keep each one's queue small.
 */
const CHUNK_UNITS = Number(process.env.BENCH_CHUNK_UNITS ?? 2500);
const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const TARGET_RATIO = 1.1;

const int = (value) => Math.round(value).toLocaleString('en-US');

// ---------- data generation, all in SQL ----------

const id = (key) => `md5('bench-${key}')::uuid`;

/**
 * What every size shares: the department, the accounts, the published 60-item checklist, and per
 * year 5 inspection teams, 4 quarterly plans, the department's own directive documents, the TTHC
 * catalogue and the SIPAS / PAR INDEX results.
 */
async function generateBase(db, passwordHash) {
  const groupTitles = [
    'Công tác chỉ đạo, điều hành',
    'Thực hiện thủ tục hành chính',
    'Văn hóa công sở, đạo đức công vụ',
    'Quản lý văn bản, hồ sơ công việc',
    'Thời giờ làm việc, kỷ luật lao động',
    'Phòng, chống tham nhũng, lãng phí',
  ];
  const years = `generate_series(${FIRST_YEAR}, ${YEAR})`;
  await db.query('begin');
  await db.query(
    `insert into unit (id, code, name, search_name, kind, parent_id, active_from, created_at, updated_at)
     values (${id('unit-0')}, 'SNN', 'Sở Nông nghiệp và Môi trường (benchmark)', 'so nong nghiep va moi truong (benchmark)',
             'DEPARTMENT', null, '2015-01-01', now(), now())`,
  );
  await db.query(
    `insert into app_user (id, username, full_name, password_hash, role, unit_id, created_at, password_changed_at)
     select ${id("user-' || u.username || '")}, u.username, u.full_name, $1, u.role, ${id('unit-0')}, now(), now()
       from (values ('admin', 'Quản trị hệ thống', 'ADMIN'), ('lanhdao', 'Hoàng Văn Minh', 'LEADERSHIP'),
                    ('vanphong', 'Nguyễn Thị Hoa', 'OFFICE')) as u (username, full_name, role)
     union all
     select ${id("user-kiemtra' || n || '")}, 'kiemtra' || lpad(n::text, 2, '0'), 'Thanh tra viên ' || n, $1,
            'INSPECTOR', ${id('unit-0')}, now(), now()
       from generate_series(1, 10) n`,
    [passwordHash],
  );
  await db.query(
    `insert into checklist_template (id, code, name, created_at)
     values (${id('template')}, 'KCHC', 'Bộ tiêu chí kiểm tra kỷ luật, kỷ cương hành chính', '2015-11-01');
     insert into checklist_version (id, template_id, number, status, published_at, created_at)
     values (${id('version-1')}, ${id('template')}, 1, 'PUBLISHED', '2015-12-01', '2015-11-01');
     insert into checklist_group (id, version_id, position, code, title)
     select ${id("group-' || g || '")}, ${id('version-1')}, g, 'N' || g, (array[${groupTitles.map((t) => `'${t}'`).join(', ')}])[g]
       from generate_series(1, ${GROUPS}) g;
     insert into checklist_item (id, group_id, position, code, text, answer_type, points, photo_required_on_fail, required)
     select ${id("item-' || k || '")}, ${id("group-' || ((k - 1) / 10 + 1) || '")}, (k - 1) % 10 + 1,
            ((k - 1) / 10 + 1) || '.' || ((k - 1) % 10 + 1),
            'Tiêu chí ' || ((k - 1) / 10 + 1) || '.' || ((k - 1) % 10 + 1) || ': nội dung kiểm tra số ' || k,
            'PASS_FAIL', 1 + (k % 4) * 0.5, k % 5 = 0, true
       from generate_series(1, ${ITEMS}) k`,
  );
  await db.query(
    `insert into inspection_team (id, year, name, decision_number, decision_date, created_at)
     select ${id("team-' || y || '-' || t || '")}, y, 'Đoàn kiểm tra số ' || t, t || '/QĐ-SNN', make_date(y, 1, 15), make_date(y, 1, 15)
       from ${years} y, generate_series(1, 5) t;
     insert into team_member (id, team_id, user_id, role)
     select gen_random_uuid(), ${id("team-' || y || '-' || t || '")}, ${id("user-kiemtra' || (2 * t - m) || '")},
            case m when 1 then 'LEAD' else 'MEMBER' end
       from ${years} y, generate_series(1, 5) t, generate_series(0, 1) m;
     insert into inspection_plan (id, year, title, document_number, document_date, template_id, created_at)
     select ${id("plan-' || y || '-' || q || '")}, y, 'Kế hoạch kiểm tra công vụ quý ' || q || ' năm ' || y,
            q || '/KH-SNN', make_date(y, 3 * q - 2, 5), ${id('template')}, make_date(y, 3 * q - 2, 5)
       from ${years} y, generate_series(1, ${VISITS_PER_YEAR}) q`,
  );
  await db.query(
    `insert into directive_document (id, type, number, issued_on, year, issuing_unit_id, summary, created_at, updated_at)
     select gen_random_uuid(), (array['KE_HOACH','CONG_VAN','QUYET_DINH','BAO_CAO','THONG_BAO','KHAC'])[n % 6 + 1],
            n || '/SNN-VP', make_date(y, 1, 2) + (n * 8), y, ${id('unit-0')},
            'Văn bản chỉ đạo số ' || n || ' năm ' || y || ' về tăng cường kỷ luật, kỷ cương hành chính', now(), now()
       from ${years} y, generate_series(1, 40) n;
     insert into administrative_procedure (id, year, code, name, level, mechanism, online_service, public_postal,
                                           legal_days, days_cut, created_at, updated_at)
     select gen_random_uuid(), y, 'TTHC-' || lpad(n::text, 3, '0'), 'Thủ tục hành chính số ' || n,
            case when n <= 110 then 'TINH' when n <= 140 then 'HUYEN' else 'XA' end,
            case when n % 10 = 0 then 'MOT_CUA_LIEN_THONG' else 'MOT_CUA' end,
            case when (n + y) % 3 = 0 then 'TOAN_TRINH' when (n + y) % 3 = 1 then 'MOT_PHAN' else 'KHONG' end,
            (n + y) % 7 <> 0,
            case when n % 13 = 0 then null else 5 + n % 26 end,
            case when n % 13 = 0 then null when n % 4 = 0 then (5 + n % 26) / 3 else 0 end,
            now(), now()
       from ${years} y, generate_series(1, 150) n;
     insert into index_result (id, year, assessment_index, total_score, components, rank, created_at, updated_at)
     select gen_random_uuid(), y, ix, case ix when 'SIPAS' then 78 + (y % 7) * 1.5 else 80 + (y % 5) * 2.25 end,
            '[]', 1 + (y % 9), now(), now()
       from ${years} y, unnest(array['SIPAS', 'PAR_INDEX']) ix`,
  );
  await db.query('commit');
}

/**
 * Units `from`..`to` with everything about them over the years FIRST_YEAR-YEAR: one plan line and visit per
 * quarter while the unit is active, 60 answers per approved visit (mostly Đạt, some Không đạt and
 * Không áp dụng; weaker items and units fail more), a finding per failed answer (deadlines 30-90 days,
 * mostly closed on time, some late, some still open or overdue), a few findings not tied to an item,
 * and a directive document from a third of the units each year. No audit entries: the roll-up does not
 * read them, and only the app can seal one into the keyed chain (the database refuses an unsealed
 * entry). Units 1-20 are sub-departments under the department, the others sit under them. Every hundred
 * units, one was created in mid-2016, one closed in mid-2025, and one was not visited in 2025
 * (its 2025 visits stay PLANNED).
 */
async function generateUnits(db, from, to) {
  const started = now();
  for (let first = from; first <= to; first += CHUNK_UNITS) {
    const last = Math.min(to, first + CHUNK_UNITS - 1);
    await generateUnitChunk(db, first, last);
    if (to - from + 1 > CHUNK_UNITS) {
      const units = last - from + 1;
      const seconds = (now() - started) / 1000;
      console.log(
        `  generated units ${from}-${last} (${units} of ${to - from + 1}) in ${seconds.toFixed(0)} s, ` +
          `about ${((seconds / units) * (to - last)).toFixed(0)} s to go`,
      );
    }
  }
  // Fresh statistics and visibility map, as autovacuum would leave them on a live server.
  await db.query('vacuum analyze');
}

/** Units `from`..`to` (see generateUnits) in one transaction. */
async function generateUnitChunk(db, from, to) {
  const leader = id('user-lanhdao');
  await db.query('begin');
  await db.query(
    `insert into unit (id, code, name, search_name, kind, parent_id, active_from, active_to, created_at, updated_at)
     select ${id("unit-' || i || '")}, 'DV' || lpad(i::text, greatest(3, length(i::text)), '0'),
            case when i <= 20 then 'Chi cục số ' when i % 3 = 0 then 'Hạt Kiểm lâm số ' when i % 3 = 1 then 'Trung tâm số '
                 else 'Trạm số ' end || i,
            case when i <= 20 then 'chi cuc so ' when i % 3 = 0 then 'hat kiem lam so ' when i % 3 = 1 then 'trung tam so '
                 else 'tram so ' end || i,
            case when i <= 20 then 'SUB_DEPARTMENT' when i % 3 = 0 then 'RANGER_STATION' when i % 3 = 1 then 'CENTER'
                 else 'OTHER' end,
            case when i <= 20 then ${id('unit-0')} else ${id("unit-' || ((i - 21) % 20 + 1) || '")} end,
            case when i % 100 = 7 then date '2016-07-01' else date '2015-01-01' end,
            case when i % 100 = 13 then date '2025-06-30' end,
            now(), now()
       from generate_series($1::int, $2::int) i`,
    [from, to],
  );
  // Each unit's first version, as the app records it (ensureUnitVersions): the roll-up reads the units as
  // they were in the year from unit_version.
  await db.query(
    `insert into unit_version (id, unit_id, valid_from, valid_to, code, name, short_name, kind, parent_id, address)
     select gen_random_uuid(), u.id, u.active_from, u.active_to, u.code, u.name, u.short_name, u.kind, u.parent_id, u.address
       from unit u where not exists (select 1 from unit_version v where v.unit_id = u.id)`,
  );
  await db.query(
    `create temp table gen_visit on commit drop as
     select ${id("visit-' || y || '-' || q || '-' || i || '")} as id, ${id("line-' || y || '-' || q || '-' || i || '")} as line_id,
            ${id("plan-' || y || '-' || q || '")} as plan_id, ${id("team-' || y || '-' || (i % 5 + 1) || '")} as team_id,
            ${id("unit-' || i || '")} as unit_id, i, y, q, d as visit_date,
            not (y = ${YEAR} and i % 100 = 29) as approved
       from generate_series($1::int, $2::int) i, generate_series(${FIRST_YEAR}, ${YEAR}) y,
            generate_series(1, ${VISITS_PER_YEAR}) q,
            lateral (select make_date(y, 3 * q - 1, 1) + (i * 7 + q * 3) % 45 as d) vd
      where d >= case when i % 100 = 7 then date '2016-07-01' else date '2015-01-01' end
        and (i % 100 <> 13 or d <= date '2025-06-30')`,
    [from, to],
  );
  // Statistics for the temporary table, so the findings' join reaches this chunk's answers by their
  // visit rather than by scanning every answer generated before.
  await db.query('analyze gen_visit');
  await db.query(
    `insert into plan_line (id, plan_id, unit_id, planned_month, team_id)
     select line_id, plan_id, unit_id, 3 * q - 1, team_id from gen_visit;
     insert into visit (id, plan_line_id, unit_id, team_id, status, template_version_id, started_at, visit_date, attendees,
                        conclusion, submitted_at, approved_at, approved_by_id, created_at, updated_at)
     select id, line_id, unit_id, team_id, case when approved then 'APPROVED' else 'PLANNED' end,
            case when approved then ${id('version-1')} end,
            case when approved then (visit_date + time '08:00') at time zone '${TIME_ZONE}' end,
            case when approved then visit_date end,
            case when approved then jsonb_build_array(
              jsonb_build_object('name', 'Thanh tra viên ' || (2 * (i % 5) + 1), 'position', 'Trưởng đoàn', 'side', 'TEAM'),
              jsonb_build_object('name', 'Thanh tra viên ' || (2 * (i % 5) + 2), 'position', 'Thành viên', 'side', 'TEAM'),
              jsonb_build_object('name', 'Thủ trưởng đơn vị ' || i, 'position', 'Thủ trưởng đơn vị', 'side', 'UNIT'))
              else '[]'::jsonb end,
            case when approved then 'Đơn vị cơ bản chấp hành tốt kỷ luật, kỷ cương hành chính.' end,
            case when approved then (visit_date + 1 + time '16:00') at time zone '${TIME_ZONE}' end,
            case when approved then (visit_date + 3 + time '09:00') at time zone '${TIME_ZONE}' end,
            case when approved then ${leader} end,
            make_date(y, 3 * q - 2, 5), case when approved then (visit_date + 3 + time '09:00') at time zone '${TIME_ZONE}'
                                              else make_date(y, 3 * q - 2, 5) end
       from gen_visit`,
  );
  await db.query(`select setseed(${(from % 1000) / 1000})`);
  await db.query(
    `insert into visit_answer (id, visit_id, item_id, pass_fail, updated_by_id, updated_at, edited_at, also_for)
     select gen_random_uuid(), s.visit_id, s.item_id,
            case when s.r < s.fail_rate then 'FAIL' when s.r < s.fail_rate + s.na_rate then 'NOT_APPLICABLE' else 'PASS' end,
            s.inspector, s.at, s.at, '[]'
       from (select v.id as visit_id, ${id("item-' || k || '")} as item_id, random() as r,
                    0.02 + (k % 7) * 0.012 + (v.i % 10) * 0.004 as fail_rate,
                    case when k % 5 = 0 then 0.08 else 0.02 end as na_rate,
                    ${id("user-kiemtra' || (2 * (v.i % 5) + 1) || '")} as inspector,
                    (v.visit_date + time '09:00' + k * interval '2 minutes') at time zone '${TIME_ZONE}' as at
               from gen_visit v, generate_series(1, ${ITEMS}) k
              where v.approved) s`,
  );
  await db.query(
    `insert into finding (id, visit_id, item_id, from_failed_item, responsible_unit_id, group_title, severity, found_text,
                          recommendation, deadline, status, remediation_text, remediation_reported_at,
                          remediation_reported_by_id, closed_at, closed_by_id, created_at)
     select gen_random_uuid(), s.visit_id, s.item_id, s.item_id is not null, s.unit_id, s.group_title,
            case when s.r4 < 0.5 then 'LOW' when s.r4 < 0.85 then 'MEDIUM' else 'HIGH' end,
            s.found_text, 'Khắc phục, báo cáo kết quả về Văn phòng Sở.', s.deadline,
            case when s.state in ('ON_TIME', 'LATE') then 'CLOSED' when s.r3 < 0.5 then 'OPEN' else 'REMEDIATION_REPORTED' end,
            case when s.state <> 'OPEN' or s.r3 >= 0.5 then 'Đơn vị đã khắc phục và báo cáo.' end,
            case when s.state <> 'OPEN' or s.r3 >= 0.5 then s.closed_at - interval '2 days' end,
            case when s.state <> 'OPEN' or s.r3 >= 0.5 then s.inspector end,
            case when s.state <> 'OPEN' then s.closed_at end,
            case when s.state <> 'OPEN' then ${leader} end,
            (s.visit_date + 1 + time '16:00') at time zone '${TIME_ZONE}'
       from (select f.*, (case f.state
                            when 'ON_TIME' then f.visit_date + ((f.deadline - f.visit_date) * f.r3)::int
                            when 'LATE' then f.deadline + 1 + (f.r3 * 60)::int
                            else f.visit_date + 20 end + time '10:00') at time zone '${TIME_ZONE}' as closed_at
               from (select r.*, r.visit_date + 30 * (1 + floor(r.r2 * 3)::int) as deadline,
                            case when r.r1 < r.on_time then 'ON_TIME' when r.r1 < r.on_time + 0.12 then 'LATE' else 'OPEN' end as state
                       from (select v.id as visit_id, a.item_id, v.unit_id, v.visit_date, g.title as group_title,
                                    'Thực trạng: chưa thực hiện đúng tiêu chí ' || i.code || ' tại thời điểm kiểm tra' as found_text,
                                    ${id("user-kiemtra' || (2 * (v.i % 5) + 1) || '")} as inspector,
                                    case when v.y < ${YEAR} then 0.8 else 0.55 end as on_time,
                                    random() as r1, random() as r2, random() as r3, random() as r4
                               from gen_visit v
                               join visit_answer a on a.visit_id = v.id and a.pass_fail = 'FAIL'
                               join checklist_item i on i.id = a.item_id
                               join checklist_group g on g.id = i.group_id
                             union all
                             select v.id, null, v.unit_id, v.visit_date, 'Nội dung khác',
                                    'Tồn tại khác phát hiện qua kiểm tra', ${id("user-kiemtra' || (2 * (v.i % 5) + 1) || '")},
                                    case when v.y < ${YEAR} then 0.8 else 0.55 end,
                                    random(), random(), random(), random()
                               from gen_visit v where v.approved and (v.i + v.y + v.q) % 20 = 0) r) f) s`,
  );
  await db.query(
    `insert into directive_document (id, type, number, issued_on, year, issuing_unit_id, summary, created_at, updated_at)
     select gen_random_uuid(), case when i % 2 = 0 then 'BAO_CAO' else 'KE_HOACH' end,
            i || '/' || case when i % 2 = 0 then 'BC' else 'KH' end || '-DV' || lpad(i::text, greatest(3, length(i::text)), '0'),
            make_date(y, 3, 1) + (i % 200), y, ${id("unit-' || i || '")},
            'Văn bản của đơn vị ' || i || ' về thực hiện kỷ luật, kỷ cương hành chính năm ' || y, now(), now()
       from generate_series($1::int, $2::int) i, generate_series(${FIRST_YEAR}, ${YEAR}) y
      where (i + y) % 3 = 0
        and make_date(y, 3, 1) + (i % 200) >= case when i % 100 = 7 then date '2016-07-01' else date '2015-01-01' end
        and (i % 100 <> 13 or make_date(y, 3, 1) + (i % 200) <= date '2025-06-30')`,
    [from, to],
  );
  await db.query('commit');
}

async function dataSize(db) {
  const { rows } = await db.query(
    `select (select count(*) from unit where parent_id is not null) as units,
            (select count(*) from visit_answer) as answers,
            (select count(*) from visit where status = 'APPROVED') as visits,
            (select count(*) from finding) as findings,
            (select count(*) from visit_answer a join visit v on v.id = a.visit_id
              where v.status = 'APPROVED' and a.pass_fail is not null
                and v.visit_date between make_date($1, 1, 1) and make_date($1, 12, 31)) as year_answers`,
    [YEAR],
  );
  return Object.fromEntries(Object.entries(rows[0]).map(([k, v]) => [k, Number(v)]));
}

// ---------- the roll-up through GraphQL ----------

const ROLLUP_QUERY = `query ($year: Int!, $rootUnitId: ID) {
  rollup(year: $year, rootUnitId: $rootUnitId) {
    year rootUnitId asOf
    coverage { inScope inspected ratio unitsNotInspected { id code name } }
    compliance { total { ...C } byGroup { ...C } byItem { ...C } byUnit { ...C } }
    findings { total { ...F } byGroupAndSeverity { ...F } }
    repeatFindings
    documents { type count }
    tthc { total oneStop interconnected online onlineFull onlinePartial onlineShareText publicPostal publicPostalShareText
      levels { level procedures reviewed legalDays daysCut cutShareText } }
    indexScores { index year totalScore rank }
    indexTrend { index year totalScore rank }
    warnings { code message }
  }
}
fragment C on ComplianceFigure { key label groupCode passed failed notApplicable passedPoints applicablePoints ratio }
fragment F on FindingFigure { groupCode groupTitle severity total fixedOnTime fixedLate overdue open repeat }`;

async function graphqlRollup(caller) {
  const body = await caller.request(ROLLUP_QUERY, { year: YEAR, rootUnitId: null });
  if (body.errors) throw new Error(`rollup failed: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data.rollup;
}

// ---------- the same figures as hand-written SQL ----------

/** The units below the department active in the year, and their approved visits of the year. */
const HAND_SCOPE = `with recursive tree as (
    select id, 0 as depth from unit where parent_id is null
    union all
    select c.id, t.depth + 1 from unit c join tree t on c.parent_id = t.id
  ),
  scope as (
    select u.id, u.code, u.name from tree t join unit u on u.id = t.id
     where t.depth > 0 and u.active_from <= make_date($1, 12, 31) and (u.active_to is null or u.active_to >= make_date($1, 1, 1))
  ),
  yv as (
    select v.id, v.unit_id, v.plan_line_id from visit v join scope s on s.id = v.unit_id
     where v.status = 'APPROVED' and v.visit_date >= make_date($1, 1, 1) and v.visit_date <= make_date($1, 12, 31)
  )`;

const HAND_SQL = {
  coverage: `${HAND_SCOPE}
    select s.id, s.code, s.name, count(yv.id)::int as visits
      from scope s left join yv on yv.unit_id = s.id
     group by s.id, s.code, s.name order by s.code`,
  // Counted per unit and item first (500 x 60 rows instead of 120,000), then weighted and rolled up;
  // labels from the newest version among the items answered, ranked once per item.
  compliance: `${HAND_SCOPE},
    counts as (
      select yv.unit_id, a.item_id,
             count(*) filter (where a.pass_fail = 'PASS') as passed,
             count(*) filter (where a.pass_fail = 'FAIL') as failed,
             count(*) filter (where a.pass_fail = 'NOT_APPLICABLE') as na
        from yv join visit_answer a on a.visit_id = yv.id
       where a.pass_fail is not null
       group by yv.unit_id, a.item_id
    ),
    items as (
      select i.id, i.points, i.code as item_code, i.text as item_text, g.code as group_code, g.title as group_title,
             row_number() over (partition by g.code order by cv.number desc, cv.created_at desc) as group_rank,
             row_number() over (partition by g.code, i.code order by cv.number desc, cv.created_at desc) as item_rank
        from checklist_item i join checklist_group g on g.id = i.group_id join checklist_version cv on cv.id = g.version_id
       where i.id in (select item_id from counts)
    ),
    totals as (
      select case when grouping(i.item_code) = 0 then 'ITEM' when grouping(i.group_code) = 0 then 'GROUP'
                  when grouping(c.unit_id) = 0 then 'UNIT' else 'TOTAL' end as level,
             i.group_code, i.item_code, c.unit_id,
             sum(c.passed)::int as passed, sum(c.failed)::int as failed, sum(c.na)::int as na,
             coalesce(sum(c.passed * i.points), 0)::float8 as passed_points,
             coalesce(sum((c.passed + c.failed) * i.points), 0)::float8 as applicable_points
        from counts c join items i on i.id = c.item_id
       group by grouping sets ((i.group_code), (i.group_code, i.item_code), (c.unit_id), ())
    )
    select t.*, u.name as unit_name, gl.group_title, il.item_text
      from totals t
      left join unit u on u.id = t.unit_id
      left join items gl on t.level = 'GROUP' and gl.group_rank = 1 and gl.group_code = t.group_code
      left join items il on t.level = 'ITEM' and il.item_rank = 1 and il.group_code = t.group_code and il.item_code = t.item_code`,
  // Repeats (domain.md): the (responsible unit, item code) pairs of approved findings dated in the year
  // before, as one set.
  findings: `${HAND_SCOPE},
    earlier as (
      select distinct p.responsible_unit_id, pi.code
        from finding p join visit pv on pv.id = p.visit_id join checklist_item pi on pi.id = p.item_id
       where pv.status = 'APPROVED' and pv.visit_date between make_date($1 - 1, 1, 1) and make_date($1 - 1, 12, 31)
    ),
    yf as (
      select coalesce(g.code, f.group_title) as group_code, coalesce(g.title, f.group_title) as group_title, f.severity,
             case when f.status = 'CLOSED' then
                    case when f.deadline is null or f.closed_at is null
                           or (f.closed_at at time zone '${TIME_ZONE}')::date <= f.deadline
                         then 'FIXED_ON_TIME' else 'FIXED_LATE' end
                  when f.deadline < $2::date then 'OVERDUE' else 'OPEN' end as state,
             e.code is not null as repeat
        from yv join finding f on f.visit_id = yv.id
        left join checklist_item i on i.id = f.item_id
        left join checklist_group g on g.id = i.group_id
        left join earlier e on e.responsible_unit_id = f.responsible_unit_id and e.code = i.code
    )
    select group_code, min(group_title) as group_title, severity, count(*)::int as total,
           count(*) filter (where state = 'FIXED_ON_TIME')::int as fixed_on_time,
           count(*) filter (where state = 'FIXED_LATE')::int as fixed_late,
           count(*) filter (where state = 'OVERDUE')::int as overdue,
           count(*) filter (where state = 'OPEN')::int as open,
           count(*) filter (where repeat)::int as repeat
      from yf group by grouping sets ((group_code, severity), ())`,
  documents: `with recursive tree as (
      select id from unit where parent_id is null
      union all
      select c.id from unit c join tree t on c.parent_id = t.id
    )
    select type, count(*)::int as n from directive_document
     where year = $1 and issuing_unit_id in (select id from tree) group by type`,
  tthc: `select level, count(*)::int as procedures,
           count(*) filter (where mechanism = 'MOT_CUA')::int as one_stop,
           count(*) filter (where mechanism = 'MOT_CUA_LIEN_THONG')::int as interconnected,
           count(*) filter (where online_service = 'TOAN_TRINH')::int as online_full,
           count(*) filter (where online_service = 'MOT_PHAN')::int as online_partial,
           count(*) filter (where public_postal)::int as public_postal,
           count(*) filter (where days_cut > 0)::int as reviewed,
           coalesce(sum(days_cut) filter (where days_cut > 0), 0)::int as days_cut,
           coalesce(sum(legal_days) filter (where days_cut > 0), 0)::int as legal_days
      from administrative_procedure where year = $1 group by level`,
  indexTrend: 'select year, assessment_index, total_score, rank from index_result order by year, assessment_index',
  planGaps: `${HAND_SCOPE}
    select 'UNPLANNED' as kind, s.name as label, null::int as not_done, null::int as lines
      from scope s
     where exists (select 1 from yv where yv.unit_id = s.id)
       and not exists (select 1 from plan_line l join inspection_plan p on p.id = l.plan_id where p.year = $1 and l.unit_id = s.id)
    union all
    select 'UNFINISHED', p.document_number,
           count(*) filter (where not exists (select 1 from visit v where v.plan_line_id = l.id and v.status = 'APPROVED'
                                                 and v.visit_date <= make_date($1, 12, 31)))::int,
           count(*)::int
      from inspection_plan p join plan_line l on l.plan_id = p.id
     where p.year = $1 and l.unit_id in (select id from tree)
     group by p.id, p.document_number`,
};

/** Every hand-written query at once on a pool, as the service runs its queries, then shaped for comparison. */
async function sqlRollup(pool) {
  const asOf = `${YEAR}-12-31`;
  const params = { findings: [YEAR, asOf], indexTrend: [] };
  const names = Object.keys(HAND_SQL);
  const results = await Promise.all(names.map((n) => pool.query(HAND_SQL[n], params[n] ?? [YEAR])));
  const r = Object.fromEntries(names.map((n, i) => [n, results[i].rows]));
  const inspected = r.coverage.filter((u) => u.visits > 0).length;
  const figure = (row) => ({
    passed: row.passed,
    failed: row.failed,
    notApplicable: row.na,
    passedPoints: row.passed_points,
    applicablePoints: row.applicable_points,
  });
  const level = (name) => r.compliance.filter((row) => row.level === name);
  const findingTotal = r.findings.find((row) => row.group_code === null && row.severity === null);
  return {
    coverage: { inScope: r.coverage.length, inspected, notInspected: r.coverage.filter((u) => u.visits === 0).length },
    total: figure(level('TOTAL')[0]),
    byGroup: Object.fromEntries(level('GROUP').map((row) => [row.group_code, figure(row)])),
    byItem: Object.fromEntries(level('ITEM').map((row) => [row.item_code, figure(row)])),
    byUnit: Object.fromEntries(level('UNIT').map((row) => [row.unit_id, figure(row)])),
    findings: {
      total: findingTotal.total,
      fixedOnTime: findingTotal.fixed_on_time,
      fixedLate: findingTotal.fixed_late,
      overdue: findingTotal.overdue,
      open: findingTotal.open,
      repeat: findingTotal.repeat,
      rows: r.findings.length - 1,
    },
    documents: r.documents.reduce((sum, row) => sum + row.n, 0),
    tthc: r.tthc.reduce((sum, row) => sum + row.procedures, 0),
    indexTrend: r.indexTrend.length,
    unfinishedPlans: r.planGaps.filter((row) => row.kind === 'UNFINISHED' && row.not_done > 0).length,
  };
}

/** The differences between the GraphQL roll-up and the hand-written SQL figures (empty: they match). */
function compare(g, s) {
  const diffs = [];
  const same = (label, a, b) => {
    const equal =
      typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b)) : a === b;
    if (!equal) diffs.push(`${label}: GraphQL ${a}, SQL ${b}`);
  };
  const figures = (label, list, byKey) => {
    same(`${label} count`, list.length, Object.keys(byKey).length);
    for (const f of list) {
      const expected = byKey[f.key];
      if (!expected) {
        diffs.push(`${label} ${f.key}: missing in SQL`);
        continue;
      }
      for (const k of Object.keys(expected)) same(`${label} ${f.key} ${k}`, f[k], expected[k]);
    }
  };
  same('coverage.inScope', g.coverage.inScope, s.coverage.inScope);
  same('coverage.inspected', g.coverage.inspected, s.coverage.inspected);
  same('coverage.unitsNotInspected', g.coverage.unitsNotInspected.length, s.coverage.notInspected);
  for (const k of Object.keys(s.total)) same(`compliance.total.${k}`, g.compliance.total[k], s.total[k]);
  figures('byGroup', g.compliance.byGroup, s.byGroup);
  figures('byItem', g.compliance.byItem, s.byItem);
  figures('byUnit', g.compliance.byUnit, s.byUnit);
  for (const k of ['total', 'fixedOnTime', 'fixedLate', 'overdue', 'open', 'repeat']) {
    same(`findings.total.${k}`, g.findings.total[k], s.findings[k]);
  }
  same('findings.byGroupAndSeverity rows', g.findings.byGroupAndSeverity.length, s.findings.rows);
  same('repeatFindings', g.repeatFindings, s.findings.repeat);
  same(
    'documents',
    g.documents.reduce((sum, d) => sum + d.count, 0),
    s.documents,
  );
  same('tthc.total', g.tthc.total, s.tthc);
  same('indexTrend', g.indexTrend.length, s.indexTrend);
  same(
    'PLAN_NOT_FINISHED warnings',
    g.warnings.filter((w) => w.code === 'PLAN_NOT_FINISHED').length,
    s.unfinishedPlans,
  );
  return diffs;
}

// ---------- measuring ----------

/** Warm-up runs, then `runs` runs alternating which side goes first; the last results are compared. */
async function measure(caller, pool, runs) {
  for (let i = 0; i < WARMUP; i++) {
    await graphqlRollup(caller);
    await sqlRollup(pool);
  }
  const graphql = [];
  const sql = [];
  let g;
  let s;
  const timeGraphql = async () => {
    const started = now();
    g = await graphqlRollup(caller);
    graphql.push(now() - started);
  };
  const timeSql = async () => {
    const started = now();
    s = await sqlRollup(pool);
    sql.push(now() - started);
  };
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      await timeGraphql();
      await timeSql();
    } else {
      await timeSql();
      await timeGraphql();
    }
  }
  return { graphql: stats(graphql), sql: stats(sql), diffs: compare(g, s), rollup: g, figures: s };
}

// ---------- main ----------

async function main() {
  const started = now();
  const { hashPassword } = await importServer('features/auth/password.js');
  check(
    STEPS.every((n, i) => Number.isInteger(n) && n > (STEPS[i - 1] ?? 0)),
    'BENCH_STEPS must grow',
  );

  await adminQuery(ADMIN_URL, `drop database if exists "${DATABASE}" with (force)`);
  await adminQuery(ADMIN_URL, `create database "${DATABASE}"`);
  const url = databaseUrl(ADMIN_URL, DATABASE);
  let app = null;
  let db = null;
  let pool = null;
  let interrupted = false;
  const cleanUp = async () => {
    if (pool) await pool.end().catch(() => {});
    if (db) await db.end().catch(() => {});
    if (app) await app.close().catch(() => {});
    pool = db = app = null;
    if (!KEEP_DATABASE) await adminQuery(ADMIN_URL, `drop database if exists "${DATABASE}" with (force)`);
    console.log(`database ${DATABASE} ${KEEP_DATABASE ? 'kept' : 'dropped'}`);
  };
  process.once('SIGINT', () => {
    interrupted = true;
    cleanUp().finally(() => process.exit(130));
  });
  try {
    console.log(
      `database ${DATABASE}; roll-up of ${YEAR}, data ${FIRST_YEAR}-${YEAR}, ${VISITS_PER_YEAR} visits per unit a year, ` +
        `${ITEMS} items per visit; ${WARMUP} warm-up runs, then ${RUNS} runs per size (${FULL_RUNS} at the full size)`,
    );
    // createApp applies every migration to the new database, as a server start does.
    let serverUrl;
    ({ app, url: serverUrl } = await startApp({
      database: { url, kind: 'postgresql', poolSize: POOL_SIZE, close: async () => {} },
      seedDemo: false,
    }));
    db = new pg.Client({ connectionString: url });
    await db.connect();
    pool = new pg.Pool({ connectionString: url, max: POOL_SIZE });

    const generation = [];
    let t = now();
    await generateBase(db, await hashPassword(DEMO_PASSWORD));
    generation.push(['department, accounts, checklist, plans, registers', now() - t]);
    const leader = await new Caller(serverUrl).signIn('lanhdao');

    const sizes = [];
    let units = 0;
    for (const [index, step] of STEPS.entries()) {
      t = now();
      await generateUnits(db, units + 1, step);
      generation.push([`units ${units + 1}-${step} (${YEARS} years each), then vacuum analyze`, now() - t]);
      units = step;
      const size = await dataSize(db);
      const full = index === STEPS.length - 1;
      const m = await measure(leader, pool, full ? FULL_RUNS : RUNS);
      sizes.push({ ...size, ...m });
      console.log(
        `${int(size.answers)} answers (${size.units} units): GraphQL median ${ms(m.graphql.median)} ms, ` +
          `SQL median ${ms(m.sql.median)} ms, figures ${m.diffs.length === 0 ? 'match' : 'DIFFER'}`,
      );
    }

    const last = sizes.at(-1);
    const generationMs = generation.reduce((sum, [, value]) => sum + value, 0);
    console.log('');
    console.log(
      table(
        ['generation (in SQL)', 's'],
        [...generation.map(([l, v]) => [l, (v / 1000).toFixed(1)]), ['total', (generationMs / 1000).toFixed(1)]],
      ),
    );
    console.log(
      `full data: ${last.units} units, ${int(last.visits)} approved visits, ${int(last.answers)} answers, ` +
        `${int(last.findings)} findings; ${int(last.year_answers)} answers in the ${YEAR} scope`,
    );

    console.log('');
    const ratioMedian = last.graphql.median / last.sql.median;
    const ratioP95 = last.graphql.p95 / last.sql.p95;
    console.log(
      table(
        [`roll-up of ${YEAR}, ${int(last.answers)} answers (ms, ${FULL_RUNS} runs)`, 'median', 'p95', 'min', 'max'],
        [
          [
            'GraphQL `rollup` over HTTP (leadership)',
            ...['median', 'p95', 'min', 'max'].map((k) => ms(last.graphql[k])),
          ],
          [
            'hand-written SQL, plain pg (7 queries on a pool)',
            ...['median', 'p95', 'min', 'max'].map((k) => ms(last.sql[k])),
          ],
        ],
      ),
    );
    console.log(`ratio GraphQL / SQL: median ${ratioMedian.toFixed(2)}, p95 ${ratioP95.toFixed(2)}`);
    const ratioSpread = `spread ${(last.graphql.min / last.sql.max).toFixed(2)}-${(last.graphql.max / last.sql.min).toFixed(2)}`;
    console.log(
      `target ratio ≤ ${TARGET_RATIO}: ${ratioMedian <= TARGET_RATIO ? 'PASS' : 'FAIL'} (median ${ratioMedian.toFixed(2)}, ${ratioSpread})`,
    );
    if (ratioMedian > TARGET_RATIO) process.exitCode = 1;
    console.log(
      `time per answer of ${YEAR}: GraphQL ${((last.graphql.median * 1000) / last.year_answers).toFixed(3)} µs, ` +
        `SQL ${((last.sql.median * 1000) / last.year_answers).toFixed(3)} µs`,
    );
    const g = last.rollup;
    console.log(
      `figures ${last.diffs.length === 0 ? 'match' : 'DIFFER'}: coverage ${g.coverage.inspected}/${g.coverage.inScope}, ` +
        `compliance ${(g.compliance.total.ratio * 100).toFixed(2)}% (${int(g.compliance.total.passedPoints)} of ` +
        `${int(g.compliance.total.applicablePoints)} points; ${int(g.compliance.total.notApplicable)} Không áp dụng left out), ` +
        `findings ${int(g.findings.total.total)} (on time ${int(g.findings.total.fixedOnTime)}, late ${int(g.findings.total.fixedLate)}, ` +
        `overdue ${int(g.findings.total.overdue)}, open ${int(g.findings.total.open)}, repeat ${int(g.findings.total.repeat)})`,
    );
    for (const size of sizes) {
      for (const d of size.diffs.slice(0, 10)) console.log(`  differs at ${int(size.answers)} answers: ${d}`);
    }

    console.log('');
    console.log(`growth: the data grows by units (every size has all ${YEARS} years); the roll-up covers ${YEAR} only`);
    const first = sizes[0];
    console.log(
      table(
        [
          'answers',
          'units',
          `answers in ${YEAR}`,
          'GraphQL ms',
          'SQL ms',
          'GraphQL ms/1k',
          'SQL ms/1k',
          'data x',
          'GraphQL time x',
          'SQL time x',
        ],
        sizes.map((s) => [
          int(s.answers),
          s.units,
          int(s.year_answers),
          ms(s.graphql.median),
          ms(s.sql.median),
          (s.graphql.median / (s.year_answers / 1000)).toFixed(2),
          (s.sql.median / (s.year_answers / 1000)).toFixed(2),
          (s.answers / first.answers).toFixed(1),
          (s.graphql.median / first.graphql.median).toFixed(1),
          (s.sql.median / first.sql.median).toFixed(1),
        ]),
      ),
    );
    // Growth exponent between sizes: log(time ratio) / log(data ratio); 1 is linear, above 1 faster than the data.
    const exponents = sizes
      .slice(1)
      .map((s, i) => Math.log(s.graphql.median / sizes[i].graphql.median) / Math.log(s.answers / sizes[i].answers));
    if (exponents.length > 0) {
      const overall = Math.log(last.graphql.median / first.graphql.median) / Math.log(last.answers / first.answers);
      console.log(
        `GraphQL time growth exponent per step (1 = linear): ${exponents.map((e) => e.toFixed(2)).join(', ')}; ` +
          `overall ${overall.toFixed(2)}`,
      );
      console.log(
        `target time grows no faster than the data: ${exponents.every((e) => e <= 1) ? 'PASS' : 'FAIL'} ` +
          `(largest step exponent ${Math.max(...exponents).toFixed(2)})`,
      );
      if (!exponents.every((e) => e <= 1)) process.exitCode = 1;
    }
    console.log(`whole run ${((now() - started) / 1000).toFixed(1)} s`);
  } finally {
    if (!interrupted) await cleanUp();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
