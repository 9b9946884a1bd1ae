import { normaliseDocumentNumber } from './document-number.js';
import { RegisterErrors } from './registers.errors.js';
import type { AdministrativeProcedureInput, DirectiveDocumentInput, IndexResultInput } from './registers.inputs.js';

/*
 * The rules a register record must meet beyond its input's field checks, shared by the GraphQL
 * mutations and the file import: each returns the fields as stored or throws the register's error.
 */

export function singleLine(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.normalize('NFC').trim();
  return trimmed ? trimmed : null;
}

export function parseDocument(input: DirectiveDocumentInput) {
  const number = normaliseDocumentNumber(input.number);
  if (!number) throw RegisterErrors.documentNumberInvalid();
  const summary = singleLine(input.summary);
  if (!summary) throw RegisterErrors.documentSummaryRequired();
  return { type: input.type, number, issuedOn: input.issuedOn, year: Number(input.issuedOn.slice(0, 4)), summary };
}

export function parseProcedure(input: AdministrativeProcedureInput) {
  const name = singleLine(input.name);
  if (!name) throw RegisterErrors.procedureNameRequired();
  const code = singleLine(input.code);
  if (!code) throw RegisterErrors.procedureCodeRequired();
  const legalDays = input.legalDays ?? null;
  const daysCut = input.daysCut ?? null;
  if (daysCut !== null && legalDays === null) throw RegisterErrors.legalDaysRequired();
  if (daysCut !== null && legalDays !== null && daysCut > legalDays) throw RegisterErrors.daysCutTooMany();
  return {
    year: input.year,
    code,
    name,
    level: input.level,
    mechanism: input.mechanism,
    onlineService: input.onlineService,
    publicPostal: input.publicPostal,
    legalDays,
    daysCut,
  };
}

export function parseIndexResult(input: IndexResultInput) {
  const components = (input.components ?? []).map((c) => {
    const name = singleLine(c.name);
    if (!name) throw RegisterErrors.componentNameRequired();
    if (c.maxScore != null && c.score > c.maxScore) throw RegisterErrors.componentOverMax(name);
    return { name, score: c.score, maxScore: c.maxScore ?? null };
  });
  if (input.rank != null && input.rankOf != null && input.rank > input.rankOf) {
    throw RegisterErrors.rankOverCount(input.rank, input.rankOf);
  }
  return {
    year: input.year,
    index: input.index,
    totalScore: input.totalScore,
    components,
    rank: input.rank ?? null,
    rankOf: input.rankOf ?? null,
    note: blankToNull(input.note),
  };
}
