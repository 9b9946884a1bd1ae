import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../common/sql.js';
import { executeSql } from '../../db/read-path/read-rows.js';
import type { VisitProgress } from './visit-progress.js';

/**
 * Whether an answer counts as given, as `isAnswered` decides it: a pass/fail or a number, or a text with
 * something other than the white space JavaScript's `trim()` removes.
 */
export const ANSWERED_SQL = `case i.answer_type
    when 'PASS_FAIL' then a.pass_fail is not null
    when 'NUMBER' then a.number_value is not null
    else coalesce(a.text_value, '') ~ '[^[:space:]\\u00a0\\ufeff\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]'
  end`;

/**
 * Per visit and checklist group of its frozen version: items and answered items, groups in order. The
 * item counts are taken once per checklist version, and the answers counted from the visits' own rows
 * (the visit_answer index on visit_id), rather than joining every item of every visit to its answer.
 */
const progressSql = (ids: string) => sql`with v as (
    select id, template_version_id from visit where id = any(${ids}::uuid[]) and template_version_id is not null
  ), totals as (
    select g.version_id, g.id as group_id, g.position, count(i.id)::int as total
    from checklist_group g left join checklist_item i on i.group_id = g.id
    where g.version_id in (select template_version_id from v)
    group by g.id
  ), answered as (
    select a.visit_id, i.group_id, count(*)::int as answered
    from visit_answer a join checklist_item i on i.id = a.item_id
    where a.visit_id = any(${ids}::uuid[]) and ${sql.raw(ANSWERED_SQL)}
    group by a.visit_id, i.group_id
  )
  select v.id as visit_id, t.group_id, t.total, coalesce(n.answered, 0) as answered
  from v join totals t on t.version_id = v.template_version_id
    left join answered n on n.visit_id = v.id and n.group_id = t.group_id
  order by v.id, t.position`;

/**
 * The progress of every visit a request asks about, read in one query: a list of visits asks for each
 * row's progress in the same tick, and the loader answers them together instead of loading each
 * visit's checklist version and answers (which cost two queries per row). Nothing is kept between
 * batches, so a later call in the same request reads the database again.
 */
export class VisitProgressLoader {
  private static readonly byEntityManager = new WeakMap<EntityManager, VisitProgressLoader>();

  /** The loader of one request (its EntityManager fork). */
  static of(em: EntityManager): VisitProgressLoader {
    let loader = VisitProgressLoader.byEntityManager.get(em);
    if (!loader) {
      loader = new VisitProgressLoader(em);
      VisitProgressLoader.byEntityManager.set(em, loader);
    }
    return loader;
  }

  private pending = new Map<string, { resolve: (p: VisitProgress) => void; reject: (e: unknown) => void }[]>();

  private constructor(private readonly em: EntityManager) {}

  /** The progress of a started visit (one with a frozen checklist version). */
  load(visitId: string): Promise<VisitProgress> {
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) setImmediate(() => void this.flush());
      const waiting = this.pending.get(visitId);
      if (waiting) waiting.push({ resolve, reject });
      else this.pending.set(visitId, [{ resolve, reject }]);
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    try {
      // One array literal: knex would spread a JavaScript array into a list of parameters.
      const ids = `{${[...batch.keys()].join(',')}}`;
      const rows = await executeSql<{ visit_id: string; group_id: string; total: number; answered: number }[]>(
        this.em,
        progressSql(ids),
      );
      const progress = new Map<string, VisitProgress>();
      for (const id of batch.keys()) progress.set(id, { answered: 0, total: 0, groups: [] });
      for (const row of rows) {
        const p = progress.get(row.visit_id);
        if (!p) continue;
        p.groups.push({ groupId: row.group_id, total: row.total, answered: row.answered });
        p.total += row.total;
        p.answered += row.answered;
      }
      for (const [id, waiting] of batch) for (const w of waiting) w.resolve(progress.get(id) as VisitProgress);
    } catch (err) {
      for (const waiting of batch.values()) for (const w of waiting) w.reject(err);
    }
  }
}
