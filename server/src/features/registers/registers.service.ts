import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppError } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import { sql } from '../../common/sql.js';
import { readRows } from '../../db/read-path/read-rows.js';
import { auditFields, recordAudit } from '../audit/audit.service.js';
import { Unit } from '../units/unit.entity.js';
import type { User } from '../users/user.entity.js';
import { AdministrativeProcedure } from './administrative-procedure.entity.js';
import { DirectiveDocument, type DirectiveDocumentType } from './directive-document.entity.js';
import { type AssessmentIndex, IndexResult } from './index-result.entity.js';
import { parseDocument, parseIndexResult, parseProcedure } from './register-rules.js';
import { RegisterErrors } from './registers.errors.js';
import type {
  AdministrativeProcedureInput,
  DirectiveDocumentInput,
  IndexResultInput,
  UpdateAdministrativeProcedureInput,
  UpdateDirectiveDocumentInput,
  UpdateIndexResultInput,
} from './registers.inputs.js';
import { type TthcFigures, tthcFigures } from './tthc-figures.js';

/** Runs a change in one transaction; a unique-key race that slips past the check still gets its own error. */
async function write<T>(em: EntityManager, duplicate: () => AppError, change: (em: EntityManager) => Promise<T>) {
  try {
    return await em.transactional(change);
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) throw duplicate();
    throw err;
  }
}

function checkVersion(current: number, edited: number | null | undefined): void {
  if (edited != null && edited !== current) throw RegisterErrors.versionConflict();
}

/** Sổ văn bản chỉ đạo: documents the department and its units issue. */
export class DirectiveDocumentsService {
  constructor(private readonly em: EntityManager) {}

  list(year: number, type: DirectiveDocumentType | null | undefined): Promise<DirectiveDocument[]> {
    return this.em.find(DirectiveDocument, type ? { year, type } : { year }, {
      populate: ['issuingUnit'],
      orderBy: { issuedOn: 'asc', number: 'asc' },
    });
  }

  async create(actor: User, input: DirectiveDocumentInput): Promise<DirectiveDocument> {
    const fields = parseDocument(input);
    return write(
      this.em,
      () => RegisterErrors.documentNumberTaken(fields.number, fields.year),
      async (em) => {
        const issuingUnit = await findIssuingUnit(em, input.issuingUnitId);
        await assertNumberFree(em, fields.number, fields.year, null);
        const doc = em.create(DirectiveDocument, { ...fields, issuingUnit });
        em.persist(doc);
        recordAudit(em, actor, {
          entityType: 'DirectiveDocument',
          entityId: doc.id,
          action: 'CREATE',
          after: describeDocument(doc),
        });
        return doc;
      },
    );
  }

  async update(actor: User, input: UpdateDirectiveDocumentInput): Promise<DirectiveDocument> {
    const fields = parseDocument(input);
    return write(
      this.em,
      () => RegisterErrors.documentNumberTaken(fields.number, fields.year),
      async (em) => {
        const doc = await findDocument(em, input.id);
        await assertNotConclusionNotice(em, doc.id);
        checkVersion(doc.version, input.version);
        const before = describeDocument(doc);
        const issuingUnit = await findIssuingUnit(em, input.issuingUnitId);
        await assertNumberFree(em, fields.number, fields.year, doc.id);
        em.assign(doc, { ...fields, issuingUnit });
        recordAudit(em, actor, {
          entityType: 'DirectiveDocument',
          entityId: doc.id,
          action: 'UPDATE',
          before,
          after: describeDocument(doc),
        });
        return doc;
      },
    );
  }

  async delete(actor: User, id: string): Promise<boolean> {
    return this.em.transactional(async (em) => {
      const doc = await findDocument(em, id);
      await assertNotConclusionNotice(em, doc.id);
      recordAudit(em, actor, {
        entityType: 'DirectiveDocument',
        entityId: doc.id,
        action: 'DELETE',
        before: describeDocument(doc),
      });
      em.remove(doc);
      return true;
    });
  }
}

async function findIssuingUnit(em: EntityManager, id: string): Promise<Unit> {
  const unit = isUuid(id) ? await em.findOne(Unit, { id }) : null;
  if (!unit) throw RegisterErrors.issuingUnitNotFound();
  return unit;
}

async function findDocument(em: EntityManager, id: string): Promise<DirectiveDocument> {
  const doc = isUuid(id) ? await em.findOne(DirectiveDocument, { id }, { populate: ['issuingUnit'] }) : null;
  if (!doc) throw RegisterErrors.documentNotFound();
  return doc;
}

/**
 * A conclusion notice's entry is written from its visit (issueConclusionNotice), never from the register:
 * its number and date are the notice's own. Read by table name, as the notices feature builds on this one.
 */
async function assertNotConclusionNotice(em: EntityManager, documentId: string): Promise<void> {
  const rows = await readRows(em, sql`select 1 from conclusion_notice where document_id = ${documentId}`);
  if (rows.length) throw RegisterErrors.documentIsConclusionNotice();
}

async function assertNumberFree(em: EntityManager, number: string, year: number, exceptId: string | null) {
  const existing = await em.findOne(DirectiveDocument, { number, year });
  if (existing && existing.id !== exceptId) throw RegisterErrors.documentNumberTaken(number, year);
}

function describeDocument(doc: DirectiveDocument): Record<string, unknown> {
  return { ...auditFields(doc, ['type', 'number', 'issuedOn', 'summary']), issuingUnit: doc.issuingUnit.code };
}

/** Danh mục TTHC of each year and the figures the report draws from it. */
export class AdministrativeProceduresService {
  constructor(private readonly em: EntityManager) {}

  list(year: number): Promise<AdministrativeProcedure[]> {
    return this.em.find(AdministrativeProcedure, { year }, { orderBy: { code: 'asc' } });
  }

  async figures(year: number): Promise<TthcFigures> {
    return tthcFigures(year, await this.list(year));
  }

  async create(actor: User, input: AdministrativeProcedureInput): Promise<AdministrativeProcedure> {
    const fields = parseProcedure(input);
    return write(
      this.em,
      () => RegisterErrors.procedureCodeTaken(fields.code, fields.year),
      async (em) => {
        await assertCodeFree(em, fields.code, fields.year, null);
        const procedure = em.create(AdministrativeProcedure, fields);
        em.persist(procedure);
        recordAudit(em, actor, {
          entityType: 'AdministrativeProcedure',
          entityId: procedure.id,
          action: 'CREATE',
          after: describeProcedure(procedure),
        });
        return procedure;
      },
    );
  }

  async update(actor: User, input: UpdateAdministrativeProcedureInput): Promise<AdministrativeProcedure> {
    const fields = parseProcedure(input);
    return write(
      this.em,
      () => RegisterErrors.procedureCodeTaken(fields.code, fields.year),
      async (em) => {
        const procedure = await findProcedure(em, input.id);
        checkVersion(procedure.version, input.version);
        const before = describeProcedure(procedure);
        await assertCodeFree(em, fields.code, fields.year, procedure.id);
        em.assign(procedure, fields);
        recordAudit(em, actor, {
          entityType: 'AdministrativeProcedure',
          entityId: procedure.id,
          action: 'UPDATE',
          before,
          after: describeProcedure(procedure),
        });
        return procedure;
      },
    );
  }

  async delete(actor: User, id: string): Promise<boolean> {
    return this.em.transactional(async (em) => {
      const procedure = await findProcedure(em, id);
      recordAudit(em, actor, {
        entityType: 'AdministrativeProcedure',
        entityId: procedure.id,
        action: 'DELETE',
        before: describeProcedure(procedure),
      });
      em.remove(procedure);
      return true;
    });
  }
}

async function findProcedure(em: EntityManager, id: string): Promise<AdministrativeProcedure> {
  const procedure = isUuid(id) ? await em.findOne(AdministrativeProcedure, { id }) : null;
  if (!procedure) throw RegisterErrors.procedureNotFound();
  return procedure;
}

async function assertCodeFree(em: EntityManager, code: string, year: number, exceptId: string | null) {
  const existing = await em.findOne(AdministrativeProcedure, { code, year });
  if (existing && existing.id !== exceptId) throw RegisterErrors.procedureCodeTaken(code, year);
}

function describeProcedure(p: AdministrativeProcedure): Record<string, unknown> {
  return auditFields(p, [
    'year',
    'code',
    'name',
    'level',
    'mechanism',
    'onlineService',
    'publicPostal',
    'legalDays',
    'daysCut',
  ]);
}

/** The department's SIPAS and PAR INDEX results, one per index and year. */
export class IndexResultsService {
  constructor(private readonly em: EntityManager) {}

  /** The results of a year, or of every year (oldest first) for the trend. */
  list(year: number | null | undefined): Promise<IndexResult[]> {
    return this.em.find(IndexResult, year ? { year } : {}, { orderBy: { year: 'asc', index: 'asc' } });
  }

  async create(actor: User, input: IndexResultInput): Promise<IndexResult> {
    const fields = parseIndexResult(input);
    return write(
      this.em,
      () => RegisterErrors.indexResultTaken(fields.index, fields.year),
      async (em) => {
        await assertIndexFree(em, fields, null);
        const result = em.create(IndexResult, fields);
        em.persist(result);
        recordAudit(em, actor, {
          entityType: 'IndexResult',
          entityId: result.id,
          action: 'CREATE',
          after: describeIndexResult(result),
        });
        return result;
      },
    );
  }

  async update(actor: User, input: UpdateIndexResultInput): Promise<IndexResult> {
    const fields = parseIndexResult(input);
    return write(
      this.em,
      () => RegisterErrors.indexResultTaken(fields.index, fields.year),
      async (em) => {
        const result = await findIndexResult(em, input.id);
        checkVersion(result.version, input.version);
        const before = describeIndexResult(result);
        await assertIndexFree(em, fields, result.id);
        em.assign(result, fields);
        recordAudit(em, actor, {
          entityType: 'IndexResult',
          entityId: result.id,
          action: 'UPDATE',
          before,
          after: describeIndexResult(result),
        });
        return result;
      },
    );
  }

  async delete(actor: User, id: string): Promise<boolean> {
    return this.em.transactional(async (em) => {
      const result = await findIndexResult(em, id);
      recordAudit(em, actor, {
        entityType: 'IndexResult',
        entityId: result.id,
        action: 'DELETE',
        before: describeIndexResult(result),
      });
      em.remove(result);
      return true;
    });
  }
}

async function findIndexResult(em: EntityManager, id: string): Promise<IndexResult> {
  const result = isUuid(id) ? await em.findOne(IndexResult, { id }) : null;
  if (!result) throw RegisterErrors.indexResultNotFound();
  return result;
}

async function assertIndexFree(
  em: EntityManager,
  fields: { year: number; index: AssessmentIndex },
  exceptId: string | null,
) {
  const existing = await em.findOne(IndexResult, { year: fields.year, index: fields.index });
  if (existing && existing.id !== exceptId) throw RegisterErrors.indexResultTaken(fields.index, fields.year);
}

function describeIndexResult(r: IndexResult): Record<string, unknown> {
  return auditFields(r, ['year', 'index', 'totalScore', 'components', 'rank', 'rankOf', 'note']);
}
