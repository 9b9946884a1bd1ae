import type { EntityManager } from '@mikro-orm/postgresql';
import { ChecklistItem } from '../checklists/checklist.entity.js';
import { User } from '../users/user.entity.js';
import { Visit } from '../visits/visit.entity.js';
import type { AuditEntry } from './audit-entry.entity.js';

/** The checklist item code an entry names, in its state after the change or else before it. */
export function itemCodeOf(entry: Pick<AuditEntry, 'before' | 'after'>): string | null {
  const code = entry.after?.itemCode ?? entry.before?.itemCode;
  return typeof code === 'string' && code !== '' ? code : null;
}

/**
 * Fills in what only the server knows about a history's entries: the actor's role and the label of the
 * checklist item an entry names. How an entry reads (its sentence, its values) is the client's
 * (client/src/features/audit/history.ts); this only resolves references to other records.
 */
export async function resolveAuditReferences(em: EntityManager, entries: AuditEntry[]): Promise<AuditEntry[]> {
  const actorIds = [...new Set(entries.flatMap((entry) => (entry.actorId ? [entry.actorId] : [])))];
  const actors = actorIds.length > 0 ? await em.find(User, { id: { $in: actorIds } }, { fields: ['id', 'role'] }) : [];
  const roleOf = new Map(actors.map((actor) => [actor.id, actor.role]));

  const visitIds = [...new Set(entries.flatMap((e) => (e.visitId && itemCodeOf(e) ? [e.visitId] : [])))];
  const labels = new Map<string, string>();
  if (visitIds.length > 0) {
    const visits = await em.find(Visit, { id: { $in: visitIds } }, { fields: ['id', 'templateVersion'] });
    for (const visit of visits) {
      if (!visit.templateVersion) continue;
      const items = await em.find(
        ChecklistItem,
        { group: { version: visit.templateVersion.id } },
        { fields: ['code', 'text'] },
      );
      for (const item of items) labels.set(`${visit.id}:${item.code}`, `${item.code} ${item.text}`);
    }
  }
  for (const entry of entries) {
    entry.actorRole = entry.actorId ? (roleOf.get(entry.actorId) ?? null) : null;
    const code = itemCodeOf(entry);
    entry.itemLabel = code && entry.visitId ? (labels.get(`${entry.visitId}:${code}`) ?? code) : null;
  }
  return entries;
}
