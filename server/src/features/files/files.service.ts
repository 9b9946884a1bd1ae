import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../domain/ids.js';
import { AppError } from '../../graphql/errors.js';
import { FindingsService } from '../findings/findings.service.js';
import { Role } from '../users/role.js';
import type { User } from '../users/user.entity.js';
import { Attachment } from '../visits/visit.entity.js';
import { canSeeVisit } from '../visits/visit-access.js';
import type { FileStorage } from './file-storage.js';
import { sniffImageType } from './image-type.js';
import { StoredFile } from './stored-file.entity.js';

export const FileErrors = {
  badId: () => new AppError('FILE_ID_INVALID', 'Mã tệp phải là một UUID.'),
  empty: () => new AppError('FILE_EMPTY', 'Tệp rỗng.'),
  tooLarge: (limit: number) =>
    new AppError('FILE_TOO_LARGE', `Ảnh quá lớn: tối đa ${Math.round(limit / 1024 / 1024)} MB.`, { limit }),
  notImage: () => new AppError('FILE_NOT_IMAGE', 'Tệp không phải ảnh JPEG, PNG hoặc WebP.'),
  conflict: () => new AppError('FILE_ID_CONFLICT', 'Mã tệp này đã được dùng cho một ảnh khác. Ảnh không được lưu.'),
  notFound: () => new AppError('FILE_NOT_FOUND', 'Không tìm thấy ảnh, hoặc bạn không có quyền xem.'),
  forbidden: () => new AppError('FORBIDDEN', 'Bạn không có quyền tải ảnh lên.'),
  storageFailed: () =>
    new AppError(
      'FILE_STORAGE_FAILED',
      'Máy chủ không lưu được ảnh lúc này. Ảnh vẫn còn trên máy của bạn; hãy thử lại sau.',
    ),
};

/** Who uploads evidence: inspectors (visits), unit heads (remediation), office staff and admins. */
const UPLOADERS: readonly Role[] = [Role.INSPECTOR, Role.UNIT_HEAD, Role.OFFICE, Role.ADMIN];

export class FilesService {
  constructor(
    private readonly em: EntityManager,
    private readonly storage: FileStorage,
    private readonly maxBytes: number,
  ) {}

  /**
   * Stores an image under the id the phone chose. Sending the same bytes again is a no-op that returns
   * the stored file (a retried upload); other bytes under a used id are refused.
   */
  async upload(user: User, id: string, bytes: Buffer): Promise<StoredFile> {
    if (!UPLOADERS.includes(user.role)) throw FileErrors.forbidden();
    if (!isUuid(id)) throw FileErrors.badId();
    if (bytes.length === 0) throw FileErrors.empty();
    if (bytes.length > this.maxBytes) throw FileErrors.tooLarge(this.maxBytes);
    const mimeType = sniffImageType(bytes);
    if (!mimeType) throw FileErrors.notImage();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return this.em.transactional(async (em) => {
      await em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [id]);
      const existing = await em.findOne(StoredFile, { id });
      if (existing) {
        if (existing.sha256 !== sha256 || existing.uploadedBy.id !== user.id) throw FileErrors.conflict();
        return existing;
      }
      try {
        await this.storage.put(em, id, bytes);
      } catch {
        throw FileErrors.storageFailed();
      }
      const file = em.create(StoredFile, { id, sha256, size: bytes.length, mimeType, uploadedBy: user });
      em.persist(file);
      return file;
    });
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
