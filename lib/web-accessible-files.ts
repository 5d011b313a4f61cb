/** The files of a build that pages may load from the extension (the manifest lists them). */

/**
 * Where the page module sits in each build (scripts/build-modules.ts writes it): all the content
 * script does on a page it can read, imported by the content script from the extension. Apart
 * from `content-scripts/`, which holds only what the manifest injects.
 */
export const PAGE_MODULE_FILE = 'modules/page.js';

/**
 * Where the card module sits: imported by the page module the first time the pointer comes to
 * rest on a name.
 */
export const CARD_MODULE_FILE = 'modules/card.js';

/**
 * Where the shadow module sits (lib/page/shadow-module.ts): imported by the page module on a page
 * with web components (most pages have none).
 */
export const SHADOW_MODULE_FILE = 'modules/shadow.js';

/**
 * The highlight rules the manifest gives every page, which a shadow root holding a mention
 * fetches for itself (rules do not cross into shadow roots): web-accessible too.
 */
export const HIGHLIGHT_CSS_FILE = 'content-scripts/content.css';
