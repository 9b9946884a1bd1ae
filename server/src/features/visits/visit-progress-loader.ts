import type { EntityManager } from '@mikro-orm/postgresql';
import type { VisitProgress } from './visit-progress.js';

/**
 * Whether an answer counts as given, as `isAnswered` decides it: a pass/fail or a number, or a text with
 * something other than the white space JavaScript's `trim()` removes.
 */
const ANSWERED_SQL = `case i.answer_type
    when 'PASS_FAIL' then a.pass_fail is not null
    when 'NUMBER' then a.number_value is not null
    else coalesce(a.text_value, '') ~ '[^[:space:]\\u00a0\\ufeff\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]'
  end`;

/** Per visit and checklist group of its frozen version: items and answered items, groups in order. */
const PROGRESS_SQL = `select v.id as visit_id, g.id as group_id, count(i.id)::int as total,
    (count(a.id) filter (where ${ANSWERED_SQL}))::int as answered
  from visit v
    join checklist_group g on g.version_id = v.template_version_id
    left join checklist_item i on i.group_id = g.id
    left join visit_answer a on a.visit_id = v.id and a.item_id = i.id
  where v.id = any(?::uuid[])
  group by v.id, g.id, g.position
  order by v.id, g.position`;

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
      const rows = await this.em.execute<{ visit_id: string; group_id: string; total: number; answered: number }[]>(
        PROGRESS_SQL,
        // One array literal: knex would spread a JavaScript array into a list of parameters.
        [`{${[...batch.keys()].join(',')}}`],
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
