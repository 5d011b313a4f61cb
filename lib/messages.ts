import type { StoredMatcher } from './knowledge/stored-matcher';
import type { LibraryCardData } from './library/library-knowledge';
import type { FrameSummaries } from './tab-summaries';
import type { EntityKind } from './text/types';

/** What a tab's content script reports about its page. */
export interface PageSummary {
  /** Highlighting here: on, paused for this site, or off everywhere. */
  state: 'active' | 'paused' | 'off';
  /** The page's hostname, the unit the reader pauses. */
  hostname: string;
  /** Total highlighted mentions of the kinds shown. */
  total: number;
  /** Mentions per entity, in the order the page found them (page order, nested blocks apart). */
  entities: { entityId: string; kind: EntityKind; count: number }[];
}

/** Every message between the extension's parts, by type, with the reply it expects. */
export interface Protocol {
  /** Popup → a frame's content script: what is on this page? */
  getPageSummary: { request: undefined; response: PageSummary };
  /**
   * A frame's content script → background: the page's mention count changed (an empty summary
   * when the frame's document goes).
   */
  pageSummaryChanged: { request: PageSummary; response: undefined };
  /** Popup → background: the latest summary of each frame of a tab that counted something. */
  getTabFrames: { request: { tabId: number }; response: FrameSummaries };
  /** Content script → background: open the article page at a sentence (no id: the bundled article). */
  openArticle: { request: { sentenceIndex: number; articleId?: string }; response: undefined };
  /**
   * Popup → one frame's content script: scroll to its next mention of an entity, open its card;
   * with `restart`, to its first (the popup goes on into this frame from another).
   */
  revealEntity: { request: { entityId: string; restart?: boolean }; response: boolean };
  /** Background or popup → one frame's content script: close its card (another frame opens one). */
  closeCard: { request: undefined; response: undefined };
  /**
   * A card (content script) → background: the cards of these entities, from every article
   * switched on (the content script cannot read the library's database).
   */
  cardContent: { request: { entityIds: string[] }; response: Record<string, LibraryCardData> };
  /** An extension page → background: it changed the library (the background recompiles). */
  libraryChanged: { request: { ids: string[] }; response: undefined };
  /** Popup → the top frame's content script: its address and its document as HTML ("Add this page"). */
  pageCopy: { request: undefined; response: [url: string, html: string] };
  /** Content script → background: no matcher is stored for the kinds shown; compile one. */
  needMatcher: { request: undefined; response: StoredMatcher | undefined };
  /**
   * Background → one frame's content script: the keyboard command, to the next or previous
   * mention; with `restart`, to the frame's first or last (stepping on from another frame).
   */
  stepMention: { request: { direction: 1 | -1; restart?: boolean }; response: undefined };
}

/** A message of the protocol, as sent over `runtime`/`tabs` messaging. */
export type Message = {
  [K in keyof Protocol]: { type: K; data: Protocol[K]['request'] };
}[keyof Protocol];

/** Whether an unknown value (from another context) is a message of ours. */
export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).type === 'string';
}
