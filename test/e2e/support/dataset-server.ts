/**
 * A dataset publisher for the E2E suite: a node:http server on 127.0.0.1 whose routes a test
 * programs one at a time — a file with an ETag (and 304 when it is asked for again), a status
 * code, a redirect, a body that trickles, a body of any size streamed without holding it in
 * memory, and a body that stops halfway until the test lets it go. Every answer allows any origin
 * (CORS), as data hosts commonly do, so the extension downloads without a host permission (a
 * headless browser cannot answer the permission prompt).
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route =
  | { kind: 'file'; bytes: Uint8Array; contentType?: string }
  | { kind: 'status'; status: number }
  | { kind: 'redirect'; location: string; status?: number }
  /** One byte every `everyMs` for `forMs`, then the end of a (JSON-invalid) body. */
  | { kind: 'trickle'; everyMs: number; forMs: number }
  /** `bytes` of spaces in 64 KiB chunks, as a chunked body with no Content-Length. */
  | { kind: 'huge'; bytes: number }
  /** The file's first half at once, the rest only after `release()`. */
  | { kind: 'gated'; bytes: Uint8Array };

export interface Hit {
  path: string;
  method: string;
  ifNoneMatch?: string;
  status: number;
  /** Body bytes written (for the size cap: how much was sent before the client hung up). */
  sent: number;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'etag, last-modified, content-length',
};

export class DatasetServer {
  private server: Server | undefined;
  private port = 0;
  private readonly routes = new Map<string, Route>();
  readonly hits: Hit[] = [];
  private gate:
    { release: () => void; released: Promise<void>; onHalf: () => void; halfSent: Promise<void> } | undefined;

  /** `host`: a loopback address (127.0.0.1 by default; any 127.x.y.z is this machine too). */
  constructor(private readonly host = '127.0.0.1') {}

  async start(): Promise<string> {
    const server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(0, this.host, () => done());
    });
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    return this.origin;
  }

  async stop(): Promise<void> {
    this.gate?.release();
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  }

  get origin(): string {
    return `http://${this.host}:${this.port}`;
  }

  url(path: string): string {
    return `${this.origin}/${path.replace(/^\/+/, '')}`;
  }

  set(path: string, route: Route): void {
    this.routes.set(`/${path.replace(/^\/+/, '')}`, route);
    if (route.kind === 'gated') {
      let release = () => undefined as void;
      let onHalf = () => undefined as void;
      const released = new Promise<void>((r) => (release = r));
      const halfSent = new Promise<void>((r) => (onHalf = r));
      this.gate = { release, released, onHalf, halfSent };
    }
  }

  delete(path: string): void {
    this.routes.delete(`/${path.replace(/^\/+/, '')}`);
  }

  /** Resolves once a gated route has sent its first half. */
  halfSent(): Promise<void> {
    if (!this.gate) throw new Error('No gated route');
    return this.gate.halfSent;
  }

  /** Lets a gated route send the rest. */
  release(): void {
    this.gate?.release();
  }

  hitsFor(path: string): Hit[] {
    const p = `/${path.replace(/^\/+/, '')}`;
    return this.hits.filter((h) => h.path === p);
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const hit: Hit = { path, method: req.method ?? 'GET', status: 0, sent: 0 };
    if (typeof req.headers['if-none-match'] === 'string') hit.ifNoneMatch = req.headers['if-none-match'];
    this.hits.push(hit);
    const head = (status: number, headers: Record<string, string> = {}) => {
      hit.status = status;
      res.writeHead(status, { ...CORS, 'cache-control': 'no-cache', ...headers });
    };
    const write = (chunk: Uint8Array | string): boolean => {
      hit.sent += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
      return res.write(chunk);
    };

    if (req.method === 'OPTIONS') {
      // A CORS preflight (conditional headers are not "simple" request headers).
      head(204, {
        'access-control-allow-methods': 'GET',
        'access-control-allow-headers': 'accept, if-none-match, if-modified-since',
        'access-control-max-age': '600',
      });
      res.end();
      return;
    }
    const route = this.routes.get(path);
    if (!route) {
      head(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    switch (route.kind) {
      case 'file': {
        const etag = `"${createHash('sha256').update(route.bytes).digest('hex').slice(0, 16)}"`;
        if (req.headers['if-none-match'] === etag) {
          head(304, { etag });
          res.end();
          return;
        }
        head(200, {
          etag,
          'content-type': route.contentType ?? 'application/json',
          'content-length': String(route.bytes.byteLength),
        });
        write(route.bytes);
        res.end();
        return;
      }
      case 'status':
        head(route.status, { 'content-type': 'text/plain' });
        res.end(`status ${route.status}`);
        return;
      case 'redirect':
        head(route.status ?? 302, { location: route.location });
        res.end();
        return;
      case 'trickle': {
        head(200, { 'content-type': 'application/json' });
        const started = Date.now();
        write('{');
        const timer = setInterval(() => {
          if (res.destroyed || Date.now() - started >= route.forMs) {
            clearInterval(timer);
            if (!res.destroyed) res.end('}');
            return;
          }
          write(' ');
        }, route.everyMs);
        res.on('close', () => clearInterval(timer));
        return;
      }
      case 'huge': {
        head(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        let left = route.bytes;
        const pump = () => {
          while (left > 0 && !res.destroyed) {
            const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
            left -= piece.length;
            if (!write(piece)) {
              res.once('drain', pump);
              return;
            }
          }
          if (!res.destroyed) res.end();
        };
        pump();
        return;
      }
      case 'gated': {
        const state = this.gate!;
        head(200, { 'content-type': 'application/json', 'content-length': String(route.bytes.byteLength) });
        const half = Math.floor(route.bytes.byteLength / 2);
        write(route.bytes.subarray(0, half));
        state.onHalf();
        void state.released.then(() => {
          if (res.destroyed) return;
          write(route.bytes.subarray(half));
          res.end();
        });
        return;
      }
    }
  }
}
