import { browser } from 'wxt/browser';

/** The options WXT passes with the content script's definition (those this context reads). */
interface ScriptOptions {
  noScriptStartedPostMessage?: boolean;
}

/**
 * The content script's context, built by WXT's entry code in place of WXT's own
 * `ContentScriptContext` (wxt.config.ts): only its abort signal, which also stops this copy of
 * the script when a newer one starts in the page (an update or reload of the extension). WXT's
 * has more (`onInvalidated`, wrapped timers, a location watcher) that every page would compile
 * for nothing: use `ctx.signal` and nothing else of `ctx`. The started event has WXT's name, so
 * a copy of an older version of the extension stops too.
 */
export class ContentScriptContext {
  /** Aborts when the extension is reloaded, updated or removed. */
  readonly signal: AbortSignal;

  // WXT passes the definition's options too; none of them matters here (ours never posts the
  // started message to the page: `noScriptStartedPostMessage`).
  constructor(contentScriptName: string, _options?: ScriptOptions) {
    const controller = new AbortController();
    this.signal = controller.signal;
    const type = `${browser.runtime?.id}:${contentScriptName}:wxt:content-script-started`;
    const messageId = Math.random();
    // The copy already in the page stops (the detail is WXT's, so an older version's copy too).
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName, messageId } }));
    // Any later start of this script (the event's type names it) stops this copy.
    document.addEventListener(
      type,
      (event) => (event as CustomEvent).detail?.messageId !== messageId && controller.abort(),
      { signal: this.signal },
    );
  }
}
