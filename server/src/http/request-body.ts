import express, { type Request, type Response } from 'express';
import { AppError, type ErrorCodeOf } from '../common/app-error.js';
import { mediaTypeOf } from './csrf.js';

/** What a route takes as its body: its own media types and a size limit. */
export interface BodyRule {
  /** Media types accepted (lower case, without parameters); any other is refused with 415. */
  types: readonly string[];
  /** Largest body in bytes. */
  limit: number;
  /** The route's own refusal of a body over the limit (sent with 413). */
  tooLarge: () => AppError;
}

export const BodyErrors = {
  unsupportedType: (types: readonly string[]) =>
    new AppError('UNSUPPORTED_MEDIA_TYPE', `Kiểu dữ liệu gửi lên không được chấp nhận: chỉ nhận ${types.join(', ')}.`, {
      accepted: types,
    }),
  malformed: () => new AppError('BAD_REQUEST_BODY', 'Dữ liệu gửi lên không đúng định dạng.'),
  /** An uploaded file (a spreadsheet) over the route's limit. */
  fileTooLarge: (limit: number) =>
    new AppError('REQUEST_TOO_LARGE', `Tệp gửi lên quá lớn: tối đa ${Math.round(limit / 1024 / 1024)} MB.`),
};

export type BodyErrorCode = ErrorCodeOf<typeof BodyErrors>;

const parsers = new Map<number, ReturnType<typeof express.raw>>();

/**
 * Reads a plain HTTP route's body as bytes, only when the route calls it: after the session and the
 * role are checked (a stranger's upload is never read or parsed) and only for the route's own media
 * types. The route keeps its own order: authenticate, then `readBody`, then look at the bytes.
 */
export async function readBody(req: Request, res: Response, rule: BodyRule): Promise<Buffer> {
  if (!rule.types.includes(mediaTypeOf(req))) throw BodyErrors.unsupportedType(rule.types);
  let parse = parsers.get(rule.limit);
  if (!parse) {
    parse = express.raw({ type: () => true, limit: rule.limit });
    parsers.set(rule.limit, parse);
  }
  const run = parse;
  try {
    await new Promise<void>((resolve, reject) => run(req, res, (err?: unknown) => (err ? reject(err) : resolve())));
  } catch (err) {
    const type = (err as { type?: string }).type;
    if (type === 'entity.too.large') {
      // The rest of the body is not read: the client must not send its next request on this connection.
      res.setHeader('Connection', 'close');
      throw rule.tooLarge();
    }
    if (type === 'encoding.unsupported') throw BodyErrors.unsupportedType(rule.types);
    const status = (err as { status?: number }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) throw BodyErrors.malformed();
    throw err;
  }
  return Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
}

/** A body read as far as the client sent it: `whole` is false when the connection ended mid-body. */
export interface BodyAsFarAsSent {
  bytes: Buffer;
  whole: boolean;
}

/**
 * Like `readBody`, but when the connection drops in the middle of the body it returns the bytes that
 * arrived instead of throwing them away: a piece of a photo cut by a flickering link is kept up to
 * where it was cut, and the phone resumes from there. Only for bodies sent as they are (no
 * Content-Encoding), so that what arrived is a prefix of what was meant; any other body is read whole
 * by `readBody`.
 */
export async function readBodyAsFarAsSent(req: Request, res: Response, rule: BodyRule): Promise<BodyAsFarAsSent> {
  const encoding = String(req.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding !== 'identity') return { bytes: await readBody(req, res, rule), whole: true };
  if (!rule.types.includes(mediaTypeOf(req))) throw BodyErrors.unsupportedType(rule.types);
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > rule.limit) {
    res.setHeader('Connection', 'close');
    throw rule.tooLarge();
  }
  return new Promise<BodyAsFarAsSent>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('close', onClose);
      outcome();
    };
    const asFarAsSent = (whole: boolean) => () => resolve({ bytes: Buffer.concat(chunks, size), whole });
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > rule.limit) {
        res.setHeader('Connection', 'close');
        req.pause();
        settle(() => reject(rule.tooLarge()));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => settle(asFarAsSent(true));
    // The connection ended before the body did (`complete` is set only by the body's real end).
    const onClose = () => settle(asFarAsSent(req.complete));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('close', onClose);
    // An aborted request also emits 'error' (ECONNRESET); 'close' follows and settles it.
    req.on('error', () => undefined);
  });
}
