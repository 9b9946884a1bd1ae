import { isReportYear } from '@kycuong/rules';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Router } from 'express';
import type { AppConfig } from '../../common/config.js';
import type { Logger } from '../../common/logger.js';
import { refuseOtherMethods } from '../../http/api-fallback.js';
import { signedInRoute } from '../../http/request-user.js';
import { Capability } from '../auth/permissions.js';
import { AnnualReportErrors } from './annual-report.errors.js';
import { AnnualReportService, type ReportFormat } from './annual-report.service.js';

/**
 * The annual SIPAS / PAR INDEX report of a year, made on request from the data:
 * `GET /api/annual-reports/2021.docx` and `.pdf`. Errors are JSON `{ code, message }`.
 */
export function annualReportRouter(orm: MikroORM, config: AppConfig, logger: Logger): Router {
  const router = Router();
  const route = signedInRoute(orm, config, logger);
  for (const format of ['docx', 'pdf'] as const satisfies ReportFormat[]) {
    router.get(
      `/api/annual-reports/:year.${format}`,
      route(Capability.REPORT_READ, async (em, _user, req, res) => {
        const year = Number(req.params.year);
        if (!isReportYear(year)) throw AnnualReportErrors.yearInvalid();
        const report = await new AnnualReportService(em).render(year, format);
        res.attachment(report.fileName);
        res.setHeader('Content-Type', report.contentType);
        res.setHeader('Cache-Control', 'private, no-store');
        res.send(report.bytes);
      }),
    );
  }
  return refuseOtherMethods(router);
}
