/** The options WXT passes with the content script's definition (those this context reads). */
interface ScriptOptions {
  noScriptStartedPostMessage?: boolean;
}

/** Type of the event each copy of our content script announces itself with, by script name. */
const STARTED = 'backstory:content-script-started:';

/**
 * The content script's context, built by WXT's entry code in place of WXT's own
 * `ContentScriptContext` (wxt.config.ts): only its abort signal, which also stops this copy of
 * the script when a newer one starts in the page (an update or reload of the extension). WXT's
 * has more (`onInvalidated`, wrapped timers, a location watcher) that every page would compile
 * for nothing: use `ctx.signal` and nothing else of `ctx`. The announcement is named without the
 * extension's id (WXT's is): reading the id is the first touch of the extension API, which costs
 * each frame ~0.1 ms, and most frames (ads, trackers) never get further than this.
 */
export class ContentScriptContext {
  /** Aborts when the extension is reloaded, updated or removed. */
  readonly signal: AbortSignal;

  // WXT passes the definition's options too; none of them matters here (ours never posts the
  // started message to the page: `noScriptStartedPostMessage`).
  constructor(contentScriptName: string, _options?: ScriptOptions) {
    const controller = new AbortController();
    this.signal = controller.signal;
    const type = STARTED + contentScriptName;
    const messageId = Math.random();
    // The copy already in the page stops.
    document.dispatchEvent(new CustomEvent(type, { detail: messageId }));
    // Any later start of this script (the event's type names it) stops this copy.
    document.addEventListener(
      type,
      (event) => (event as CustomEvent).detail !== messageId && controller.abort(),
      { signal: this.signal },
    );
  }
}
