/**
 * Where the card module sits in each build (scripts/build-card-module.ts writes it; the content
 * script imports it; the manifest makes it web-accessible). Apart from `content-scripts/`, which
 * holds only what every page compiles.
 */
export const CARD_MODULE_FILE = 'modules/card.js';
