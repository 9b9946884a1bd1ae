import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Request, type Response, Router } from 'express';
import type { AppConfig } from '../../config.js';
import { requestUser, sendHttpError } from '../../http/request-user.js';
import type { Logger } from '../../logger.js';
import type { User } from '../users/user.entity.js';
import type { FileStorage } from './file-storage.js';
import { FilesService } from './files.service.js';

const STATUS: Record<string, number> = {
  FILE_ID_CONFLICT: 409,
  FILE_TOO_LARGE: 413,
  FILE_NOT_IMAGE: 415,
  FILE_STORAGE_FAILED: 503,
};

/**
 * Photos and signatures travel as plain bytes, not through GraphQL:
 * `PUT /api/files/:id` with the image as the body (the id is a UUID chosen by the phone), and
 * `GET /api/files/:id` for users allowed to see it. Errors are JSON `{ code, message }`.
 */
export function filesRouter(orm: MikroORM, config: AppConfig, storage: FileStorage, logger: Logger): Router {
  const router = Router();
  const handle =
    (work: (service: FilesService, user: User, req: Request, res: Response) => Promise<void>) =>
    async (req: Request, res: Response) => {
      const em = orm.em.fork();
      try {
        const user = await requestUser(em, config, req);
        await work(new FilesService(em, storage, config.maxUploadBytes), user, req, res);
      } catch (err) {
        sendHttpError(res, err, logger, STATUS);
      }
    };
  router.put(
    '/api/files/:id',
    express.raw({ type: () => true, limit: config.maxUploadBytes + 1 }),
    (err: Error & { type?: string }, _req: Request, res: Response, next: express.NextFunction) => {
      if (err.type === 'entity.too.large') {
        res.status(413).json({
          code: 'FILE_TOO_LARGE',
          message: `Ảnh quá lớn: tối đa ${Math.round(config.maxUploadBytes / 1024 / 1024)} MB.`,
        });
        return;
      }
      next(err);
    },
    handle(async (service, user, req, res) => {
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const file = await service.upload(user, String(req.params.id), body);
      res.status(201).json({ id: file.id, sha256: file.sha256, size: file.size, mimeType: file.mimeType });
    }),
  );

  router.get(
    '/api/files/:id',
    handle(async (service, user, req, res) => {
      const { file, bytes } = await service.read(user, String(req.params.id));
      res.setHeader('Content-Type', file.mimeType);
      res.setHeader('Cache-Control', 'private, max-age=31536000, immutable');
      res.setHeader('ETag', `"${file.sha256}"`);
      res.setHeader('Content-Security-Policy', "default-src 'none'");
      res.send(bytes);
    }),
  );
  return router;
}
