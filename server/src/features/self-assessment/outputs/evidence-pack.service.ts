import { isReportYear } from '@kycuong/rules';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { isUuid } from '../../../common/ids.js';
import { sql } from '../../../common/sql.js';
import { executeSql, readRows } from '../../../db/read-path/read-rows.js';
import type { JobSender, RecurringJob } from '../../../jobs/job-queue.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { User } from '../../users/user.entity.js';
import type { AgencyKind } from '../criteria-set.entity.js';
import { CriteriaErrors } from '../self-assessment.errors.js';
import { EvidencePack, EvidencePackStatus } from './evidence-pack.entity.js';
import { EvidencePackErrors } from './evidence-pack.errors.js';
import { EVIDENCE_PACK_JOB, PACK_EXPIRE_SECONDS } from './evidence-pack-builder.js';
import { packFileName } from './evidence-pack-plan.js';
import { assessmentOfYear } from './scoring-table-data.js';

/** Packs are kept this long, then the cleanup job deletes them (a pack is made again in minutes). */
export const PACK_KEEP_DAYS = 7;
/** A pack asked for again while one is queued or running, within this time, is that pack. */
const STILL_BUILDING_MS = PACK_EXPIRE_SECONDS * 1000;

/**
 * The evidence packs of the self-assessments: asked for (the build runs in the background, see
 * evidence-pack-builder.ts), followed, downloaded piece by piece, deleted after PACK_KEEP_DAYS.
 */
export class EvidencePackService {
  constructor(
    private readonly em: EntityManager,
    private readonly jobs?: JobSender,
  ) {}

  /** Starts the pack of a year's assessment, or answers the one already being built. Audited on the assessment. */
  async start(actor: User, year: number, agencyKind: AgencyKind): Promise<EvidencePack> {
    if (!isReportYear(year)) throw CriteriaErrors.yearInvalid();
    const assessment = await assessmentOfYear(this.em, year, agencyKind);
    const building = await this.em.findOne(
      EvidencePack,
      {
        assessment,
        status: { $in: [EvidencePackStatus.QUEUED, EvidencePackStatus.RUNNING] },
        createdAt: { $gt: new Date(Date.now() - STILL_BUILDING_MS) },
      },
      { orderBy: { createdAt: 'desc' } },
    );
    if (building) return building;
    const pack = await this.em.transactional(async (em) => {
      const created = em.create(EvidencePack, {
        assessment,
        year,
        fileName: packFileName(year),
        requestedBy: actor,
      });
      em.persist(created);
      recordAudit(em, actor, {
        entityType: 'SelfAssessment',
        entityId: assessment.id,
        action: 'BUILD_EVIDENCE_PACK',
        after: { packId: created.id, year },
      });
      return created;
    });
    if (!this.jobs) throw new Error('no job queue to send the evidence pack to');
    try {
      await this.jobs.send(EVIDENCE_PACK_JOB, { packId: pack.id });
    } catch (err) {
      const failed = EvidencePackErrors.failed();
      await this.em.nativeUpdate(
        EvidencePack,
        { id: pack.id },
        { status: EvidencePackStatus.FAILED, errorCode: failed.code, errorMessage: failed.message },
      );
      throw err;
    }
    return pack;
  }

  async get(id: string): Promise<EvidencePack> {
    const pack = isUuid(id) ? await this.em.findOne(EvidencePack, { id }) : null;
    if (!pack) throw EvidencePackErrors.notFound();
    return pack;
  }

  /** The packs of a year, newest first (the last few). */
  ofYear(year: number): Promise<EvidencePack[]> {
    return this.em.find(EvidencePack, { year }, { orderBy: { createdAt: 'desc' }, limit: 5 });
  }

  /** A finished pack, to download; EVIDENCE_PACK_NOT_READY before it is done (or when it failed). */
  async finished(id: string): Promise<EvidencePack> {
    const pack = await this.get(id);
    if (pack.status !== EvidencePackStatus.DONE) throw EvidencePackErrors.notReady();
    return pack;
  }

  /** The pieces of a pack's .zip in order, each read only when the one before has been sent. */
  async *pieces(packId: string): AsyncGenerator<Buffer> {
    for (let position = 0; ; position += 1) {
      const [row] = await readRows<{ data: Buffer }>(
        this.em,
        sql`select data from evidence_pack_piece where pack_id = ${packId} and position = ${position}`,
      );
      if (!row) return;
      yield Buffer.from(row.data);
    }
  }
}

/** Deletes the packs made more than PACK_KEEP_DAYS ago, with their pieces. */
export async function cleanUpEvidencePacks(em: EntityManager, now = new Date()): Promise<{ packs: number }> {
  const before = new Date(now.getTime() - PACK_KEEP_DAYS * 86_400_000);
  const rows = await executeSql<{ id: string }[]>(
    em,
    sql`delete from evidence_pack where created_at < ${before} returning id`,
  );
  return { packs: rows.length };
}

/** The cleanup as a recurring job: every day at 03:41. */
export function evidencePacksCleanupJob(orm: MikroORM): RecurringJob {
  return { name: 'evidence-packs-cleanup', cron: '41 3 * * *', run: () => cleanUpEvidencePacks(orm.em.fork()) };
}
