import { parseDecimal, parseVietnameseDate } from '../../i18n/format';
import type { SheetProblem } from './sheet-upload';

/** What the server answers to a criteria import's preview or import (criteria-import.service.ts). */
export interface CriteriaImportPreview {
  revision: number;
  rows: {
    row: number;
    code: string;
    level: 'AREA' | 'CRITERION' | 'COMPONENT' | null;
    cells: string[];
    problems: SheetProblem[];
  }[];
  problems: SheetProblem[];
  counts: { areas: number; criteria: number; components: number; bad: number };
  carryOver: { kept: string[]; changed: string[]; retired: string[] } | null;
  setId?: string;
}

/** The issuing document of a set, as typed in the form (dates dd/mm/yyyy, points with a decimal comma). */
export interface SetDetailsDraft {
  title: string;
  documentNumber: string;
  issuedOn: string;
  effectiveOn: string;
  totalPoints: string;
}

export type SetDetailsProblem = 'required' | 'date' | 'points';

export const emptySetDetails = (): SetDetailsDraft => ({
  title: '',
  documentNumber: '',
  issuedOn: '',
  effectiveOn: '',
  totalPoints: '100',
});

/**
 * The set's details as the import's query string, or what is wrong with each field: a title and a
 * document number are required, the dates are real days, the total a positive number (100 by default);
 * the day it applies from is the day it was issued unless said.
 */
export function setDetailsQuery(
  draft: SetDetailsDraft,
): { query: string } | { problems: Partial<Record<keyof SetDetailsDraft, SetDetailsProblem>> } {
  const problems: Partial<Record<keyof SetDetailsDraft, SetDetailsProblem>> = {};
  const title = draft.title.trim();
  const documentNumber = draft.documentNumber.trim();
  if (!title) problems.title = 'required';
  if (!documentNumber) problems.documentNumber = 'required';
  const issuedOn = parseVietnameseDate(draft.issuedOn);
  if (!draft.issuedOn.trim()) problems.issuedOn = 'required';
  else if (!issuedOn) problems.issuedOn = 'date';
  const effectiveOn = draft.effectiveOn.trim() ? parseVietnameseDate(draft.effectiveOn) : issuedOn;
  if (draft.effectiveOn.trim() && !effectiveOn) problems.effectiveOn = 'date';
  const total = draft.totalPoints.trim() ? parseDecimal(draft.totalPoints) : 100;
  if (total === null || Number.isNaN(total) || total <= 0) problems.totalPoints = 'points';
  if (Object.keys(problems).length > 0) return { problems };
  const params = new URLSearchParams({
    title,
    documentNumber,
    issuedOn: issuedOn ?? '',
    effectiveOn: effectiveOn ?? '',
    totalPoints: String(total),
  });
  return { query: params.toString() };
}
