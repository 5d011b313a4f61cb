/** Stores where browsers never run extensions' content scripts. */
const STORE_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org'];

/**
 * Whether the browser keeps content scripts out of `url`: its own pages, web stores, the PDF
 * viewer and source views. Unknown (undefined) URLs are not judged here.
 */
export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return false;
  if (
    /^(chrome|edge|brave|opera|about|view-source|devtools|chrome-extension|moz-extension|resource|file):/i.test(
      url,
    )
  ) {
    return !url.startsWith('file:');
  }
  try {
    const { hostname, pathname } = new URL(url);
    if (STORE_HOSTS.includes(hostname))
      return hostname !== 'chrome.google.com' || pathname.startsWith('/webstore');
    return /\.pdf$/i.test(pathname);
  } catch {
    return false;
  }
}
