import type { MikroORM } from '@mikro-orm/postgresql';
import { type Request, type Response, Router } from 'express';
import type { AppConfig } from '../../common/config.js';
import type { Logger } from '../../common/logger.js';
import { refuseOtherMethods } from '../../http/api-fallback.js';
import { sendHttpError } from '../../http/error-response.js';
import { requestUser } from '../../http/request-user.js';
import type { FileStorage } from '../files/file-storage.js';
import { type DocumentFormat, DocumentsService, type VisitDocumentKind } from './documents.service.js';

const ROUTES: { path: string; kind: VisitDocumentKind; format: DocumentFormat }[] = [
  { path: 'minutes.docx', kind: 'minutes', format: 'docx' },
  { path: 'minutes.pdf', kind: 'minutes', format: 'pdf' },
  { path: 'conclusion.docx', kind: 'conclusion', format: 'docx' },
  { path: 'conclusion.pdf', kind: 'conclusion', format: 'pdf' },
];

/**
 * The documents of a visit, made on request from its recorded data: the minutes (biên bản kiểm tra) and
 * the conclusion notice (thông báo kết luận kiểm tra), each as `.docx` for the office to edit and `.pdf`:
 * `GET /api/visits/:id/minutes.docx` and so on. Errors are JSON `{ code, message }`.
 */
export function documentsRouter(orm: MikroORM, config: AppConfig, storage: FileStorage, logger: Logger): Router {
  const router = Router();
  for (const route of ROUTES) {
    router.get(`/api/visits/:id/${route.path}`, async (req: Request, res: Response) => {
      const em = orm.em.fork();
      try {
        const user = await requestUser(em, config, req);
        const document = await new DocumentsService(em, storage).render(
          user,
          String(req.params.id),
          route.kind,
          route.format,
        );
        res.attachment(document.fileName);
        res.setHeader('Content-Type', document.contentType);
        res.setHeader('Cache-Control', 'private, no-store');
        res.send(document.bytes);
      } catch (err) {
        sendHttpError(res, err, logger);
      }
    });
  }
  return refuseOtherMethods(router);
}
