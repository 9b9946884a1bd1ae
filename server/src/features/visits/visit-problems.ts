import type { EntityManager } from '@mikro-orm/postgresql';
import type { ChecklistItem, ChecklistVersion } from '../checklists/checklist.entity.js';
import { ChecklistsService } from '../checklists/checklists.service.js';
import { Finding } from '../findings/finding.entity.js';
import { Attachment, AttachmentKind, type Visit, VisitAnswer } from './visit.entity.js';
import { type ItemRule, visitProblems } from './visit-completeness.js';

/** The items of a checklist version, groups and items in their order. */
export function versionItems(version: ChecklistVersion): ChecklistItem[] {
  return version.groups
    .getItems()
    .sort((a, b) => a.position - b.position)
    .flatMap((g) => g.items.getItems().sort((a, b) => a.position - b.position));
}

/** What still stops a visit from being submitted, from its checklist version, answers and attachments. */
export function problemsOf(
  visit: Visit,
  version: ChecklistVersion,
  answers: VisitAnswer[],
  attachments: Attachment[],
  findings: Finding[],
) {
  return visitProblems({
    items: versionItems(version) as ItemRule[],
    answers: new Map(answers.map((a) => [a.item.id, a])),
    itemsWithPhoto: new Set(
      attachments.filter((a) => a.kind === AttachmentKind.PHOTO && a.item).map((a) => a.item?.id ?? ''),
    ),
    itemsWithFoundText: new Set(
      findings.filter((f) => f.fromFailedItem && f.item && f.foundText !== null).map((f) => f.item?.id ?? ''),
    ),
    hasTeamLeadSignature: attachments.some((a) => a.kind === AttachmentKind.SIGNATURE_TEAM_LEAD),
    hasUnitSignature: attachments.some((a) => a.kind === AttachmentKind.SIGNATURE_UNIT_REPRESENTATIVE),
    conclusion: visit.conclusion,
    attendeeCount: visit.attendees.length,
  });
}

/** What still stops the visit from being submitted, read afresh (submit checks it in its transaction). */
export async function readProblems(em: EntityManager, visit: Visit) {
  if (!visit.templateVersion) return [];
  const version = await new ChecklistsService(em).getVersion(visit.templateVersion.id, em);
  const answers = await em.find(VisitAnswer, { visit });
  const attachments = await em.find(Attachment, { visit });
  const findings = await em.find(Finding, { visit, fromFailedItem: true });
  return problemsOf(visit, version, answers, attachments, findings);
}
