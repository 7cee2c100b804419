/**
 * A tiny static file server for the E2E suite, the benchmark and the demo: 127.0.0.1 only, a free
 * port chosen by the OS, GET/HEAD only. It serves test/fixtures/pages plus any extra directories
 * (first directory holding the path wins), so fixture pages load over http:// where the content
 * script runs. A file may come with response headers of its own in a sidecar `<file>.headers.json`
 * (an object of header names to values), e.g. a page served with a strict Content-Security-Policy.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
export const FIXTURE_PAGES = resolve(REPO_ROOT, 'test/fixtures/pages');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export class StaticServer {
  readonly dirs: string[];
  private server: Server | undefined;
  private port = 0;
  /** Every path requested, in order: lets a test see what the fixture pages themselves loaded. */
  readonly log: string[] = [];

  /** `dirs` defaults to test/fixtures/pages; extra directories are searched after it. */
  constructor(...extraDirs: string[]) {
    this.dirs = [FIXTURE_PAGES, ...extraDirs].map((d) => resolve(d));
  }

  /** Starts listening on 127.0.0.1 and resolves to the origin, e.g. "http://127.0.0.1:41234". */
  async start(): Promise<string> {
    if (this.server) return this.origin;
    const server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(String(error));
      });
    });
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(0, '127.0.0.1', () => done());
    });
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    return this.origin;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  }

  get origin(): string {
    if (!this.server) throw new Error('StaticServer is not started');
    return `http://127.0.0.1:${this.port}`;
  }

  get host(): string {
    return `127.0.0.1:${this.port}`;
  }

  /** The URL of a path under the served directories ("seed-000.html" → http://127.0.0.1:N/seed-000.html); a query stays a query. */
  url(path: string): string {
    return `${this.origin}/${encodeURI(path.replace(/^\/+/, ''))}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    this.log.push(pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const file = await this.find(pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${pathname}\n`);
      return;
    }
    res.writeHead(200, {
      'content-type': contentTypeOf(file.path),
      'content-length': String(file.size),
      'cache-control': 'no-store',
      ...(await sidecarHeaders(file.path)),
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file.path).pipe(res);
  }

  private async find(pathname: string): Promise<{ path: string; size: number } | undefined> {
    const relative = pathname.replace(/^\/+/, '') || 'index.html';
    for (const dir of this.dirs) {
      let path = resolve(dir, relative);
      // No escaping the served directories with ../ or an absolute path.
      if (path !== dir && !path.startsWith(dir + sep)) continue;
      let info = await stat(path).catch(() => undefined);
      if (info?.isDirectory()) {
        path = resolve(path, 'index.html');
        info = await stat(path).catch(() => undefined);
      }
      if (info?.isFile()) return { path, size: info.size };
    }
    return undefined;
  }
}

/** Extra response headers for a file, from `<file>.headers.json` next to it (none when there is no such file). */
export async function sidecarHeaders(path: string): Promise<Record<string, string>> {
  let text: string;
  try {
    text = await readFile(`${path}.headers.json`, 'utf8');
  } catch {
    return {};
  }
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${path}.headers.json: expected an object of header names to values`);
  }
  return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k.toLowerCase(), String(v)]));
}

/** Starts a server over test/fixtures/pages (and `extraDirs`) and returns it. */
export async function startServer(...extraDirs: string[]): Promise<StaticServer> {
  const server = new StaticServer(...extraDirs);
  await server.start();
  return server;
}
