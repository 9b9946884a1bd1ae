import express, { type Request, type Response } from 'express';
import { AppError } from '../graphql/errors.js';
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
};

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
