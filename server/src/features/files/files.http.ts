import type { MikroORM } from '@mikro-orm/postgresql';
import { type Request, type Response, Router } from 'express';
import { AppError } from '../../common/app-error.js';
import type { AppConfig } from '../../common/config.js';
import type { Logger } from '../../common/logger.js';
import { refuseOtherMethods } from '../../http/api-fallback.js';
import { sendHttpError } from '../../http/error-response.js';
import { type BodyRule, readBody, readBodyAsFarAsSent } from '../../http/request-body.js';
import { requestUser } from '../../http/request-user.js';
import type { User } from '../users/user.entity.js';
import { DOCUMENT_TYPES } from './document-type.js';
import type { FileStorage } from './file-storage.js';
import { FileErrors } from './files.errors.js';
import { FilesService } from './files.service.js';
import type { StoredFile } from './stored-file.entity.js';

/** A non-negative integer header; anything else is NaN, which the service refuses. */
const integerHeader = (value: string): number => (/^\d{1,12}$/.test(value.trim()) ? Number(value) : Number.NaN);

/**
 * Photos and signatures travel as plain bytes, not through GraphQL:
 * `PUT /api/files/:id` with the image as the body (the id is a UUID chosen by the phone), and
 * `GET /api/files/:id` for users allowed to see it. Errors are JSON `{ code, message }`.
 */
export function filesRouter(orm: MikroORM, config: AppConfig, storage: FileStorage, logger: Logger): Router {
  const router = Router();
  /** A photo or signature, or a piece of one (what the phone sends), or an evidence document (the service sniffs the real type). */
  const uploadBody: BodyRule = {
    types: ['image/jpeg', 'image/png', 'image/webp', 'application/octet-stream', ...DOCUMENT_TYPES],
    limit: config.maxUploadBytes + 1,
    tooLarge: () => FileErrors.tooLarge(config.maxUploadBytes),
  };
  const handle =
    (work: (service: FilesService, user: User, req: Request, res: Response) => Promise<void>) =>
    async (req: Request, res: Response) => {
      const em = orm.em.fork();
      try {
        const user = await requestUser(em, config, req);
        const limits = {
          maxBytes: config.maxUploadBytes,
          minPieceBytes: config.uploadMinPieceBytes,
          quotaBytes: config.uploadQuotaBytes,
        };
        await work(new FilesService(em, storage, limits), user, req, res);
      } catch (err) {
        // The phone is told to try later; the operator must learn that the disk is full or read-only.
        if (err instanceof AppError && (err.code === 'FILE_STORAGE_FAILED' || err.code === 'FILE_STORAGE_FULL')) {
          logger.error({ err: err.cause, fileId: req.params.id }, 'file storage failed');
        }
        sendHttpError(res, err, logger);
      }
    };
  router.put(
    '/api/files/:id',
    handle(async (service, user, req, res) => {
      const id = String(req.params.id);
      const sha256 = req.get('x-content-sha256') ?? null;
      const totalHeader = req.get('upload-length');
      let file: StoredFile;
      if (totalHeader === undefined) {
        // Read only now, after the session: a stranger's upload is never read.
        file = await service.upload(user, id, await readBody(req, res, uploadBody), sha256);
      } else {
        const header = {
          offset: integerHeader(req.get('upload-offset') ?? '0'),
          totalSize: integerHeader(totalHeader),
          sha256: sha256 ?? '',
        };
        const piece = await readBodyAsFarAsSent(req, res, uploadBody);
        if (!piece.whole) {
          // The link dropped mid-piece: keep what arrived (the piece rules apply to it as to any
          // piece), so the phone, which asks where the upload stands before it sends again, goes on
          // from there. Nobody is left to answer.
          await service.uploadPiece(user, id, piece.bytes, header).then(
            (kept) =>
              logger.info(
                { fileId: id, bytes: piece.bytes.length, offset: 'offset' in kept ? kept.offset : header.totalSize },
                'photo piece cut mid-body: kept what arrived',
              ),
            (err: unknown) => {
              if (!(err instanceof AppError)) logger.error({ err, fileId: id }, 'photo piece cut mid-body: failed');
              else
                logger.info(
                  { fileId: id, bytes: piece.bytes.length, code: err.code },
                  'photo piece cut mid-body: nothing kept',
                );
            },
          );
          return;
        }
        const result = await service.uploadPiece(user, id, piece.bytes, header);
        if ('offset' in result) {
          res.setHeader('Upload-Offset', String(result.offset));
          res.status(202).json({ id, offset: result.offset });
          return;
        }
        file = result.file;
      }
      res.setHeader('X-Content-SHA256', file.sha256);
      res.status(201).json({ id: file.id, sha256: file.sha256, size: file.size, mimeType: file.mimeType });
    }),
  );

  // Where an upload stands, so a phone resumes a photo instead of sending it all again.
  router.head(
    '/api/files/:id',
    handle(async (service, user, req, res) => {
      const state = await service.uploadState(user, String(req.params.id));
      res.setHeader('Cache-Control', 'no-store');
      if (!state) {
        res.status(404).end();
        return;
      }
      if (state.complete) {
        res.setHeader('Upload-Complete', '1');
        res.setHeader('X-Content-SHA256', state.sha256);
        res.setHeader('Upload-Length', String(state.size));
      } else {
        res.setHeader('Upload-Offset', String(state.offset));
        res.setHeader('Upload-Length', String(state.totalSize));
      }
      res.status(200).end();
    }),
  );

  router.get(
    '/api/files/:id',
    handle(async (service, user, req, res) => {
      const { file, bytes } = await service.read(user, String(req.params.id));
      res.setHeader('Content-Type', file.mimeType);
      // Not kept by the browser's HTTP cache, which outlives a sign-out on a shared phone; the PWA keeps
      // the photos of visits taken offline in its own cache, which it empties on sign-out.
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('ETag', `"${file.sha256}"`);
      res.setHeader('Content-Security-Policy', "default-src 'none'");
      // A document (self-assessment evidence) is downloaded, never shown in the app's origin.
      if (!file.mimeType.startsWith('image/'))
        res.setHeader(
          'Content-Disposition',
          `attachment; filename="${file.id}.${file.mimeType === 'application/pdf' ? 'pdf' : 'docx'}"`,
        );
      res.send(bytes);
    }),
  );
  return refuseOtherMethods(router);
}
