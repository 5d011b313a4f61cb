import { ENTITIES } from '../../data/entities';
import type { Entity } from '../../data/types';
import { articleKnowledge, type EntityCardData, type ExcerptView } from '../knowledge';
import { type Article, BUNDLED_ID } from './article';
import { nameKey } from './library-entities';

/** The bundled article's people, places and organisations: their forms are hand-checked. */
const BUNDLED_IDS: ReadonlySet<string> = new Set(ENTITIES.map((entity) => entity.id));

/** An article a card cites: what the card says of it. */
export interface CardSource {
  articleId: string;
  headline: string;
  /** The dateline, or the site. */
  dateline: string;
  /** The year published; 0 when the article has no date. */
  year: number;
  /** The date as the article gives it (ISO 8601 or a year); may be empty. */
  published: string;
}

/** One excerpt of a card that cites several articles: the index of its source. */
export interface SourcedExcerpt extends ExcerptView {
  source: number;
}

/** A card's content drawn from every article switched on that names the entity. */
export interface LibraryCardData extends EntityCardData {
  excerpts: readonly SourcedExcerpt[];
  /** The articles naming the entity, newest first; each excerpt says which. */
  sources: readonly CardSource[];
}

/**
 * The articles newest first by their date (an undated one after every dated one, the bundled
 * article among them by its year); the order given breaks ties.
 */
export function newestFirst(articles: readonly Article[]): Article[] {
  const date = (article: Article) => article.published || '';
  return articles
    .map((article, order) => ({ article, order }))
    .sort((a, b) => {
      const [da, db] = [date(a.article), date(b.article)];
      if (!da !== !db) return da ? -1 : 1;
      return db.localeCompare(da) || a.order - b.order;
    })
    .map(({ article }) => article);
}

/**
 * One entity per id from every article given: the bundled article's own (hand-checked, with its
 * vetoes and other-language forms) first, then the added ones'; an added article's forms of the
 * same person are added to it, and the newest role the articles give wins over none.
 */
export function mergedEntities(articles: readonly Article[]): Entity[] {
  const ordered = [
    ...articles.filter((article) => article.id === BUNDLED_ID),
    ...newestFirst(articles.filter((article) => article.id !== BUNDLED_ID)),
  ];
  const byId = new Map<string, Entity>();
  for (const article of ordered) {
    for (const entity of article.entities) {
      const known = byId.get(entity.id);
      if (!known) {
        byId.set(entity.id, entity);
        continue;
      }
      if (known.kind !== entity.kind) continue;
      const keys = new Set(known.aliases.map(nameKey));
      const added = entity.aliases.filter((alias) => !keys.has(nameKey(alias)));
      if (added.length === 0 && known.role) continue;
      byId.set(entity.id, {
        ...known,
        aliases: [...known.aliases, ...added],
        role: known.role || entity.role,
      });
    }
  }
  return withoutPublicationNames(withoutSharedLoneForms([...byId.values()]), articles);
}

/** The name of a site as one word: "Bloomberg", or "bloomberg" of www.bloomberg.com. */
function siteWords(article: Article): string[] {
  const words = [nameKey(article.site)];
  try {
    const labels = new URL(article.url).hostname.split('.');
    // The label before the public suffix ("bloomberg" of www.bloomberg.com, news.bbc.co.uk's "bbc").
    words.push(
      labels.length > 2 && labels.at(-2)?.length === 2
        ? (labels.at(-3) ?? '')
        : (labels.at(-2) ?? ''),
    );
  } catch {
    // No address (a pasted text).
  }
  // One word of letters: not a phrase ("the example courier"), not an address's number (127.0.0.1).
  return words.filter((word) => /^\p{L}+$/u.test(word));
}

/**
 * The entities without a one-word form that is the name of a site an article came from: "Bloomberg"
 * alone is the publication ("Bloomberg Businessweek", "Follow Bloomberg Opinion") as often as
 * Michael Bloomberg, so he is found by his full name. The bundled people keep their forms.
 */
function withoutPublicationNames(entities: Entity[], articles: readonly Article[]): Entity[] {
  const sites = new Set(articles.flatMap(siteWords));
  if (sites.size === 0) return entities;
  return entities.map((entity) => {
    if (BUNDLED_IDS.has(entity.id)) return entity;
    const aliases = entity.aliases.filter((alias) => !sites.has(nameKey(alias)));
    return aliases.length === entity.aliases.length ? entity : { ...entity, aliases };
  });
}

/**
 * The entities without the one-word forms two added people share ("Biden" of Joe and of Jill
 * Biden): alone on a page it could be either, so only their fuller forms find them. A form of the
 * bundled article's people stays theirs (hand-checked), and an added person loses it.
 */
function withoutSharedLoneForms(entities: Entity[]): Entity[] {
  const claims = new Map<string, { bundled: boolean; ids: Set<string> }>();
  for (const entity of entities) {
    for (const alias of entity.aliases) {
      const key = nameKey(alias);
      if (key.includes(' ')) continue;
      const claim = claims.get(key) ?? { bundled: false, ids: new Set<string>() };
      claim.ids.add(entity.id);
      claim.bundled ||= BUNDLED_IDS.has(entity.id);
      claims.set(key, claim);
    }
  }
  const dropped = (entity: Entity, alias: string) => {
    const claim = claims.get(nameKey(alias));
    if (!claim || claim.ids.size < 2) return false;
    return !(claim.bundled && BUNDLED_IDS.has(entity.id));
  };
  return entities.map((entity) => {
    const aliases = entity.aliases.filter((alias) => !dropped(entity, alias));
    return aliases.length === entity.aliases.length ? entity : { ...entity, aliases };
  });
}

/**
 * The entities pages are searched for: every one, but an added person known only by one word
 * ("Slack", "Spokane", "Yohannes"). Such a name is the extraction's weakest guess (a company, a
 * town, a first name alone) and has no fuller form to anchor it; the reader can give one in the
 * library, and the person is then found by it.
 */
export function pageEntities(entities: readonly Entity[]): Entity[] {
  return entities.filter(
    (entity) =>
      entity.kind !== 'person' ||
      BUNDLED_IDS.has(entity.id) ||
      entity.aliases.some((alias) => nameKey(alias).includes(' ')),
  );
}

/** What a card says about an article. */
function sourceOf(article: Article): CardSource {
  const { meta } = articleKnowledge(article);
  return { articleId: article.id, ...meta, published: article.published };
}

/**
 * The card of `entityId` from every article given (those switched on): the merged entity, each
 * article naming it newest first, their excerpts in that order, and the names met beside it.
 */
export function libraryCardData(
  articles: readonly Article[],
  entityId: string,
  entities: readonly Entity[] = mergedEntities(articles),
): LibraryCardData | undefined {
  const entity = entities.find((known) => known.id === entityId);
  if (!entity) return undefined;
  const byId = new Map(entities.map((known) => [known.id, known]));
  const sources: CardSource[] = [];
  const excerpts: SourcedExcerpt[] = [];
  const related = new Map<string, Entity>();
  for (const article of newestFirst(articles)) {
    const data = articleKnowledge(article).cardDataFor(entityId);
    if (!data || data.excerpts.length === 0) continue;
    const source = sources.push(sourceOf(article)) - 1;
    for (const excerpt of data.excerpts) excerpts.push({ ...excerpt, source });
    for (const other of data.related) {
      const merged = byId.get(other.id);
      if (merged) related.set(merged.id, merged);
    }
  }
  return { entity, excerpts, related: [...related.values()], sources };
}
