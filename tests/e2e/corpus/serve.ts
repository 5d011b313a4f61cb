import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { PageLabels } from './labels';
import { OBSERVER_SCRIPT } from './observer';

const SCRIPT = /<script\b[\s\S]*?<\/script\s*>/gi;

/**
 * The page as the corpus README serves it (every `<script>` removed over latin1 bytes), plus one
 * inline script at the top of `<head>` that starts the mutation recorder before anything else.
 */
export function servedBytes(bytes: Buffer): Buffer {
  const html = bytes.toString('latin1').replace(SCRIPT, '');
  const tag = `<script>${OBSERVER_SCRIPT}</script>`;
  // After <head>, else after <html>, else after the doctype: never before it (quirks mode).
  const anchor = /<head(?:\s[^>]*)?>/i.exec(html) ??
    /<html(?:\s[^>]*)?>/i.exec(html) ??
    /<!doctype[^>]*>/i.exec(html) ?? { index: 0, 0: '' };
  const at = anchor.index + anchor[0].length;
  return Buffer.from(html.slice(0, at) + tag + html.slice(at), 'latin1');
}

/** A request the server received: for 127.0.0.1, or (through the proxy) for another host. */
export interface ServedRequest {
  url: string;
  proxied: boolean;
  /** `Sec-Fetch-Dest` (a script-less page fetching with `empty` can only be the extension). */
  dest: string;
  origin: string;
}

/** The corpus server: pages at `/p/<file>`, the browsers' proxy, and a log of every request. */
export interface CorpusServer {
  origin: string;
  url(page: PageLabels): string;
  log: ServedRequest[];
  /** Whether `host` appears in any served page (a preconnect hint or asset of the corpus). */
  inSomePage(host: string): boolean;
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1; the proxy side records and aborts every request. */
export async function startCorpusServer(
  pagesDir: string,
  pages: readonly PageLabels[],
): Promise<CorpusServer> {
  const bodies = new Map<string, { bytes: Buffer; charset: string }>();
  for (const page of pages) {
    const bytes = servedBytes(await readFile(path.join(pagesDir, page.file)));
    bodies.set(`/p/${page.file}`, { bytes, charset: page.charset });
  }
  const allHtml = [...bodies.values()].map((b) => b.bytes.toString('latin1')).join('\n');
  const log: ServedRequest[] = [];
  const note = (req: http.IncomingMessage, url: string, proxied: boolean) => {
    const header = (name: string) => String(req.headers[name] ?? '');
    log.push({ url, proxied, dest: header('sec-fetch-dest'), origin: header('origin') });
  };
  const server = http.createServer((req, res) => {
    const target = req.url ?? '/';
    // An absolute URL: the browser used us as its proxy for another host. Abort it.
    if (/^[a-z]+:\/\//i.test(target)) {
      note(req, target, true);
      req.socket.destroy();
      return;
    }
    note(req, target, false);
    const body = bodies.get(decodeURIComponent(new URL(target, 'http://127.0.0.1').pathname));
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end();
      return;
    }
    res.writeHead(200, {
      'content-type': `text/html; charset=${body.charset}`,
      'cache-control': 'no-store',
    });
    res.end(body.bytes);
  });
  server.on('connect', (req, socket) => {
    note(req, `https://${req.url ?? ''}`, true);
    socket.on('error', () => {});
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (page) => `${origin}/p/${encodeURIComponent(page.file)}`,
    log,
    inSomePage: (host) => allHtml.includes(host),
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Whether a loopback request came from the extension rather than from loading the page. */
export function isExtensionFetch(request: ServedRequest): boolean {
  return (
    !request.proxied &&
    (request.dest === 'empty' || /^(chrome|moz)-extension:/.test(request.origin))
  );
}
