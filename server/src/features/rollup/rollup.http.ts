import type { MikroORM } from '@mikro-orm/postgresql';
import { Router } from 'express';
import type { AppConfig } from '../../common/config.js';
import type { Logger } from '../../common/logger.js';
import { sql } from '../../common/sql.js';
import { TOTAL_LABEL } from '../../common/vietnamese.js';
import { executeSql } from '../../db/read-path/read-rows.js';
import { refuseOtherMethods } from '../../http/api-fallback.js';
import { signedInRoute } from '../../http/request-user.js';
import { AgencyService } from '../agency/agency.service.js';
import { agencyOn } from '../agency/issuing-agency.js';
import { Capability } from '../auth/permissions.js';
import { RollupService } from './rollup.service.js';
import { RollupFigure, RollupStructure } from './rollup.types.js';
import { rollupWorkbook } from './rollup-xlsx.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The roll-up tables of a year as an Excel file: `GET /api/rollup/2021.xlsx?unit=<rootUnitId>` (no
 * unit: every department; `&structure=TODAY` for today's structure, else as it was). The same readers and the same RollupService as the GraphQL `rollup`, so the
 * file never disagrees with the screen. Errors are JSON `{ code, message }`.
 */
export function rollupRouter(orm: MikroORM, config: AppConfig, logger: Logger): Router {
  const router = Router();
  const route = signedInRoute(orm, config, logger);
  router.get(
    '/api/rollup/:year.xlsx',
    route(Capability.ROLLUP_READ, async (em, _user, req, res) => {
      const year = Number(req.params.year);
      const unit = typeof req.query.unit === 'string' && req.query.unit !== '' ? req.query.unit : null;
      const structure =
        req.query.structure === RollupStructure.TODAY ? RollupStructure.TODAY : RollupStructure.AS_IT_WAS;
      const service = new RollupService(em);
      const rollup = await service.rollup(year, unit, structure);
      const [repeatFindings, overdueFindings, documents, scope] = await Promise.all([
        service.records(year, unit, RollupFigure.REPEAT_FINDINGS, null, structure),
        service.records(year, unit, RollupFigure.FINDINGS_OVERDUE, null, structure),
        service.records(year, unit, RollupFigure.DOCUMENTS, null, structure),
        executeSql<{ code: string; name: string; parent_id: string | null }[]>(
          em,
          unit
            ? sql`select code, name, parent_id from unit where id = ${unit}`
            : sql`select code, name, parent_id from unit where parent_id is null order by code`,
        ),
      ]);
      // The department is named as it was on the day the figures stand at (the 2025 merger renamed it).
      const identities = await new AgencyService(em).identities();
      const scopeNames = scope.map((u) => (u.parent_id ? u.name : agencyOn(identities, rollup.asOf, u).fullName));
      const bytes = await rollupWorkbook(rollup, {
        scopeName: `${scopeNames.join(', ') || TOTAL_LABEL}${structure === RollupStructure.TODAY ? ' (cơ cấu hiện nay)' : ''}`,
        repeatFindings,
        overdueFindings,
        documents,
      });
      res.setHeader('Content-Type', XLSX_TYPE);
      res.setHeader('Content-Disposition', `attachment; filename="tong-hop-${year}.xlsx"`);
      res.setHeader('Cache-Control', 'private, no-store');
      res.send(bytes);
    }),
  );
  return refuseOtherMethods(router);
}
