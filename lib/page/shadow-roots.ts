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
export function shadowRootReader(
  win: Window = window,
  /** Told of each custom element found without a root, which may get one later. */
  onRootless?: (element: Element) => void,
): ShadowRootOf {
  // Looked up on first need: Chromium builds an API's object the first time it is touched.
  let closed: ((element: Element) => ShadowRoot | null | undefined) | undefined;
  const closedRootOf = (element: Element) => {
    closed ??=
      (win as Window & { chrome?: { dom?: ChromeDom } }).chrome?.dom?.openOrClosedShadowRoot ??
      ((e: Element) => (e as WithClosedRoots).openOrClosedShadowRoot);
    const root = closed(element) ?? null;
    if (!root) onRootless?.(element);
    return root;
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
