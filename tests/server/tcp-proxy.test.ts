import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';

/** The test proxy used by the phone tests really passes, cuts, stalls and answers 503. */
let server: http.Server;
let target = '';
let requests = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requests += 1;
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
    });
    req.on('end', () => res.end(`got ${size}`));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  target = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** One raw HTTP request over a fresh TCP connection; resolves with what happened to it. */
function rawRequest(proxy: TcpProxy, body: string): { done: Promise<string>; socket: net.Socket } {
  const socket = net.connect(proxy.port, '127.0.0.1');
  const done = new Promise<string>((resolve) => {
    let answer = '';
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString();
    });
    socket.on('error', (error: NodeJS.ErrnoException) => resolve(`error ${error.code}`));
    socket.on('close', () => resolve(answer));
  });
  socket.write(`POST / HTTP/1.1\r\nHost: x\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`);
  return { done, socket };
}

describe('tcp proxy', () => {
  it('passes, cuts, stalls and answers 503 as the test tells it', async () => {
    const proxy = await startTcpProxy(target);
    try {
      expect(await rawRequest(proxy, 'hello').done).toMatch(/^HTTP\/1\.1 200[\s\S]*got 5$/);

      proxy.cut();
      expect(await rawRequest(proxy, 'hello').done).toMatch(/^(error ECONNRESET|)$/);

      // Stalled: the connection is accepted and stays open, and the server never sees the request.
      proxy.stall();
      const before = requests;
      const stalled = rawRequest(proxy, 'stalled');
      await new Promise<void>((resolve) => stalled.socket.once('connect', () => resolve()));
      await expect.poll(() => proxy.stats.connections).toBe(3);
      expect(requests).toBe(before);
      expect(stalled.socket.destroyed).toBe(false);
      // When the link comes back, the held request goes through.
      proxy.pass();
      expect(await stalled.done).toMatch(/got 7$/);
      expect(requests).toBe(before + 1);

      proxy.unavailable();
      expect(await rawRequest(proxy, 'x').done).toMatch(/^HTTP\/1\.1 503 /);

      proxy.flicker({ upMs: 50, downMs: 50 });
      await expect.poll(() => proxy.stats.cuts, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
      proxy.pass();
      expect(await rawRequest(proxy, 'again').done).toMatch(/got 5$/);
    } finally {
      await proxy.close();
    }
  });

  it('limits what the browser sends to the upload rate, and the body still arrives whole', async () => {
    const proxy = await startTcpProxy(target);
    try {
      const rate = 128 * 1024;
      proxy.limitUpload(rate);
      const body = 'x'.repeat(192 * 1024);
      const started = process.hrtime.bigint();
      expect(await rawRequest(proxy, body).done).toMatch(new RegExp(`got ${body.length}$`));
      const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
      // A lower bound only: the first socket read (at most 64 KiB) goes at once, the rest waits its
      // share of the link's time. A busy machine can only make it slower.
      expect(elapsedMs).toBeGreaterThanOrEqual(((body.length - 64 * 1024) / rate) * 1000 * 0.9);

      proxy.limitUpload(null);
      expect(await rawRequest(proxy, 'fast').done).toMatch(/got 4$/);
    } finally {
      await proxy.close();
    }
  });
});
