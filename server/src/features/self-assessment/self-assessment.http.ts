import { isReportYear } from '@kycuong/rules';
import type { MikroORM } from '@mikro-orm/postgresql';
import { type Request, type Response, Router } from 'express';
import type { AppConfig } from '../../common/config.js';
import type { Logger } from '../../common/logger.js';
import { refuseOtherMethods } from '../../http/api-fallback.js';
import { signedInRoute } from '../../http/request-user.js';
import { readSpreadsheetUpload, XLSX_TYPE } from '../../http/spreadsheet-upload.js';
import { Capability } from '../auth/permissions.js';
import { AppraisalService } from './appraisal.service.js';
import { CriteriaImportService, parseSetDetails } from './criteria-import.service.js';
import { AgencyKind } from './criteria-set.entity.js';
import { criteriaWorkbook, TEMPLATE_EXAMPLE } from './criteria-sheet.js';
import { AppraisalRound } from './self-assessment.entity.js';
import { CriteriaErrors, SelfAssessmentErrors } from './self-assessment.errors.js';

function sendXlsx(res: Response, name: string, bytes: Buffer): void {
  res.setHeader('Content-Type', XLSX_TYPE);
  res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  res.setHeader('Cache-Control', 'private, no-store');
  res.send(bytes);
}

function yearOf(req: Request): number {
  const year = Number(req.params.year);
  if (!isReportYear(year)) throw CriteriaErrors.yearInvalid();
  return year;
}

function agencyKindOf(req: Request): AgencyKind {
  const kind = typeof req.query.agencyKind === 'string' ? req.query.agencyKind : AgencyKind.DEPARTMENT;
  if (!Object.hasOwn(AgencyKind, kind)) throw CriteriaErrors.setDetailsInvalid(`không có loại cơ quan "${kind}".`);
  return kind as AgencyKind;
}

function roundOf(req: Request): AppraisalRound {
  const round = typeof req.query.round === 'string' ? req.query.round : AppraisalRound.FIRST;
  if (!Object.hasOwn(AppraisalRound, round))
    throw SelfAssessmentErrors.appraisalImportInvalid(0, [
      { row: 0, code: 'APPRAISAL_IMPORT_INVALID', message: 'Vòng thẩm định là FIRST hoặc SECOND.' },
    ]);
  return round as AppraisalRound;
}

/**
 * The PAR INDEX self-assessment's spreadsheets, for the office (SELF_ASSESSMENT_EDIT):
 * - `GET /api/criteria-sets/template.xlsx`: the province's layout with example rows;
 * - `POST /api/criteria-sets/:year/import-preview` and `.../import` (the file as the body; the set's
 *   details in the query: agencyKind, title, documentNumber, issuedOn, effectiveOn, totalPoints): every
 *   bad row named, nothing written by the preview; the import stores revision N + 1 and moves the year's
 *   draft self-assessment to it, only when no row is bad;
 * - `GET /api/self-assessments/:year/appraisal-template.xlsx?round=FIRST|SECOND`: the codes to fill;
 * - `POST /api/self-assessments/:year/appraisal-import-preview?round=...` and `.../appraisal-import`:
 *   the Sở Nội vụ's scores and comments of a round, in one transaction, only when no row is bad.
 */
export function selfAssessmentRouter(orm: MikroORM, config: AppConfig, logger: Logger): Router {
  const router = Router();
  const route = signedInRoute(orm, config, logger);
  const EDIT = Capability.SELF_ASSESSMENT_EDIT;

  router.get(
    '/api/criteria-sets/template.xlsx',
    route(EDIT, async (_em, _user, _req, res) => {
      sendXlsx(
        res,
        'mau-bo-tieu-chi-cchc.xlsx',
        await criteriaWorkbook('Bộ tiêu chí chấm điểm Chỉ số CCHC', TEMPLATE_EXAMPLE),
      );
    }),
  );

  router.post(
    '/api/criteria-sets/:year/import-preview',
    route(EDIT, async (em, _user, req, res) => {
      const details = parseSetDetails(yearOf(req), req.query);
      res.json(await new CriteriaImportService(em).preview(details, await readSpreadsheetUpload(req, res)));
    }),
  );

  router.post(
    '/api/criteria-sets/:year/import',
    route(EDIT, async (em, user, req, res) => {
      const details = parseSetDetails(yearOf(req), req.query);
      res.json(await new CriteriaImportService(em).import(user, details, await readSpreadsheetUpload(req, res)));
    }),
  );

  router.get(
    '/api/self-assessments/:year/appraisal-template.xlsx',
    route(EDIT, async (em, _user, req, res) => {
      const service = new AppraisalService(em);
      const assessment = await service.ofYear(yearOf(req), agencyKindOf(req));
      sendXlsx(res, `tham-dinh-cchc-${assessment.year}.xlsx`, await service.template(assessment, roundOf(req)));
    }),
  );

  router.post(
    '/api/self-assessments/:year/appraisal-import-preview',
    route(EDIT, async (em, _user, req, res) => {
      const service = new AppraisalService(em);
      const assessment = await service.ofYear(yearOf(req), agencyKindOf(req));
      res.json(await service.preview(assessment, roundOf(req), await readSpreadsheetUpload(req, res)));
    }),
  );

  router.post(
    '/api/self-assessments/:year/appraisal-import',
    route(EDIT, async (em, user, req, res) => {
      const service = new AppraisalService(em);
      const assessment = await service.ofYear(yearOf(req), agencyKindOf(req));
      res.json(await service.import(user, assessment, roundOf(req), await readSpreadsheetUpload(req, res)));
    }),
  );
  return refuseOtherMethods(router);
}
