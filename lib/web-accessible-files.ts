/** The files of a build that pages may load from the extension (the manifest lists them). */

/**
 * Where the card module sits in each build (scripts/build-card-module.ts writes it; the content
 * script imports it; the manifest makes it web-accessible). Apart from `content-scripts/`, which
 * holds only what every page compiles.
 */
export const CARD_MODULE_FILE = 'modules/card.js';

/**
 * The highlight rules the manifest gives every page, which a shadow root holding a mention
 * fetches for itself (rules do not cross into shadow roots): web-accessible too.
 */
export const HIGHLIGHT_CSS_FILE = 'content-scripts/content.css';
