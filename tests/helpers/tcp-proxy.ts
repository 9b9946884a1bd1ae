import net from 'node:net';

/**
 * pass: bytes flow both ways. cut: every connection is reset and new ones are reset as they come.
 * stall: connections are accepted and kept open but nothing is forwarded either way (a link that
 * swallows packets). unavailable: every new connection gets a bare HTTP 503, as from a reverse proxy
 * whose backend is down.
 */
export type ProxyMode = 'pass' | 'cut' | 'stall' | 'unavailable';

export interface ProxyStats {
  /** Connections accepted from the browser. */
  connections: number;
  /** Bytes forwarded browser -> server and server -> browser. */
  bytesUp: number;
  bytesDown: number;
  /** Times the link was cut (by `cut()` or by a flicker). */
  cuts: number;
}

export interface TcpProxy {
  /** `http://127.0.0.1:<port>`: the browser opens the app here, never on the server's own port. */
  readonly url: string;
  readonly port: number;
  readonly mode: ProxyMode;
  readonly stats: ProxyStats;
  pass(): void;
  cut(): void;
  stall(): void;
  unavailable(): void;
  /** Alternates `upMs` of pass and `downMs` of cut until another mode is chosen. */
  flicker(options: { upMs: number; downMs: number }): void;
  /**
   * Limits what the browser sends to about `bytesPerSecond` on each connection (a phone's uplink on a
   * weak mobile signal), in every mode until changed; `null` lifts the limit.
   */
  limitUpload(bytesPerSecond: number | null): void;
  close(): Promise<void>;
}

interface Pair {
  client: net.Socket;
  upstream: net.Socket | null;
  /** The server ended its side while the link was stalled: the browser learns it when the link passes. */
  upstreamGone: boolean;
  /** Reading from the browser waits for the upload limit's time to pass. */
  throttled: boolean;
}

const BARE_503 =
  'HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 19\r\nConnection: close\r\n\r\nService Unavailable';

/**
 * A real TCP proxy between the browser and a test server, controlled by the test: it really resets,
 * stalls and refuses connections, which DevTools' offline switch and throttling do not do to an
 * upload already on its way.
 */
export async function startTcpProxy(target: string): Promise<TcpProxy> {
  const { hostname, port: targetPort } = new URL(target);
  const pairs = new Set<Pair>();
  const stats: ProxyStats = { connections: 0, bytesUp: 0, bytesDown: 0, cuts: 0 };
  let mode: ProxyMode = 'pass';
  let flickerTimer: NodeJS.Timeout | null = null;
  let uploadBytesPerSecond: number | null = null;

  const destroy = (pair: Pair) => {
    pairs.delete(pair);
    pair.client.resetAndDestroy();
    pair.upstream?.destroy();
  };

  /** Opens the server side once bytes may flow, so a stalled connection never reaches the server. */
  const connectUpstream = (pair: Pair) => {
    if (pair.upstream) return;
    const upstream = net.connect({ host: hostname, port: Number(targetPort) });
    pair.upstream = upstream;
    upstream.on('data', (chunk: Buffer) => {
      stats.bytesDown += chunk.length;
      if (!pair.client.write(chunk)) upstream.pause();
    });
    pair.client.on('drain', () => {
      if (mode === 'pass') upstream.resume();
    });
    upstream.on('drain', () => {
      if (mode === 'pass' && !pair.throttled) pair.client.resume();
    });
    upstream.on('error', () => undefined);
    upstream.on('close', () => {
      if (!pairs.has(pair)) return;
      if (mode === 'stall') {
        pair.upstreamGone = true;
        return;
      }
      pairs.delete(pair);
      pair.client.end();
    });
  };

  const server = net.createServer((client) => {
    stats.connections += 1;
    client.on('error', () => undefined);
    if (mode === 'cut') {
      client.resetAndDestroy();
      return;
    }
    if (mode === 'unavailable') {
      client.once('data', () => client.end(BARE_503));
      return;
    }
    const pair: Pair = { client, upstream: null, upstreamGone: false, throttled: false };
    pairs.add(pair);
    client.on('data', (chunk: Buffer) => {
      if (!pair.upstream) connectUpstream(pair);
      stats.bytesUp += chunk.length;
      const flowing = pair.upstream?.write(chunk);
      if (uploadBytesPerSecond) {
        // The next bytes are read only once this chunk's share of the link's time has passed.
        client.pause();
        pair.throttled = true;
        setTimeout(
          () => {
            pair.throttled = false;
            if (mode === 'pass' && pairs.has(pair) && pair.upstream?.writableNeedDrain === false) client.resume();
          },
          (chunk.length / uploadBytesPerSecond) * 1000,
        );
      } else if (!flowing) client.pause();
    });
    client.on('close', () => {
      pairs.delete(pair);
      pair.upstream?.destroy();
    });
    if (mode === 'stall') client.pause();
  });

  const setMode = (next: ProxyMode) => {
    mode = next;
    for (const pair of [...pairs]) {
      if (next === 'pass') {
        if (pair.upstreamGone) {
          pairs.delete(pair);
          pair.client.end();
          continue;
        }
        if (!pair.throttled) pair.client.resume();
        pair.upstream?.resume();
      } else if (next === 'stall') {
        pair.client.pause();
        pair.upstream?.pause();
      } else {
        destroy(pair);
      }
    }
  };

  const stopFlicker = () => {
    if (flickerTimer) clearTimeout(flickerTimer);
    flickerTimer = null;
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as net.AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    get mode() {
      return mode;
    },
    stats,
    pass() {
      stopFlicker();
      setMode('pass');
    },
    cut() {
      stopFlicker();
      stats.cuts += 1;
      setMode('cut');
    },
    stall() {
      stopFlicker();
      setMode('stall');
    },
    unavailable() {
      stopFlicker();
      setMode('unavailable');
    },
    flicker({ upMs, downMs }) {
      stopFlicker();
      const up = () => {
        setMode('pass');
        flickerTimer = setTimeout(down, upMs);
      };
      const down = () => {
        stats.cuts += 1;
        setMode('cut');
        flickerTimer = setTimeout(up, downMs);
      };
      up();
    },
    limitUpload(bytesPerSecond) {
      uploadBytesPerSecond = bytesPerSecond;
    },
    async close() {
      stopFlicker();
      for (const pair of [...pairs]) destroy(pair);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
