import type { MikroORM } from '@mikro-orm/postgresql';
import { type Request, type Response, Router } from 'express';
import type { AppConfig } from '../../common/config.js';
import type { Logger } from '../../common/logger.js';
import { refuseOtherMethods } from '../../http/api-fallback.js';
import { BodyErrors, type BodyRule, readBody } from '../../http/request-body.js';
import { signedInRoute } from '../../http/request-user.js';
import { checkUploadedArchive } from '../../http/zip-guard.js';
import { Capability } from '../auth/permissions.js';
import type { User } from '../users/user.entity.js';
import { checklistWorkbook, readChecklistWorkbook } from './checklist-xlsx.js';
import { ChecklistErrors } from './checklists.errors.js';
import { ChecklistsService } from './checklists.service.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XLSX_LIMIT = 5 * 1024 * 1024;

/** A draft's body: the .xlsx itself, as the PWA sends it (application/octet-stream). */
const XLSX_BODY: BodyRule = {
  types: ['application/octet-stream', XLSX_TYPE],
  limit: XLSX_LIMIT,
  tooLarge: () => BodyErrors.fileTooLarge(XLSX_LIMIT),
};

/**
 * Checklists as Excel files, so offices can prepare them in Excel:
 * `GET /api/checklist-versions/:id/xlsx` exports a version, and
 * `POST /api/checklists/:templateId/draft-xlsx` (the .xlsx as the body) replaces the template's draft,
 * after checking every row; nothing is saved when a row is wrong, and each problem names its row.
 */
export function checklistsRouter(orm: MikroORM, config: AppConfig, logger: Logger): Router {
  const router = Router();
  const route = signedInRoute(orm, config, logger);
  const handle = (
    capability: Capability,
    work: (service: ChecklistsService, user: User, req: Request, res: Response) => Promise<void>,
  ) => route(capability, (em, user, req, res) => work(new ChecklistsService(em), user, req, res));

  router.get(
    '/api/checklist-versions/:id/xlsx',
    handle(Capability.CHECKLIST_READ, async (service, _user, req, res) => {
      const version = await service.getVersion(String(req.params.id));
      const template = await service.getTemplate(version.template.id);
      const groups = version.groups
        .getItems()
        .sort((a, b) => a.position - b.position)
        .map((g) => ({
          code: g.code,
          title: g.title,
          items: g.items
            .getItems()
            .sort((a, b) => a.position - b.position)
            .map((i) => ({
              code: i.code,
              text: i.text,
              guidance: i.guidance,
              legalBasis: i.legalBasis,
              answerType: i.answerType,
              minValue: i.minValue,
              maxValue: i.maxValue,
              points: i.points,
              photoRequiredOnFail: i.photoRequiredOnFail,
              required: i.required,
            })),
        }));
      const bytes = await checklistWorkbook(template.name, groups);
      res.setHeader('Content-Type', XLSX_TYPE);
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="bo-tieu-chi-${template.code.toLowerCase()}-v${version.number}.xlsx"`,
      );
      res.setHeader('Cache-Control', 'private, no-store');
      res.send(bytes);
    }),
  );

  router.post(
    '/api/checklists/:templateId/draft-xlsx',
    handle(Capability.CHECKLIST_MANAGE, async (service, user, req, res) => {
      // Read only now, after the session and the role, and checked before the .xlsx reader sees it.
      const body = await readBody(req, res, XLSX_BODY);
      await checkUploadedArchive(body);
      const { groups, problems } = await readChecklistWorkbook(body);
      if (problems.length > 0) {
        throw ChecklistErrors.importInvalid(problems);
      }
      const draft = await service.saveDraft(user, { templateId: String(req.params.templateId), groups });
      res.json({
        versionId: draft.id,
        number: draft.number,
        groups: groups.length,
        items: groups.reduce((n, g) => n + g.items.length, 0),
      });
    }),
  );
  return refuseOtherMethods(router);
}
