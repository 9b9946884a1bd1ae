import type { Request, Response } from 'express';
import { BodyErrors, type BodyRule, readBody } from './request-body.js';
import { checkUploadedArchive } from './zip-guard.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** An import's body: the .xlsx or .csv file itself, as the PWA sends it (application/octet-stream). */
const SPREADSHEET_BODY: BodyRule = {
  types: ['application/octet-stream', XLSX_TYPE, 'text/csv'],
  limit: MAX_FILE_BYTES,
  tooLarge: () => BodyErrors.fileTooLarge(MAX_FILE_BYTES),
};

/**
 * The spreadsheet an import route was sent (registers, the organisation's changes): read only when the
 * route calls it, after the session and the role, and checked (zip-guard) before any reader sees it.
 */
export async function readSpreadsheetUpload(req: Request, res: Response): Promise<Buffer> {
  const bytes = await readBody(req, res, SPREADSHEET_BODY);
  await checkUploadedArchive(bytes);
  return bytes;
}
