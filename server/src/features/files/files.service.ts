import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppError } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import { sql } from '../../common/sql.js';
import { executeSql } from '../../db/read-path/read-rows.js';
import { Capability, can } from '../auth/permissions.js';
import { FindingsService } from '../findings/findings.service.js';
import type { User } from '../users/user.entity.js';
import { Attachment } from '../visits/visit.entity.js';
import { canSeeVisit } from '../visits/visit-access.js';
import { sniffDocumentType, startsAsZip } from './document-type.js';
import { type FileStorage, FileStorageError } from './file-storage.js';
import { FileErrors } from './files.errors.js';
import { sniffImageType } from './image-type.js';
import { FileUpload, StoredFile } from './stored-file.entity.js';

const SHA256 = /^[0-9a-f]{64}$/i;

/**
 * Who may upload documents (PDF, .docx) besides photos: those who attach evidence to the PAR INDEX
 * self-assessment. Field work (inspectors, unit heads) takes photos only.
 */
const mayUploadDocuments = (user: User) => can(user, Capability.SELF_ASSESSMENT_EDIT);

/** The answer to a storage failure; the system's own error stays as `cause`, for the log only. */
function storageFailure(err: unknown): AppError {
  const error =
    err instanceof FileStorageError && err.reason === 'full' ? FileErrors.storageFull() : FileErrors.storageFailed();
  error.cause = err;
  return error;
}

/** The limits on what one user may upload (from the config). */
export interface UploadLimits {
  /** Largest file. */
  maxBytes: number;
  /** Smallest piece but the last one. */
  minPieceBytes: number;
  /** Bytes one user may hold in unfinished uploads and in files attached to nothing. */
  quotaBytes: number;
}

/**
 * Bytes the user holds on the server that no record uses yet: what their unfinished uploads will take
 * (announced size) and their files attached to nothing. `exceptId`: the file being uploaded now.
 */
export async function heldUploadBytes(em: EntityManager, userId: string, exceptId: string): Promise<number> {
  const rows = await executeSql<{ bytes: string | number | null }[]>(
    em,
    sql`select coalesce((select sum(u.total_size) from file_upload u
                          where u.uploaded_by_id = ${userId} and u.id <> ${exceptId}), 0)
          + coalesce((select sum(f.size) from stored_file f where f.uploaded_by_id = ${userId} and f.id <> ${exceptId}
              and not exists (select 1 from attachment a where a.file_id = f.id)
              and not exists (select 1 from assessment_evidence e where e.file_id = f.id)), 0) as bytes`,
  );
  return Number(rows[0]?.bytes ?? 0);
}

export class FilesService {
  constructor(
    private readonly em: EntityManager,
    private readonly storage: FileStorage,
    private readonly limits: UploadLimits,
  ) {}

  /** Refuses a new file that would take the user past their quota. */
  private async checkQuota(em: EntityManager, user: User, id: string, size: number): Promise<void> {
    const held = await heldUploadBytes(em, user.id, id);
    if (held + size > this.limits.quotaBytes) throw FileErrors.quotaExceeded(this.limits.quotaBytes);
  }

  /**
   * Stores an image under the id the phone chose. Sending the same bytes again is a no-op that returns
   * the stored file (a retried upload); other bytes under a used id are refused.
   */
  async upload(user: User, id: string, bytes: Buffer, expectedSha256: string | null = null): Promise<StoredFile> {
    this.checkUploader(user, id);
    if (expectedSha256 !== null && !SHA256.test(expectedSha256)) throw FileErrors.badHash();
    if (bytes.length === 0) throw FileErrors.empty();
    if (bytes.length > this.limits.maxBytes) throw FileErrors.tooLarge(this.limits.maxBytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (expectedSha256 !== null && expectedSha256.toLowerCase() !== sha256) throw FileErrors.hashMismatch();
    return this.em.transactional(async (em) => {
      await executeSql(em, sql`select pg_advisory_xact_lock(hashtextextended(${id}, 0))`);
      const existing = await em.findOne(StoredFile, { id });
      if (!existing) await this.checkQuota(em, user, id, bytes.length);
      return this.store(em, user, id, bytes, sha256);
    });
  }

  /**
   * One piece of a photo sent in pieces (resumable). Each piece is stored as its own row, so a piece
   * costs its own bytes and never rewrites what arrived before. A piece must start where the received
   * bytes end; one that was already received (a retry after a lost answer) changes nothing, and one
   * that overlaps the end keeps only its new bytes. Every piece but the last has at least
   * `minPieceBytes`. The last piece completes the file: the pieces are read and hashed once, and the
   * file is stored only if it matches the announced SHA-256; otherwise the upload is dropped and the
   * phone starts again.
   */
  async uploadPiece(
    user: User,
    id: string,
    piece: Buffer,
    header: { offset: number; totalSize: number; sha256: string },
  ): Promise<{ file: StoredFile } | { offset: number }> {
    this.checkUploader(user, id);
    const sha256 = header.sha256.toLowerCase();
    if (!SHA256.test(sha256)) throw FileErrors.badHash();
    const { offset, totalSize } = header;
    if (!Number.isSafeInteger(totalSize) || totalSize <= 0) throw FileErrors.badPiece();
    if (totalSize > this.limits.maxBytes) throw FileErrors.tooLarge(this.limits.maxBytes);
    if (!Number.isSafeInteger(offset) || offset < 0 || piece.length === 0 || offset + piece.length > totalSize) {
      throw FileErrors.badPiece();
    }
    const last = offset + piece.length === totalSize;
    if (!last && piece.length < this.limits.minPieceBytes) throw FileErrors.pieceTooSmall(this.limits.minPieceBytes);
    // The first piece holds the image header: refuse a non-image before storing anything.
    if (offset === 0 && !sniffImageType(piece)) {
      // A .docx names its entries further in: its start is checked here, the whole file when it completes.
      if (!mayUploadDocuments(user)) throw FileErrors.notImage();
      if (!sniffDocumentType(piece) && !startsAsZip(piece)) throw FileErrors.typeNotAllowed();
    }
    const result = await this.em.transactional(async (em) => {
      await executeSql(em, sql`select pg_advisory_xact_lock(hashtextextended(${id}, 0))`);
      const existing = await em.findOne(StoredFile, { id });
      if (existing) {
        if (existing.sha256 !== sha256 || existing.uploadedBy.id !== user.id) throw FileErrors.conflict();
        return { file: existing };
      }
      let upload = await em.findOne(FileUpload, { id });
      if (upload && upload.uploadedBy.id !== user.id) throw FileErrors.conflict();
      if (upload && (upload.sha256 !== sha256 || upload.totalSize !== totalSize)) {
        // The phone started this photo again with other bytes: only from the start.
        if (offset !== 0) throw FileErrors.offsetMismatch(0);
        await executeSql(em, sql`delete from file_upload where id = ${id}`);
        em.clear();
        upload = null;
      }
      const receivedSize = upload?.receivedSize ?? 0;
      if (offset > receivedSize) throw FileErrors.offsetMismatch(receivedSize);
      // Already received (all of it, or its start): keep only what is new.
      const fresh = piece.subarray(receivedSize - offset);
      if (fresh.length === 0) return { offset: receivedSize };
      if (!upload) {
        await this.checkQuota(em, user, id, totalSize);
        upload = em.create(FileUpload, { id, uploadedBy: user, totalSize, sha256, receivedSize: 0 });
        em.persist(upload);
        await em.flush();
      }
      await executeSql(
        em,
        sql`insert into file_upload_piece (upload_id, "offset", data) values (${id}, ${receivedSize}, ${fresh})`,
      );
      const newSize = receivedSize + fresh.length;
      if (newSize < totalSize) {
        await executeSql(
          em,
          sql`update file_upload set received_size = ${newSize}, updated_at = ${new Date()} where id = ${id}`,
        );
        return { offset: newSize };
      }
      const pieces = await executeSql<{ data: Buffer }[]>(
        em,
        sql`select data from file_upload_piece where upload_id = ${id} order by "offset"`,
      );
      const received = Buffer.concat(pieces.map((p) => p.data));
      await executeSql(em, sql`delete from file_upload where id = ${id}`);
      em.clear();
      if (received.length !== totalSize || createHash('sha256').update(received).digest('hex') !== sha256) {
        return { hashMismatch: true as const };
      }
      return { file: await this.store(em, user, id, received, sha256) };
    });
    if ('hashMismatch' in result) throw FileErrors.hashMismatch();
    return result;
  }

  /** Where an upload stands for the phone that sends it: stored, partly received, or unknown. */
  async uploadState(
    user: User,
    id: string,
  ): Promise<
    { complete: true; sha256: string; size: number } | { complete: false; offset: number; totalSize: number } | null
  > {
    if (!isUuid(id)) throw FileErrors.badId();
    const file = await this.em.findOne(StoredFile, { id });
    if (file) return (await this.canRead(user, file)) ? { complete: true, sha256: file.sha256, size: file.size } : null;
    const upload = await this.em.findOne(FileUpload, { id });
    if (!upload || upload.uploadedBy.id !== user.id) return null;
    return { complete: false, offset: upload.receivedSize, totalSize: upload.totalSize };
  }

  private checkUploader(user: User, id: string): void {
    if (!can(user, Capability.FILE_UPLOAD)) throw FileErrors.forbidden();
    if (!isUuid(id)) throw FileErrors.badId();
  }

  /** Stores checked bytes as a file; the same bytes again under the same id are the same file. */
  private async store(em: EntityManager, user: User, id: string, bytes: Buffer, sha256: string): Promise<StoredFile> {
    const existing = await em.findOne(StoredFile, { id });
    if (existing) {
      if (existing.sha256 !== sha256 || existing.uploadedBy.id !== user.id) throw FileErrors.conflict();
      return existing;
    }
    const mimeType = sniffImageType(bytes) ?? (mayUploadDocuments(user) ? sniffDocumentType(bytes) : null);
    if (!mimeType) throw mayUploadDocuments(user) ? FileErrors.typeNotAllowed() : FileErrors.notImage();
    try {
      await this.storage.put(em, id, bytes);
    } catch (err) {
      if (!(err instanceof FileStorageError)) throw err;
      throw storageFailure(err);
    }
    const file = em.create(StoredFile, { id, sha256, size: bytes.length, mimeType, uploadedBy: user });
    em.persist(file);
    return file;
  }

  /** The file and its bytes, if the user uploaded it or may see what it is attached to. */
  async read(user: User, id: string): Promise<{ file: StoredFile; bytes: Buffer }> {
    const file = isUuid(id) ? await this.em.findOne(StoredFile, { id }) : null;
    if (!file || !(await this.canRead(user, file))) throw FileErrors.notFound();
    const bytes = await this.storage.get(this.em, id);
    if (!bytes) throw FileErrors.notFound();
    return { file, bytes };
  }

  private async canRead(user: User, file: StoredFile): Promise<boolean> {
    if (file.uploadedBy.id === user.id) return true;
    // Evidence of the self-assessment: read by table name, as that feature builds on this one.
    if (can(user, Capability.SELF_ASSESSMENT_READ)) {
      const cited = await executeSql<unknown[]>(
        this.em,
        sql`select 1 from assessment_evidence where file_id = ${file.id} limit 1`,
      );
      if (cited.length) return true;
    }
    const attachments = await this.em.find(Attachment, { file }, { populate: ['visit'] });
    for (const a of attachments) {
      if (a.visit && (await canSeeVisit(this.em, user, a.visit))) return true;
      if (a.findingId) {
        try {
          await new FindingsService(this.em).get(user, a.findingId);
          return true;
        } catch {
          // not visible to this user: try the next attachment
        }
      }
    }
    return false;
  }
}
