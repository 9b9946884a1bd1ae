import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/ids.js';
import { todayLocalDate } from '../../common/local-date.js';
import { AgencyService } from '../agency/agency.service.js';
import { Capability, can } from '../auth/permissions.js';
import { ChecklistsService } from '../checklists/checklists.service.js';
import type { FileStorage } from '../files/file-storage.js';
import { Finding } from '../findings/finding.entity.js';
import { NoticeErrors } from '../notices/notices.errors.js';
import { NoticesService } from '../notices/notices.service.js';
import { departmentOf } from '../units/department-of.js';
import type { Unit } from '../units/unit.entity.js';
import { UnitVersion } from '../units/unit-version.entity.js';
import type { User } from '../users/user.entity.js';
import {
  Attachment,
  AttachmentKind,
  MINUTES_SIGNATURE_KINDS,
  Visit,
  VisitAnswer,
  VisitStatus,
} from '../visits/visit.entity.js';
import { canSeeVisit } from '../visits/visit-access.js';
import { versionItems } from '../visits/visit-problems.js';
import { VisitReads } from '../visits/visit-reads.js';
import { VisitErrors } from '../visits/visits.errors.js';
import { buildConclusionNotice, buildMinutes, type VisitDocumentData } from './document-model.js';
import { DocumentErrors } from './documents.errors.js';
import { renderDocx } from './docx-renderer.js';
import type { SignatureImage } from './official-document.js';
import { renderPdf } from './pdf-renderer.js';
import { signatureImage } from './signature-image.js';

export type VisitDocumentKind = 'minutes' | 'conclusion';
export type DocumentFormat = 'docx' | 'pdf';

export interface RenderedDocument {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

const FILE_PREFIX: Record<VisitDocumentKind, string> = {
  minutes: 'bien-ban-kiem-tra',
  conclusion: 'thong-bao-ket-luan-kiem-tra',
};

const CONTENT_TYPE: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** The minutes and the conclusion notice of a visit, as Word and PDF files. */
export class DocumentsService {
  constructor(
    private readonly em: EntityManager,
    private readonly storage: FileStorage,
  ) {}

  async render(
    user: User,
    visitId: string,
    kind: VisitDocumentKind,
    format: DocumentFormat,
  ): Promise<RenderedDocument> {
    const data = await this.load(user, visitId);
    // A notice the office has not issued is a draft for the office and the team, not for the unit.
    if (
      kind === 'conclusion' &&
      !data.notice &&
      !can(user, Capability.VISIT_READ_ALL) &&
      !can(user, Capability.VISIT_READ_TEAM)
    ) {
      throw NoticeErrors.notIssued();
    }
    const model = kind === 'minutes' ? buildMinutes(data) : buildConclusionNotice(data);
    const bytes = format === 'docx' ? await renderDocx(model) : await renderPdf(model);
    const code = data.unit.code.replace(/[^A-Za-z0-9-]+/g, '-');
    return {
      fileName: `${FILE_PREFIX[kind]}-${code}-${data.visitDate}.${format}`,
      contentType: CONTENT_TYPE[format],
      bytes,
    };
  }

  /** Everything the documents say, for a visit the user may see that has started. */
  async load(user: User, visitId: string): Promise<VisitDocumentData> {
    const em = this.em;
    const visit = isUuid(visitId)
      ? await em.findOne(Visit, { id: visitId }, { populate: ['unit', 'team', 'planLine.plan'] })
      : null;
    if (!visit || !(await canSeeVisit(em, user, visit))) throw VisitErrors.notFound();
    if (visit.status === VisitStatus.PLANNED || !visit.templateVersion || !visit.visitDate) {
      throw DocumentErrors.visitNotStarted();
    }

    const version = await new ChecklistsService(em).getVersion(visit.templateVersion.id, em);
    const answers = new Map((await em.find(VisitAnswer, { visit })).map((a) => [a.item.id, a]));
    const findings = await em.find(
      Finding,
      { visit },
      { populate: ['item'], orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    const department = await departmentOf(em, visit.unit);
    const notice = await new NoticesService(em).noticeOf(visit.id);
    const itemIds = new Set(versionItems(version).map((i) => i.id));
    const plan = visit.planLine?.plan ?? null;
    const reads = new VisitReads(em);
    const members = await reads.teamMembers(visit.team.id);
    const unitHeads = await reads.unitHeads(visit.unit.id);
    const signedAt = await this.lastSignedAt(visit);
    const agencyIdentities = await new AgencyService(em).identities();

    return {
      department: { code: department.code, name: department.name },
      agencyIdentities,
      unit: await unitAsOf(em, visit.unit, visit.visitDate),
      visitDate: visit.visitDate,
      startedAt: visit.startedAt,
      endedAt: signedAt ?? visit.submittedAt,
      approvedOn: visit.approvedAt ? todayLocalDate(visit.approvedAt) : null,
      plan: plan ? { documentNumber: plan.documentNumber, documentDate: plan.documentDate } : null,
      team: {
        name: visit.team.name,
        decisionNumber: visit.team.decisionNumber,
        decisionDate: visit.team.decisionDate,
        members,
      },
      attendees: visit.attendees,
      unitHeads,
      groups: version.groups
        .getItems()
        .sort((a, b) => a.position - b.position)
        .map((group) => ({
          code: group.code,
          title: group.title,
          items: group.items
            .getItems()
            .filter((item) => itemIds.has(item.id))
            .sort((a, b) => a.position - b.position)
            .map((item) => {
              const answer = answers.get(item.id);
              return {
                code: item.code,
                text: item.text,
                answerType: item.answerType,
                answer: answer
                  ? {
                      passFail: answer.passFail,
                      numberValue: answer.numberValue,
                      textValue: answer.textValue,
                      note: answer.note,
                    }
                  : null,
              };
            }),
        })),
      findings: findings.map((f) => ({
        foundText: f.foundText,
        requirement: f.item?.text ?? null,
        severity: f.severity,
        recommendation: f.recommendation,
        deadline: f.deadline,
      })),
      conclusion: visit.conclusion,
      notice: notice
        ? {
            number: notice.number,
            issuedOn: notice.issuedOn,
            strengths: notice.strengths,
            reportDueOn: notice.reportDueOn,
            signerName: notice.signerName,
          }
        : null,
      unitComments: visit.unitComments,
      signatures: {
        unitRepresentative: await this.signature(visit, AttachmentKind.SIGNATURE_UNIT_REPRESENTATIVE),
        teamLead: await this.signature(visit, AttachmentKind.SIGNATURE_TEAM_LEAD),
        secretary: await this.signature(visit, AttachmentKind.SIGNATURE_SECRETARY),
      },
    };
  }

  /** When the latest signature was drawn: the minutes close then. */
  private async lastSignedAt(visit: Visit): Promise<Date | null> {
    const last = await this.em.findOne(
      Attachment,
      { visit, kind: { $in: MINUTES_SIGNATURE_KINDS } },
      { orderBy: { createdAt: 'desc' } },
    );
    return last?.createdAt ?? null;
  }

  /** The latest drawn signature of a kind, if its bytes are still stored. */
  private async signature(visit: Visit, kind: AttachmentKind): Promise<SignatureImage | null> {
    const attachment = await this.em.findOne(
      Attachment,
      { visit, kind },
      { populate: ['file'], orderBy: { createdAt: 'desc' } },
    );
    if (!attachment) return null;
    const bytes = await this.storage.get(this.em, attachment.file.id);
    return bytes ? signatureImage(Buffer.from(bytes)) : null;
  }
}

/** The visited unit as it was on the day of the visit (its version then), so a later rename leaves the minutes as they were. */
async function unitAsOf(em: EntityManager, unit: Unit, day: string): Promise<VisitDocumentData['unit']> {
  const version = await em.findOne(UnitVersion, { unit, validFrom: { $lte: day } }, { orderBy: { validFrom: 'desc' } });
  const source = version ?? unit;
  return { code: source.code, name: source.name, address: source.address };
}
