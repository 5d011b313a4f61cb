import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `tests/fixtures/`, served at `/` by default. */
// From the path, not `new URL(…, import.meta.url)`: unit tests under happy-dom import this module
// (through the bench's server), and happy-dom's URL is not one Node's fileURLToPath accepts.
export const FIXTURES_DIR = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../fixtures/',
);

/** A fixed reply for one path. */
export interface StaticRoute {
  status?: number;
  headers?: Record<string, string>;
  body: string | Uint8Array;
}

/** A route: a fixed reply, or a handler that writes the reply itself. */
export type Route = StaticRoute | ((req: http.IncomingMessage, res: http.ServerResponse) => void);

/** A request the browser tried to send to a host other than 127.0.0.1 (refused). */
export interface ExternalRequest {
  url: string;
  /** Who saw it: the proxy every browser is pointed at, or the driver's per-page interception. */
  via: 'proxy' | 'page';
  /** The page that made it, when the driver knows. */
  page?: string;
}

/** A request the server received: for 127.0.0.1, or (through the proxy) for another host. */
export interface ServedRequest {
  url: string;
  proxied: boolean;
  /** `Sec-Fetch-Dest` (a script-less page fetching with `empty` can only be an extension). */
  dest: string;
  origin: string;
}

/** The loopback server behind every end-to-end page; also the browsers' proxy, which refuses all. */
export interface FixtureServer {
  /** `http://127.0.0.1:<port>`, also the proxy address given to the browsers. */
  origin: string;
  /** Absolute URL of a path on this server (`url('smoke.html')`). */
  url(pathname: string): string;
  /** Serves `route` at exactly `pathname` (which starts with `/`), before any directory. */
  route(pathname: string, route: Route): void;
  /** Serves files of `dir` under `prefix` (`/corpus/`) with extra `headers` (e.g. a CSP); replaces. */
  serveDirectory(prefix: string, dir: string, headers?: Record<string, string>): void;
  /** Records a request to another host; the drivers report the ones they intercept. */
  recordExternal(request: ExternalRequest): void;
  /** Every external request recorded since the start or the last `clearExternalRequests()`. */
  externalRequests(): ExternalRequest[];
  clearExternalRequests(): void;
  /** Every request received since the start, proxied ones included (a live array). */
  log: ServedRequest[];
  close(): Promise<void>;
}

/** Starting options: what `/` serves, and how the proxy refuses. */
export interface FixtureServerOptions {
  /** Served at `/` (default `tests/fixtures/`). */
  root?: string;
  /**
   * `forbid` (default) answers 403; `abort` closes the connection, a network error as the
   * corpus labels were made with.
   */
  refuse?: 'forbid' | 'abort';
}

/**
 * Hosts the browsers themselves contact despite every switch we pass (Chromium's sign-in check and
 * an on-demand component update): seen through the proxy, they are not the extension's doing.
 */
const BROWSER_NOISE = new Set([
  'accounts.google.com',
  'update.googleapis.com',
  // Chromium's autofill asks about forms on pages with inputs.
  'content-autofill.googleapis.com',
]);

/** Whether a proxied request is one the browser makes on its own (see `BROWSER_NOISE`). */
export function isBrowserNoise(request: ExternalRequest): boolean {
  if (request.via !== 'proxy') return false;
  return BROWSER_NOISE.has(new URL(request.url).hostname);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

interface Mount {
  prefix: string;
  dir: string;
  headers: Record<string, string>;
}

/** Starts the fixture server on 127.0.0.1 at a free port, serving `tests/fixtures/` at `/`. */
export async function startFixtureServer(
  options: FixtureServerOptions = {},
): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const log: ServedRequest[] = [];
  const note = (req: http.IncomingMessage, url: string, proxied: boolean) => {
    const header = (name: string) => String(req.headers[name] ?? '');
    log.push({ url, proxied, dest: header('sec-fetch-dest'), origin: header('origin') });
  };
  // Longest prefix first, so `/corpus/` wins over `/`.
  const mounts: Mount[] = [{ prefix: '/', dir: options.root ?? FIXTURES_DIR, headers: {} }];
  let external: ExternalRequest[] = [];

  async function serveFile(res: http.ServerResponse, pathname: string): Promise<boolean> {
    const mount = mounts.find((m) => pathname.startsWith(m.prefix));
    if (!mount) return false;
    const root = path.resolve(mount.dir);
    let file = path.resolve(
      root,
      `.${decodeURIComponent(pathname.slice(mount.prefix.length - 1))}`,
    );
    if (file !== root && !file.startsWith(root + path.sep)) return false;
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      file = path.join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!info?.isFile()) return false;
    const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...mount.headers });
    createReadStream(file).pipe(res);
    return true;
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    // An absolute URL means the browser used us as its proxy: the request was for another host.
    if (req.url && /^[a-z]+:\/\//i.test(req.url)) {
      external.push({ url: req.url, via: 'proxy' });
      note(req, req.url, true);
      if (options.refuse === 'abort') req.socket.destroy();
      else res.writeHead(403, { 'content-type': 'text/plain' }).end('blocked by the e2e harness');
      return;
    }
    note(req, req.url ?? '/', false);
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = routes.get(pathname) ?? routes.get(decodeURIComponent(pathname));
    if (typeof route === 'function') return route(req, res);
    if (route) {
      res.writeHead(route.status ?? 200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...route.headers,
      });
      res.end(route.body);
      return;
    }
    if (await serveFile(res, pathname)) return;
    res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${pathname}`);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  // HTTPS and WebSocket requests through the proxy arrive as CONNECT: record and refuse.
  server.on('connect', (req, socket) => {
    external.push({ url: `https://${req.url ?? ''}`, via: 'proxy' });
    note(req, `https://${req.url ?? ''}`, true);
    // The browser may reset the connection first: an 'error' without a listener would end the run.
    socket.on('error', () => {});
    if (options.refuse === 'abort') socket.destroy();
    else socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    url: (pathname) => new URL(pathname, `${origin}/`).href,
    route: (pathname, route) => routes.set(pathname, route),
    serveDirectory(prefix, dir, headers = {}) {
      const normalized = prefix.endsWith('/') ? prefix : `${prefix}/`;
      const index = mounts.findIndex((m) => m.prefix === normalized);
      if (index >= 0) mounts.splice(index, 1);
      mounts.push({ prefix: normalized, dir, headers });
      mounts.sort((a, b) => b.prefix.length - a.prefix.length);
    },
    recordExternal: (request) => external.push(request),
    externalRequests: () => [...external],
    clearExternalRequests() {
      external = [];
    },
    log,
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
