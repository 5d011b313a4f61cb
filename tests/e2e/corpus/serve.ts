import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type ServedRequest, startFixtureServer } from '../harness/server';
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

export type { ServedRequest };

/** The corpus server: pages at `/p/<file>`, the browsers' proxy, and a log of every request. */
export interface CorpusServer {
  origin: string;
  url(page: PageLabels): string;
  log: ServedRequest[];
  /** Whether `host` appears in any served page (a preconnect hint or asset of the corpus). */
  inSomePage(host: string): boolean;
  close(): Promise<void>;
}

/**
 * The fixture server with the corpus pages at `/p/<file>` as the README serves them, its proxy
 * aborting every other host as the labels' run did.
 */
export async function startCorpusServer(
  pagesDir: string,
  pages: readonly PageLabels[],
): Promise<CorpusServer> {
  const server = await startFixtureServer({ refuse: 'abort' });
  const htmls: string[] = [];
  for (const page of pages) {
    const bytes = servedBytes(await readFile(path.join(pagesDir, page.file)));
    htmls.push(bytes.toString('latin1'));
    server.route(`/p/${page.file}`, {
      headers: { 'content-type': `text/html; charset=${page.charset}` },
      body: bytes,
    });
  }
  const allHtml = htmls.join('\n');
  return {
    origin: server.origin,
    url: (page) => `${server.origin}/p/${encodeURIComponent(page.file)}`,
    log: server.log,
    inSomePage: (host) => allHtml.includes(host),
    close: () => server.close(),
  };
}

/** Whether a loopback request came from the extension rather than from loading the page. */
export function isExtensionFetch(request: ServedRequest): boolean {
  return (
    !request.proxied &&
    (request.dest === 'empty' || /^(chrome|moz)-extension:/.test(request.origin))
  );
}
