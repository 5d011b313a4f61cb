import { browser } from 'wxt/browser';
import { HIGHLIGHT_CSS_FILE } from '../web-accessible-files';
import { isInsideSkipped, isShadowRoot, localNameOf } from './elements';

/** An element's shadow root, open or closed; null for none. */
export type ShadowRootOf = (element: Element) => ShadowRoot | null;

/** Firefox gives extensions closed roots through a property of the element. */
type WithClosedRoots = Element & { openOrClosedShadowRoot?: ShadowRoot | null };
interface ChromeDom {
  openOrClosedShadowRoot?: (element: Element) => ShadowRoot | null;
}

/**
 * Reads shadow roots the way this browser lets an extension: closed ones too, through Chromium's
 * `chrome.dom` or Firefox's element property (both extension-only). Those are asked only of
 * custom elements (a hyphen in the name), where closed roots live: the Chromium call costs
 * microseconds, and a big page has tens of thousands of elements.
 */
export function shadowRootReader(win: Window = window): ShadowRootOf {
  // Looked up on first need: Chromium builds an API's object the first time it is touched.
  let closed: ((element: Element) => ShadowRoot | null | undefined) | undefined;
  const closedRootOf = (element: Element) => {
    closed ??=
      (win as Window & { chrome?: { dom?: ChromeDom } }).chrome?.dom?.openOrClosedShadowRoot ??
      ((e: Element) => (e as WithClosedRoots).openOrClosedShadowRoot);
    return closed(element) ?? null;
  };
  return (element) =>
    element.shadowRoot ?? (localNameOf(element).includes('-') ? closedRootOf(element) : null);
}

/**
 * The shadow roots of `root` and the elements under it, not those nested in them (found when
 * each is read), nor those of hosts in skipped regions (an editor's, our own card's). One bare
 * loop: every element of the page passes through it.
 */
export function shadowRootsIn(root: Node, rootOf: ShadowRootOf): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 1);
  for (let e = root.nodeType === 1 ? root : walker.nextNode(); e; e = walker.nextNode()) {
    const shadow = rootOf(e as Element);
    // A form's control named `shadowRoot` is no root.
    if (isShadowRoot(shadow) && !isInsideSkipped(e)) found.push(shadow);
  }
  return found;
}

/** Our `::highlight()` rules, as the manifest gives them to every page. */
const fetchHighlightCss = () =>
  fetch(browser.runtime.getURL(`/${HIGHLIGHT_CSS_FILE}`)).then((response) => response.text());

/**
 * Paints our highlights in shadow roots: `::highlight()` rules do not cross a shadow boundary,
 * so a root with a mention adopts a stylesheet of them, once; `clear()` takes it out of each.
 * That array is the only thing of the page's roots we touch.
 */
export function createShadowStyles(
  win: Window & typeof globalThis = window,
  loadCss: () => Promise<string> = fetchHighlightCss,
) {
  let sheet: Promise<CSSStyleSheet> | undefined;
  const styled = new Set<ShadowRoot>();
  /** Takes our sheet out of `root`, and puts it back at the end if the root is still styled. */
  const restyle = (root: ShadowRoot) =>
    sheet?.then(
      (ours) => {
        const theirs = root.adoptedStyleSheets.filter((s) => s !== ours);
        root.adoptedStyleSheets = styled.has(root) ? [...theirs, ours] : theirs;
      },
      () => {},
    );
  return {
    add(root: ShadowRoot) {
      if (styled.has(root)) return;
      styled.add(root);
      sheet ??= loadCss().then((css) => {
        const made = new win.CSSStyleSheet();
        made.replaceSync(css);
        return made;
      });
      restyle(root);
    },
    /** The roots holding mentions, for hit-testing (the registry sees into no other). */
    roots(): ShadowRoot[] {
      // Roots the page removed are let go, our sheet taken out (one put back is read and styled
      // again).
      for (const root of styled) {
        if (root.isConnected) continue;
        styled.delete(root);
        restyle(root);
      }
      return [...styled];
    },
    /** Takes our sheet out of every root (as soon as it is loaded, if it is not yet). */
    clear() {
      const roots = [...styled];
      styled.clear();
      for (const root of roots) restyle(root);
    },
  };
}
