import { chmodSync, createReadStream, createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Logger } from '../../common/logger.js';
import { readArchive } from './backup-archive.js';

/**
 * The local control channel of a server on the embedded PGlite: a Unix socket in DATA_DIR/control (a
 * folder only the server's user may enter, mode 0700). It answers one request, "backup": the server
 * writes a backup file there with its own PGlite instance, then streams it back. Whoever can reach the
 * socket can already read the data folder itself, so it gives nobody anything new; nothing listens on
 * the network.
 */
const REQUEST = 'backup\n';

export function controlFolder(dataDir: string): string {
  return path.join(dataDir, 'control');
}

export function backupSocket(dataDir: string): string {
  return path.join(controlFolder(dataDir), 'backup.sock');
}

/** No server answers on the data folder's control socket. */
export class NoServer extends Error {}

type MakeBackup = (out: string) => Promise<unknown>;

/** Starts the channel; `makeBackup` writes a backup file (see db-backup.ts). */
export async function startBackupChannel(dataDir: string, makeBackup: MakeBackup, logger: Logger): Promise<Server> {
  const folder = controlFolder(dataDir);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  chmodSync(folder, 0o700);
  const socketPath = backupSocket(dataDir);
  // Left by a server that was killed: this process holds the data folder's lock, so it is stale.
  rmSync(socketPath, { force: true });
  let busy = false;
  const server = createServer((socket) => {
    let request = '';
    socket.setEncoding('utf8');
    socket.on('error', () => undefined);
    socket.on('data', (chunk: string) => {
      request += chunk;
      if (!request.includes('\n')) return;
      socket.removeAllListeners('data');
      if (request !== REQUEST) return void socket.end(`${JSON.stringify({ ok: false, message: 'unknown request' })}\n`);
      if (busy) {
        return void socket.end(
          `${JSON.stringify({ ok: false, message: 'Đang có một bản sao lưu khác / another backup is running' })}\n`,
        );
      }
      busy = true;
      void answer(socket, folder, makeBackup, logger).finally(() => {
        busy = false;
      });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  chmodSync(socketPath, 0o600);
  return server;
}

async function answer(socket: Socket, folder: string, makeBackup: MakeBackup, logger: Logger): Promise<void> {
  const file = path.join(folder, `backup-${process.pid}-${Date.now()}.tar`);
  const started = Date.now();
  try {
    await makeBackup(file);
    const { size } = await stat(file);
    logger.info({ size, ms: Date.now() - started }, 'backup made for the CLI');
    socket.write(`${JSON.stringify({ ok: true, size })}\n`);
    await pipeline(createReadStream(file), socket);
  } catch (err) {
    logger.error({ err }, 'backup failed');
    if (!socket.destroyed) socket.end(`${JSON.stringify({ ok: false, message: (err as Error).message })}\n`);
  } finally {
    await rm(file, { force: true });
  }
}

/**
 * Asks the server holding `dataDir` for a backup and writes it to `out` (through a temporary name,
 * renamed once its checksum is checked). Throws NoServer when nobody listens.
 */
export async function askServerForBackup(dataDir: string, out: string): Promise<void> {
  const socket = await new Promise<Socket>((resolve, reject) => {
    const s = createConnection(backupSocket(dataDir));
    s.once('connect', () => resolve(s));
    s.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'ENOENT' || err.code === 'ECONNREFUSED' ? new NoServer(err.message) : err),
    );
  });
  const partial = `${out}.partial-${process.pid}`;
  try {
    socket.write(REQUEST);
    const rest = await readReply(socket);
    const file = createWriteStream(partial, { flags: 'wx', mode: 0o600 });
    file.write(rest);
    await pipeline(socket, file);
    await readArchive(partial, () => undefined);
    await rename(partial, out);
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  } finally {
    socket.destroy();
  }
}

/** Reads the server's first line; throws its message if it refused; returns the bytes after the line. */
function readReply(socket: Socket): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let got = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      got = Buffer.concat([got, chunk]);
      const end = got.indexOf(0x0a);
      if (end < 0) return;
      socket.off('data', onData);
      socket.off('end', onEnd);
      socket.pause();
      const reply = JSON.parse(got.subarray(0, end).toString('utf8')) as { ok: boolean; message?: string };
      if (reply.ok) resolve(got.subarray(end + 1));
      else reject(new Error(`máy chủ trả lời / the server answered: ${reply.message}`));
    };
    const onEnd = () => reject(new Error('máy chủ đóng kết nối / the server closed the connection'));
    socket.on('data', onData);
    socket.once('end', onEnd);
    socket.once('error', reject);
  });
}
