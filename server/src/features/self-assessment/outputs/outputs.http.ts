import { isReportYear } from '@kycuong/rules';
import type { MikroORM } from '@mikro-orm/postgresql';
import { type Request, Router } from 'express';
import type { AppConfig } from '../../../common/config.js';
import type { Logger } from '../../../common/logger.js';
import { refuseOtherMethods } from '../../../http/api-fallback.js';
import { signedInRoute } from '../../../http/request-user.js';
import { Capability } from '../../auth/permissions.js';
import { AgencyKind } from '../criteria-set.entity.js';
import { CriteriaErrors } from '../self-assessment.errors.js';
import { EvidencePackService } from './evidence-pack.service.js';
import { assessmentOfYear, scoringTableData } from './scoring-table-data.js';
import { scoringTableDocx, scoringTableXlsx } from './scoring-table-files.js';

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

/**
 * The self-assessment's outputs, for whoever reads it (SELF_ASSESSMENT_READ):
 * - `GET /api/self-assessments/:year/scoring-table.xlsx` and `.docx`: Biểu tự đánh giá, chấm điểm;
 * - `GET /api/evidence-packs/:id.zip`: a finished evidence pack (startEvidencePack builds it in the
 *   background), streamed from its stored pieces; 409 EVIDENCE_PACK_NOT_READY before it is done.
 */
export function selfAssessmentOutputsRouter(orm: MikroORM, config: AppConfig, logger: Logger): Router {
  const router = Router();
  const route = signedInRoute(orm, config, logger);
  const READ = Capability.SELF_ASSESSMENT_READ;

  for (const [format, render] of [
    ['xlsx', scoringTableXlsx],
    ['docx', scoringTableDocx],
  ] as const) {
    router.get(
      `/api/self-assessments/:year/scoring-table.${format}`,
      route(READ, async (em, _user, req, res) => {
        const assessment = await assessmentOfYear(em, yearOf(req), agencyKindOf(req));
        const file = await render(await scoringTableData(em, assessment));
        res.attachment(file.fileName);
        res.setHeader('Content-Type', file.contentType);
        res.setHeader('Cache-Control', 'private, no-store');
        res.send(file.bytes);
      }),
    );
  }

  router.get(
    '/api/evidence-packs/:id.zip',
    route(READ, async (em, _user, req, res) => {
      const service = new EvidencePackService(em);
      const pack = await service.finished(String(req.params.id));
      res.attachment(pack.fileName);
      res.setHeader('Content-Type', 'application/zip');
      res.setHeader('Cache-Control', 'private, no-store');
      if (pack.size !== null) res.setHeader('Content-Length', String(pack.size));
      try {
        for await (const piece of service.pieces(pack.id)) {
          if (!res.write(piece)) await new Promise((resolve) => res.once('drain', resolve));
          if (res.destroyed) return;
        }
        res.end();
      } catch (err) {
        // Headers are gone: the download is cut, never finished with a wrong body.
        logger.error({ err, packId: pack.id }, 'evidence pack download failed');
        res.destroy();
      }
    }),
  );
  return refuseOtherMethods(router);
}
