import { describe, expect, it } from 'vitest';
import { ARTICLE } from '../../data/article';
import { ENTITIES } from '../../data/entities';
import { articleKnowledge, articleMeta } from '../../lib/knowledge';
import {
  articleData,
  articleFrom,
  BUNDLED_ID,
  isPublishedDate,
  publishedYear,
} from '../../lib/library/article';
import { ARTICLE_PARAM, articleIdFromSearch, articlePath } from '../../lib/library/article-link';
import { BUNDLED_ARTICLE } from '../../lib/library/bundled-article';

const added = articleFrom({
  id: 'a1',
  title: 'Lavrov meets Kerry',
  site: 'Example News',
  url: 'https://news.example/lavrov',
  byline: 'A. Writer',
  published: '2024-05-02',
  dateline: '',
  text: 'Lavrov meets Kerry.\n\nSergey Lavrov spoke first. Then Kerry answered Lavrov.',
  entities: [
    {
      id: 'sergey-lavrov',
      name: 'Sergey Lavrov',
      kind: 'person',
      aliases: ['Sergey Lavrov', 'Lavrov'],
      role: 'Foreign Minister',
      background: [],
    },
    {
      id: 'john-kerry',
      name: 'John Kerry',
      kind: 'person',
      aliases: ['John Kerry', 'Kerry'],
      role: '',
      background: [],
    },
  ],
});

describe('the bundled article as a value', () => {
  it('is data/ in the shape of every article', () => {
    expect(BUNDLED_ARTICLE.id).toBe(BUNDLED_ID);
    expect(BUNDLED_ARTICLE.title).toBe(ARTICLE.headline);
    expect(BUNDLED_ARTICLE.text).toBe(ARTICLE.text);
    expect(BUNDLED_ARTICLE.entities).toBe(ENTITIES);
    expect(BUNDLED_ARTICLE.sentences).toBe(ARTICLE.sentences);
    expect(articleMeta(BUNDLED_ARTICLE)).toEqual({
      headline: ARTICLE.headline,
      dateline: ARTICLE.dateline,
      year: ARTICLE.year,
    });
  });
});

describe('an added article', () => {
  it('splits its sentences once, on first use', () => {
    let calls = 0;
    const article = articleFrom(articleData(added), (text) => {
      calls++;
      return [{ index: 0, start: 0, end: text.length, text }];
    });
    expect(calls).toBe(0);
    expect(article.sentences).toBe(article.sentences);
    expect(calls).toBe(1);
  });

  it('keeps only its data, not what is derived', () => {
    expect(Object.keys(articleData(added)).sort()).toEqual(
      ['byline', 'dateline', 'entities', 'id', 'published', 'site', 'text', 'title', 'url'].sort(),
    );
  });

  it('gives card content from its own text, with the site for a dateline', () => {
    const knowledge = articleKnowledge(added);
    expect(knowledge).toBe(articleKnowledge(added));
    expect(knowledge.meta).toEqual({ headline: added.title, dateline: 'Example News', year: 2024 });
    const lavrov = knowledge.cardDataFor('sergey-lavrov');
    expect(lavrov?.excerpts.map((e) => e.text)).toEqual([
      'Lavrov meets Kerry.',
      'Sergey Lavrov spoke first.',
      'Then Kerry answered Lavrov.',
    ]);
    expect(lavrov?.related.map((e) => e.id)).toEqual(['john-kerry']);
    expect(knowledge.cardDataFor('vladimir-putin')).toBeUndefined();
    expect(
      knowledge
        .mentionsBySentence()
        .get(2)
        ?.map((m) => m.entity.id),
    ).toEqual(['john-kerry', 'sergey-lavrov']);
  });

  it.each([
    ['2015-03-24', 2015],
    ['2015', 2015],
    ['', undefined],
    ['yesterday', undefined],
  ])('reads the year of %j', (published, year) => {
    expect(publishedYear({ published })).toBe(year);
  });

  it.each([
    ['2015', true],
    ['2015-03', true],
    ['2015-03-24', true],
    ['2015-03-24T09:30:00Z', true],
    ['2015-03-24T09:30+01:00', true],
    ['2015-13-01', false],
    ['2015-03-32', false],
    ['24/03/2015', false],
    ['March 2015', false],
    ['15', false],
  ])('takes %j as a published date: %j', (date, ok) => {
    expect(isPublishedDate(date)).toBe(ok);
  });
});

describe('links to an article', () => {
  it.each([
    ['bundled', 12, '/article.html?article=bundled#s-12'],
    ['a/1 b', 0, '/article.html?article=a%2F1%20b#s-0'],
    ['a1', undefined, '/article.html?article=a1'],
  ])('to %j at sentence %j', (id, sentence, path) => {
    expect(articlePath(id, sentence)).toBe(path);
    expect(articleIdFromSearch(new URL(path, 'x://e').search)).toBe(id);
  });

  it.each([[''], ['?'], [`?${ARTICLE_PARAM}=`], ['?other=1']])(
    'opens the bundled article from the old link query %j',
    (search) => {
      expect(articleIdFromSearch(search)).toBe(BUNDLED_ID);
    },
  );
});
