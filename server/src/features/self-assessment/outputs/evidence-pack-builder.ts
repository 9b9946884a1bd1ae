import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { ZipFile } from 'yazl';
import { AppError } from '../../../common/app-error.js';
import type { Logger } from '../../../common/logger.js';
import { sql } from '../../../common/sql.js';
import { executeSql } from '../../../db/read-path/read-rows.js';
import type { RequestedJob } from '../../../jobs/job-queue.js';
import { AgencyService } from '../../agency/agency.service.js';
import { agencyOn } from '../../agency/issuing-agency.js';
import { DocumentsService } from '../../documents/documents.service.js';
import type { FileStorage } from '../../files/file-storage.js';
import { Unit } from '../../units/unit.entity.js';
import { User } from '../../users/user.entity.js';
import { evidenceRecordFacts } from '../evidence-records.js';
import { AssessmentEvidence } from '../self-assessment.entity.js';
import { manifestWorkbook, type WrittenEntry } from './evidence-manifest.js';
import { EvidencePack, EvidencePackStatus } from './evidence-pack.entity.js';
import { EvidencePackErrors } from './evidence-pack.errors.js';
import { manifestName, type PackEntry, type PackEvidence, planPack, worthCompressing } from './evidence-pack-plan.js';
import { type IssuerOn, listingText, type RecordDetails, recordDetails } from './pack-records.js';

export const EVIDENCE_PACK_JOB = 'evidence-pack';
/** The .zip is stored in pieces of this size as it is written: a pack never sits whole in memory. */
export const PACK_PIECE_BYTES = 1024 * 1024;
/** A run of the job taking longer is taken as lost with its instance (a year's pack takes minutes). */
export const PACK_EXPIRE_SECONDS = 2 * 60 * 60;
/** How often the progress is written while files go in. */
const PROGRESS_EVERY_MS = 250;

interface Planned {
  entries: PackEntry[];
  /** The details of each record cited, by its id, for the listings. */
  details: Map<string, RecordDetails | null>;
}

/** The assessment's evidence, criterion by criterion in the set's order, with what the pack needs of each. */
async function plan(em: EntityManager, pack: EvidencePack): Promise<Planned> {
  const assessment = pack.assessment;
  const rows = await em.find(
    AssessmentEvidence,
    { score: { assessment, criterion: { set: assessment.criteriaSet } } },
    { populate: ['score.criterion', 'file'], orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
  );
  rows.sort((a, b) => a.score.criterion.position - b.score.criterion.position);
  const department = await em.findOneOrFail(Unit, { parent: null }, { orderBy: { code: 'asc' } });
  const identities = await new AgencyService(em).identities();
  const issuerOn: IssuerOn = (day) => agencyOn(identities, day, department);
  const details = new Map<string, RecordDetails | null>();
  const evidence: PackEvidence[] = [];
  for (const e of rows) {
    let record: PackEvidence['record'] = null;
    if (e.recordKind && e.recordId) {
      const facts = await evidenceRecordFacts(em, e.recordKind, e.recordId);
      const found = facts ? await recordDetails(em, e.recordKind, e.recordId, issuerOn) : null;
      details.set(e.recordId, found);
      record = {
        kind: e.recordKind,
        id: e.recordId,
        label: facts?.label ?? null,
        visitId: found?.visitId ?? null,
        hasMinutes: found?.hasMinutes ?? false,
        notice: found?.notice ?? null,
        documentNumber: found?.documentNumber ?? null,
        documentDate: found?.documentDate ?? null,
        issuer: found?.issuer ?? null,
      };
    }
    evidence.push({
      criterionCode: e.score.criterion.code,
      criterionText: e.score.criterion.text,
      file: e.file ? { id: e.file.id, mimeType: e.file.mimeType } : null,
      record,
      documentNumber: e.documentNumber,
      documentDate: e.documentDate,
      issuer: e.issuer,
      pointer: e.pointer,
      note: e.note,
    });
  }
  return { entries: planPack(evidence), details };
}

/**
 * Builds one evidence pack: the files in the planned order, each produced only when the zip writer
 * reaches it (an upload read from the storage, a visit's document rendered, a record's listing), the
 * manifest last with each file's size and SHA-256, the .zip written to the database piece by piece.
 */
export class EvidencePackBuilder {
  constructor(
    private readonly orm: MikroORM,
    private readonly storage: FileStorage,
    private readonly logger: Logger,
  ) {}

  async build(packId: string): Promise<void> {
    const em = this.orm.em.fork();
    const pack = await em.findOne(EvidencePack, { id: packId }, { populate: ['assessment.criteriaSet'] });
    if (!pack || pack.status === EvidencePackStatus.DONE || pack.status === EvidencePackStatus.FAILED) return;
    try {
      await executeSql(em, sql`delete from evidence_pack_piece where pack_id = ${pack.id}`);
      const planned = await plan(em, pack);
      await this.progress(em, pack.id, {
        status: EvidencePackStatus.RUNNING,
        startedAt: new Date(),
        done: 0,
        total: planned.entries.length + 1,
      });
      const size = await this.write(em, pack, planned);
      await this.progress(em, pack.id, {
        status: EvidencePackStatus.DONE,
        done: planned.entries.length + 1,
        size,
        files: planned.entries.length + 1,
        finishedAt: new Date(),
      });
    } catch (err) {
      const known = err instanceof AppError ? err : EvidencePackErrors.failed();
      if (!(err instanceof AppError)) this.logger.error({ err, packId }, 'evidence pack failed');
      await executeSql(em, sql`delete from evidence_pack_piece where pack_id = ${pack.id}`);
      await this.progress(em, pack.id, {
        status: EvidencePackStatus.FAILED,
        errorCode: known.code,
        errorMessage: known.message,
        finishedAt: new Date(),
      });
    }
  }

  private progress(em: EntityManager, id: string, fields: Partial<EvidencePack>): Promise<number> {
    return em.nativeUpdate(EvidencePack, { id }, fields);
  }

  /** The .zip into the pack's pieces; resolves with its size. */
  private async write(em: EntityManager, pack: EvidencePack, planned: Planned): Promise<number> {
    const user = await em.findOneOrFail(User, { id: pack.requestedBy.id });
    const documents = new DocumentsService(em, this.storage);
    const written: WrittenEntry[] = [];
    let done = 0;
    let reported = Date.now();
    const zip = new ZipFile();
    const failed = new Promise<never>((_, reject) => zip.on('error', reject));
    const mtime = pack.createdAt;
    const lazily = (path: string, produce: () => Promise<Buffer>, onBytes?: (bytes: Buffer) => void) =>
      zip.addReadStreamLazy(path, { compress: worthCompressing(path), mtime }, (cb) => {
        produce().then(
          async (bytes) => {
            onBytes?.(bytes);
            done += 1;
            if (Date.now() - reported >= PROGRESS_EVERY_MS) {
              reported = Date.now();
              await this.progress(em, pack.id, { done });
            }
            cb(null, Readable.from([bytes]));
          },
          (err: unknown) => cb(err, Readable.from([])),
        );
      });
    for (const entry of planned.entries) {
      lazily(
        entry.path,
        () => this.produce(em, documents, user, entry, planned),
        (bytes) =>
          written.push({ ...entry, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }),
      );
    }
    lazily(manifestName(pack.year), () => manifestWorkbook(pack.year, written));
    zip.end();
    return Promise.race([this.store(em, pack.id, zip.outputStream as Readable), failed]);
  }

  private async produce(
    em: EntityManager,
    documents: DocumentsService,
    user: User,
    entry: PackEntry,
    planned: Planned,
  ): Promise<Buffer> {
    const source = entry.source;
    switch (source.kind) {
      case 'FILE': {
        const bytes = await this.storage.get(em, source.fileId);
        if (!bytes) throw EvidencePackErrors.fileMissing(entry.criterionCode);
        return Buffer.from(bytes);
      }
      case 'MINUTES':
        return (await documents.render(user, source.visitId, 'minutes', 'docx')).bytes;
      case 'NOTICE':
        return (await documents.render(user, source.visitId, 'conclusion', 'docx')).bytes;
      case 'LISTING':
        return listingText({
          ...entry,
          lines: planned.details.get(source.recordId)?.lines ?? [],
        });
    }
  }

  /** Reads the zip as it is written and stores it in pieces, one insert at a time (the writer waits). */
  private async store(em: EntityManager, packId: string, stream: Readable): Promise<number> {
    let held: Buffer[] = [];
    let heldBytes = 0;
    let position = 0;
    let size = 0;
    const flush = async () => {
      if (heldBytes === 0) return;
      const data = Buffer.concat(held);
      held = [];
      heldBytes = 0;
      await executeSql(
        em,
        sql`insert into evidence_pack_piece (pack_id, position, data) values (${packId}, ${position}, ${data})`,
      );
      position += 1;
    };
    for await (const chunk of stream) {
      const bytes = chunk as Buffer;
      held.push(bytes);
      heldBytes += bytes.length;
      size += bytes.length;
      if (heldBytes >= PACK_PIECE_BYTES) await flush();
    }
    await flush();
    return size;
  }
}

/** The pack as a requested job: `{ packId }` from startEvidencePack. */
export function evidencePackJob(orm: MikroORM, storage: FileStorage, logger: Logger): RequestedJob<{ packId: string }> {
  const builder = new EvidencePackBuilder(orm, storage, logger);
  return {
    name: EVIDENCE_PACK_JOB,
    expireInSeconds: PACK_EXPIRE_SECONDS,
    retryLimit: 1,
    run: ({ packId }) => builder.build(packId),
  };
}
