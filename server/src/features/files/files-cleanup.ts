import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { AppConfig } from '../../common/config.js';
import { sql } from '../../common/sql.js';
import { executeSql } from '../../db/read-path/read-rows.js';
import type { RecurringJob } from '../../jobs/job-queue.js';
import type { FileStorage } from './file-storage.js';

export interface FilesCleanupResult {
  abandonedUploads: number;
  unattachedFiles: number;
}

/**
 * Removes what uploads leave behind: unfinished uploads that got no piece for `abandonedUploadHours`
 * (their pieces go with them), and uploaded files attached to nothing `unattachedFileDays` after their
 * upload (a photo the phone removed, or whose record never came; a file cited as self-assessment evidence is in use). A file attached meanwhile is kept:
 * each file is deleted under the same lock as its upload, only if no attachment refers to it, and the
 * attachment's (or the evidence's) foreign key refuses the delete if one is being added at that moment.
 */
export async function cleanUpFiles(
  em: EntityManager,
  storage: FileStorage,
  limits: { abandonedUploadHours: number; unattachedFileDays: number },
  now = new Date(),
): Promise<FilesCleanupResult> {
  const uploadsBefore = new Date(now.getTime() - limits.abandonedUploadHours * 3_600_000);
  const abandoned = await executeSql<{ id: string }[]>(
    em,
    sql`delete from file_upload where updated_at < ${uploadsBefore} returning id`,
  );

  const filesBefore = new Date(now.getTime() - limits.unattachedFileDays * 86_400_000);
  const candidates = await executeSql<{ id: string }[]>(
    em,
    sql`select f.id from stored_file f where f.created_at < ${filesBefore}
      and not exists (select 1 from attachment a where a.file_id = f.id)
      and not exists (select 1 from assessment_evidence e where e.file_id = f.id) order by f.created_at limit 1000`,
  );
  let unattachedFiles = 0;
  for (const { id } of candidates) {
    let removed = false;
    try {
      removed = await em.transactional(async (tx) => {
        await executeSql(tx, sql`select pg_advisory_xact_lock(hashtextextended(${id}, 0))`);
        const rows = await executeSql<{ id: string }[]>(
          tx,
          sql`delete from stored_file f where f.id = ${id} and not exists (select 1 from attachment a where a.file_id = f.id)
            and not exists (select 1 from assessment_evidence e where e.file_id = f.id) returning f.id`,
        );
        if (rows.length === 0) return false;
        await executeSql(tx, sql`delete from file_blob where file_id = ${id}`);
        return true;
      });
    } catch (err) {
      // 23503: attached at this very moment (the attachment's foreign key): it stays.
      if ((err as { code?: string }).code !== '23503') throw err;
    }
    if (removed) {
      await storage.discard(id);
      unattachedFiles += 1;
    }
  }
  return { abandonedUploads: abandoned.length, unattachedFiles };
}

/** The cleanup as a recurring job: every hour, at minute 23 (away from the hour's other work). */
export function filesCleanupJob(
  orm: MikroORM,
  storage: FileStorage,
  config: Pick<AppConfig, 'abandonedUploadHours' | 'unattachedFileDays'>,
): RecurringJob {
  return {
    name: 'files-cleanup',
    cron: '23 * * * *',
    run: () => cleanUpFiles(orm.em.fork(), storage, config),
  };
}
