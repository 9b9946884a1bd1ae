import type { MikroORM } from '@mikro-orm/postgresql';
import { Router } from 'express';
import type { AppConfig } from '../../common/config.js';
import type { Logger } from '../../common/logger.js';
import { refuseOtherMethods } from '../../http/api-fallback.js';
import { signedInRoute } from '../../http/request-user.js';
import { readSpreadsheetUpload, XLSX_TYPE } from '../../http/spreadsheet-upload.js';
import { Capability } from '../auth/permissions.js';
import { UnitImportService } from './unit-import.service.js';
import { unitImportTemplate } from './unit-import-sheet.js';

/**
 * The organisation's changes from Excel, for those who record them (UNIT_MANAGE, as recordUnitChange):
 * `GET /api/unit-changes/template.xlsx` the empty sheet with one example row,
 * `POST /api/unit-changes/import-preview` (the file as the body) what every row would do or why it
 * cannot, writing nothing, and `POST /api/unit-changes/import` (`?confirmRehome=1` to move visits dated
 * after a change) records every row in one transaction, only when no row is bad.
 */
export function unitImportRouter(orm: MikroORM, config: AppConfig, logger: Logger): Router {
  const router = Router();
  const route = signedInRoute(orm, config, logger);

  router.get(
    '/api/unit-changes/template.xlsx',
    route(Capability.UNIT_MANAGE, async (_em, _user, _req, res) => {
      res.setHeader('Content-Type', XLSX_TYPE);
      res.setHeader('Content-Disposition', 'attachment; filename="mau-thay-doi-to-chuc.xlsx"');
      res.setHeader('Cache-Control', 'private, no-store');
      res.send(await unitImportTemplate());
    }),
  );

  router.post(
    '/api/unit-changes/import-preview',
    route(Capability.UNIT_MANAGE, async (em, user, req, res) => {
      res.json(await new UnitImportService(em).preview(user, await readSpreadsheetUpload(req, res)));
    }),
  );

  router.post(
    '/api/unit-changes/import',
    route(Capability.UNIT_MANAGE, async (em, user, req, res) => {
      const confirmRehome = req.query.confirmRehome === '1';
      res.json(await new UnitImportService(em).import(user, await readSpreadsheetUpload(req, res), confirmRehome));
    }),
  );
  return refuseOtherMethods(router);
}
