import { browser } from 'wxt/browser';
import { HIGHLIGHT_CSS_FILE } from '../web-accessible-files';

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
    /**
     * Styles a root holding a mention; again if the page has since replaced the root's sheets
     * (a component re-rendering sets its own list), which it is told of as the root's mentions
     * are found again.
     */
    add(root: ShadowRoot) {
      if (!styled.has(root)) {
        styled.add(root);
        sheet ??= loadCss().then((css) => {
          const made = new win.CSSStyleSheet();
          made.replaceSync(css);
          return made;
        });
        restyle(root);
        return;
      }
      sheet?.then(
        (ours) => {
          if (styled.has(root) && !root.adoptedStyleSheets.includes(ours)) restyle(root);
        },
        () => {},
      );
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
