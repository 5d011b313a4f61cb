import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

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

/** Serves corpus pages on 127.0.0.1 the way the corpus README says: scripts removed, charset sent. */
export async function startServer(options: ServerOptions): Promise<BenchServer> {
  const cache = new Map<string, Buffer>();
  const headers = (charset: string): Record<string, string> => ({
    'Content-Type': `text/html; charset=${charset}`,
    'Cache-Control': 'no-store',
    ...(options.isolate
      ? {
          'Cross-Origin-Opener-Policy': 'same-origin',
          'Cross-Origin-Embedder-Policy': 'require-corp',
        }
      : {}),
  });

  async function body(prefix: string, file: string): Promise<Buffer | null> {
    const folder = options.folders[prefix];
    if (!folder || file.includes('/') || file.includes('\\') || file.startsWith('.')) return null;
    const key = `${prefix}/${file}`;
    const cached = cache.get(key);
    if (cached) return cached;
    try {
      const stripped = stripScripts(await readFile(path.join(folder, file)));
      cache.set(key, stripped);
      return stripped;
    } catch {
      return null;
    }
  }

  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const generated = options.generated[pathname];
    if (generated !== undefined) {
      res.writeHead(200, headers('utf-8')).end(generated);
      return;
    }
    const [, prefix = '', file = ''] = pathname.split('/');
    body(prefix, file).then(
      (bytes) => {
        if (!bytes) res.writeHead(404).end();
        else res.writeHead(200, headers(options.charsets.get(file) ?? 'utf-8')).end(bytes);
      },
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (prefix, file) => `${origin}/${prefix}/${encodeURIComponent(file)}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
