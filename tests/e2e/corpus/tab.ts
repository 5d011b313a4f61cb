import type { BrowserKind, PageFunction } from '../harness/types';

/** The viewport the labels were made at. */
export const CORPUS_VIEWPORT = { width: 1280, height: 900 };

/** A network request seen by the browser while a corpus page was open. */
export interface SeenRequest {
  url: string;
  /** The browser names the extension as its initiator (stack, frame or worker). */
  byExtension: boolean;
}

/** The one tab a corpus run reuses for every page, with what it saw since the last `load`. */
export interface CorpusTab {
  kind: BrowserKind;
  /** Navigates (viewport 1280×900) and waits for `load`; clears the logs below. */
  load(url: string): Promise<void>;
  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R>;
  mouseMove(x: number, y: number): Promise<void>;
  press(key: 'Escape'): Promise<void>;
  /** Uncaught errors and unhandled rejections reported since `load`, our content script's too. */
  errors(): string[];
  /**
   * Throws `message` in the content script's world (Chromium, through CDP), to prove `errors()`
   * sees it; resolves to how many worlds it was thrown in. Firefox has no such way in.
   */
  throwInExtension?(message: string): Promise<number>;
  /** Console errors since `load` other than resources failing to load (shown, not judged). */
  consoleErrors(): string[];
  /** http(s)/ws(s) requests since `load`, whatever their host. */
  requests(): SeenRequest[];
  close(): Promise<void>;
}

/** Whether a browser-reported initiator (any shape: CDP or BiDi) mentions an extension URL. */
export function mentionsExtension(initiator: unknown): boolean {
  return /\b(chrome|moz)-extension:\/\//.test(JSON.stringify(initiator ?? null));
}

/** Whether a URL is a network request at all (not data:, blob:, or an extension's own file). */
export function isNetworkUrl(url: string): boolean {
  return /^(https?|wss?):/i.test(url);
}

/**
 * Console and error-log noise of the corpus pages' own assets, which are aborted or refused:
 * Chromium's resource messages, Firefox's CORS, font and security reports and its error pages.
 */
const RESOURCE_NOISE = [
  /Failed to load resource|net::ERR_/,
  /Not allowed to load local resource|Unsafe attempt to load URL|Manifest fetch from/,
  /Cross-Origin Request Blocked|downloadable font:|Loading failed for/,
  /Security Error: Content at \S+ may not load/,
  // Firefox's own error page (about:neterror) in an aborted iframe.
  /\bRPM\w+ is not defined/,
];

/** Whether a console message or reported error is about the page's own assets failing to load. */
export function isResourceNoise(text: string): boolean {
  return RESOURCE_NOISE.some((pattern) => pattern.test(text));
}
