import { isReportYear } from '@kycuong/rules';
import type { MikroORM } from '@mikro-orm/postgresql';
import { type Request, type Response, Router } from 'express';
import type { AppConfig } from '../../common/config.js';
import type { Logger } from '../../common/logger.js';
import { refuseOtherMethods } from '../../http/api-fallback.js';
import { signedInRoute } from '../../http/request-user.js';
import { readSpreadsheetUpload, XLSX_TYPE } from '../../http/spreadsheet-upload.js';
import { Capability } from '../auth/permissions.js';
import type { User } from '../users/user.entity.js';
import { isRegisterKind, type RegisterKind, registerCsv, registerWorkbook } from './register-sheets.js';
import { RegisterTransferService } from './register-transfer.service.js';
import { RegisterErrors } from './registers.errors.js';

const FILE_NAMES: Record<RegisterKind, string> = {
  'directive-documents': 'van-ban-chi-dao',
  'administrative-procedures': 'thu-tuc-hanh-chinh',
  'index-results': 'sipas-par-index',
};

function target(req: Request): { kind: RegisterKind; year: number } {
  const kind = String(req.params.register);
  if (!isRegisterKind(kind)) throw RegisterErrors.registerNotFound();
  const year = Number(req.params.year);
  if (!isReportYear(year)) throw RegisterErrors.yearInvalid();
  return { kind, year };
}

/**
 * The year's registers as files, so the office can keep them in Excel:
 * `GET /api/registers/:register/:year.xlsx|.csv` exports, `POST .../:year/import-preview` (the file as
 * the body) says per row what importing would change or why the row is wrong, writing nothing, and
 * `POST .../:year/import` applies the same file in one transaction, only when no row is wrong.
 * Registers: directive-documents, administrative-procedures, index-results.
 */
export function registersRouter(orm: MikroORM, config: AppConfig, logger: Logger): Router {
  const router = Router();
  const route = signedInRoute(orm, config, logger);
  const handle = (
    capability: Capability,
    work: (service: RegisterTransferService, user: User, req: Request, res: Response) => Promise<void>,
  ) => route(capability, (em, user, req, res) => work(new RegisterTransferService(em), user, req, res));

  router.get(
    '/api/registers/:register/:year.:format',
    handle(Capability.REGISTER_READ, async (service, _user, req, res) => {
      const { kind, year } = target(req);
      const format = String(req.params.format);
      if (format !== 'xlsx' && format !== 'csv') throw RegisterErrors.registerNotFound();
      const rows = await service.exportRows(kind, year);
      const bytes = format === 'xlsx' ? await registerWorkbook(kind, year, rows) : registerCsv(kind, rows);
      res.setHeader('Content-Type', format === 'xlsx' ? XLSX_TYPE : 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${FILE_NAMES[kind]}-${year}.${format}"`);
      res.setHeader('Cache-Control', 'private, no-store');
      res.send(bytes);
    }),
  );

  router.post(
    '/api/registers/:register/:year/import-preview',
    handle(Capability.REGISTER_MANAGE, async (service, _user, req, res) => {
      const { kind, year } = target(req);
      res.json(await service.preview(kind, year, await readSpreadsheetUpload(req, res)));
    }),
  );

  router.post(
    '/api/registers/:register/:year/import',
    handle(Capability.REGISTER_MANAGE, async (service, user, req, res) => {
      const { kind, year } = target(req);
      res.json(await service.import(user, kind, year, await readSpreadsheetUpload(req, res)));
    }),
  );
  return refuseOtherMethods(router);
}
