import type { EntityManager } from '@mikro-orm/postgresql';
import { type CriterionDraft, LEVELS } from './criteria-rules.js';
import { type CriteriaSet, Criterion } from './criteria-set.entity.js';

/** A criterion as a set stores it: the tree's fields and what a person reads about scoring it. */
export type StoredCriterionDraft = CriterionDraft & { guidance: string | null; expectedEvidence: string | null };

/**
 * The criteria of a set, in the given order (a sheet may list a child before its parent: parents are
 * joined once all exist): the level from the code's depth, a leaf when no criterion names it as parent.
 * The one way a set's criteria are made, by the Excel import and by the demo data alike.
 */
export function createCriteria(
  em: EntityManager,
  set: CriteriaSet,
  drafts: readonly StoredCriterionDraft[],
): Criterion[] {
  const parents = new Set(drafts.map((d) => d.parentCode));
  const byCode = new Map<string, Criterion>();
  const criteria = drafts.map((d, i) => {
    const criterion = em.create(Criterion, {
      set,
      parent: null,
      position: i + 1,
      level: LEVELS[d.code.split('.').length - 1] ?? 'COMPONENT',
      code: d.code,
      text: d.text,
      maxPoints: d.maxPoints,
      isLeaf: !parents.has(d.code),
      guidance: d.guidance,
      bands: d.bands,
      scoreStep: d.scoreStep,
      expectedEvidence: d.expectedEvidence,
      measure: d.measure,
      measureParams: d.measureParams,
    });
    byCode.set(d.code, criterion);
    return criterion;
  });
  criteria.forEach((criterion, i) => {
    const parentCode = drafts[i]?.parentCode;
    if (parentCode) criterion.parent = byCode.get(parentCode) ?? null;
  });
  return criteria;
}
