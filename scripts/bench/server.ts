import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { startFixtureServer } from '../../tests/e2e/harness/server';

const SCRIPT = /<script\b[\s\S]*?<\/script\s*>/gi;

/** Removes every `<script>` element from the bytes read as latin1, leaving all other bytes as they were. */
export function stripScripts(bytes: Buffer): Buffer {
  return Buffer.from(bytes.toString('latin1').replace(SCRIPT, ''), 'latin1');
}

/** What the server serves: corpus folders under URL prefixes, plus generated pages. */
export interface ServerOptions {
  /** URL prefix (`p`) to folder. Files are served at `/<prefix>/<file name>`. */
  folders: Record<string, string>;
  /** File name to charset, from `labels.json`; `utf-8` when absent. */
  charsets: ReadonlyMap<string, string>;
  /** Generated pages by path (`/blank`), served as UTF-8. */
  generated: Record<string, string>;
  /**
   * Also send COOP/COEP so the page is cross-origin isolated and `performance.now()` resolves to
   * 5 µs instead of 100 µs. Every other origin is aborted anyway, so the page text is the same.
   */
  isolate: boolean;
}

/** A running server; `url(prefix, file)` is where a page is served. */
export interface BenchServer {
  origin: string;
  url(prefix: string, file: string): string;
  close(): Promise<void>;
}

/**
 * Serves corpus pages on 127.0.0.1 the way the corpus README says (scripts removed, charset sent),
 * through the e2e fixture server: a route per page, read and stripped on first request.
 */
export async function startServer(options: ServerOptions): Promise<BenchServer> {
  const server = await startFixtureServer();
  const headers = (charset: string): Record<string, string> => ({
    'content-type': `text/html; charset=${charset}`,
    ...(options.isolate
      ? {
          'cross-origin-opener-policy': 'same-origin',
          'cross-origin-embedder-policy': 'require-corp',
        }
      : {}),
  });
  for (const [at, html] of Object.entries(options.generated)) {
    server.route(at, { headers: headers('utf-8'), body: html });
  }
  for (const [prefix, folder] of Object.entries(options.folders)) {
    for (const file of await readdir(folder)) {
      let stripped: Promise<Buffer> | undefined;
      server.route(`/${prefix}/${file}`, (_, res) => {
        stripped ??= readFile(path.join(folder, file)).then(stripScripts);
        stripped.then(
          (bytes) => {
            const charset = options.charsets.get(file) ?? 'utf-8';
            res.writeHead(200, { 'cache-control': 'no-store', ...headers(charset) }).end(bytes);
          },
          () => res.writeHead(500).end(),
        );
      });
    }
  }
  return {
    origin: server.origin,
    url: (prefix, file) => `${server.origin}/${prefix}/${encodeURIComponent(file)}`,
    close: () => server.close(),
  };
}
