import type { EntityManager } from '@mikro-orm/postgresql';
import { ObjectType } from 'type-graphql';
import { type Page, type PageArgs, PageOf, pageSql } from '../../common/paging.js';
import { containsPattern, foldedSql, searchWords } from '../../common/search-text.js';
import { type Sql, sql } from '../../common/sql.js';
import { executeSql } from '../../db/read-path/read-rows.js';
import { AdministrativeProcedure } from './administrative-procedure.entity.js';
import { DirectiveDocument } from './directive-document.entity.js';

@ObjectType({ description: 'One page of the TTHC catalogue of a year' })
export class ProcedurePage extends PageOf(AdministrativeProcedure) {}

@ObjectType({ description: 'One page of the directive documents of a year' })
export class DirectiveDocumentPage extends PageOf(DirectiveDocument) {}

/** What a register's search looks in: a table, its year column, the folded text and the page order. */
interface RegisterList {
  table: string;
  text: string;
  order: string;
}

/** A procedure is found by its code or its name; the catalogue is read by code. */
const PROCEDURES: RegisterList = {
  table: 'administrative_procedure',
  text: foldedSql("r.code || ' ' || r.name"),
  order: 'r.code, r.id',
};

/** A document is found by its number or its summary (trích yếu); the register is read by date. */
const DOCUMENTS: RegisterList = {
  table: 'directive_document',
  text: foldedSql("r.number || ' ' || r.summary"),
  order: 'r.issued_on, r.number, r.id',
};

/** The SQL condition (alias r) for a register's entries of a year that contain every word of the search. */
function registerFilterSql(list: RegisterList, year: number, search: string | null | undefined): Sql {
  const where = [sql`r.year = ${year}`];
  for (const word of searchWords(search ?? '')) {
    where.push(sql`${sql.raw(list.text)} like ${containsPattern(word)}`);
  }
  return sql.join(where, ' and ');
}

/** One page of a register's matching entries (ids in order) and how many match in all. */
async function readRegisterPage(
  em: EntityManager,
  list: RegisterList,
  year: number,
  search: string | null | undefined,
  page: PageArgs,
): Promise<{ ids: string[]; total: number }> {
  const where = registerFilterSql(list, year, search);
  const table = sql.raw(list.table);
  const rows = await executeSql<{ id: string }[]>(
    em,
    sql`select r.id from ${table} r where ${where} order by ${sql.raw(list.order)}${pageSql(page)}`,
  );
  const [count] = await executeSql<{ total: number }[]>(
    em,
    sql`select count(*)::int as total from ${table} r where ${where}`,
  );
  return { ids: rows.map((r) => r.id), total: count?.total ?? 0 };
}

function inOrder<T extends { id: string }>(items: T[], ids: string[]): T[] {
  const order = new Map(ids.map((id, i) => [id, i]));
  return items.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

/** One page of the TTHC catalogue of a year matching the search, by code, and the count of all matches. */
export async function readProcedurePage(
  em: EntityManager,
  year: number,
  search: string | null | undefined,
  page: PageArgs,
): Promise<Page<AdministrativeProcedure>> {
  const { ids, total } = await readRegisterPage(em, PROCEDURES, year, search, page);
  const items = ids.length ? await em.find(AdministrativeProcedure, { id: { $in: ids } }) : [];
  return { items: inOrder(items, ids), total };
}

/** One page of the directive documents of a year matching the search, by date, and the count of all matches. */
export async function readDirectiveDocumentPage(
  em: EntityManager,
  year: number,
  search: string | null | undefined,
  page: PageArgs,
): Promise<Page<DirectiveDocument>> {
  const { ids, total } = await readRegisterPage(em, DOCUMENTS, year, search, page);
  const items = ids.length ? await em.find(DirectiveDocument, { id: { $in: ids } }, { populate: ['issuingUnit'] }) : [];
  return { items: inOrder(items, ids), total };
}
