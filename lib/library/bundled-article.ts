import { ARTICLE } from '../../data/article';
import { ENTITIES } from '../../data/entities';
import { type Article, BUNDLED_ID } from './article';

/** The article shipped with the extension (data/), as one {@link Article} among the library's. */
export const BUNDLED_ARTICLE: Article = {
  id: BUNDLED_ID,
  title: ARTICLE.headline,
  site: '',
  url: '',
  byline: '',
  published: String(ARTICLE.year),
  dateline: ARTICLE.dateline,
  text: ARTICLE.text,
  entities: ENTITIES,
  // The data module splits on first use: a page that never opens a card never pays for it.
  get sentences() {
    return ARTICLE.sentences;
  },
};
