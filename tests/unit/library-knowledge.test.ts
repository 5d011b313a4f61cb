import { describe, expect, it } from 'vitest';
import { type Article, articleFrom } from '../../lib/library/article';
import { BUNDLED_ARTICLE } from '../../lib/library/bundled-article';
import {
  libraryCardData,
  mergedEntities,
  newestFirst,
  pageEntities,
} from '../../lib/library/library-knowledge';
import { person } from '../support/library';

function article(
  id: string,
  published: string,
  text: string,
  entities = [] as Article['entities'],
) {
  return articleFrom({
    id,
    title: `Title ${id}`,
    site: 'news.example',
    url: '',
    byline: '',
    published,
    dateline: '',
    text,
    entities,
  });
}

const putin = person('vladimir-putin', 'Vladimir Putin', ['Vladimir Putin', 'Putin', 'V. Putin']);
const merkel = person('angela-merkel', 'Angela Merkel', ['Angela Merkel', 'Merkel']);
const older = article('a', '2019-02-01', 'Angela Merkel met Vladimir Putin. Merkel left early.', [
  merkel,
  putin,
]);
const newer = article('b', '2024-06-30', 'Vladimir Putin spoke. Then Putin met Angela Merkel.', [
  { ...merkel, role: 'Former Chancellor' },
  putin,
]);
const undated = article('c', '', 'Angela Merkel wrote a book.', [merkel]);

describe('newestFirst', () => {
  it('orders by date, the bundled article by its year, undated ones last', () => {
    const order = newestFirst([undated, older, BUNDLED_ARTICLE, newer]).map((a) => a.id);
    expect(order).toEqual(['b', 'a', 'bundled', 'c']);
  });
});

describe('mergedEntities', () => {
  it('keeps the bundled Putin (vetoes, forms, role) and adds the forms an added article used', () => {
    const merged = mergedEntities([older, BUNDLED_ARTICLE]);
    const bundledPutin = BUNDLED_ARTICLE.entities.find((e) => e.id === 'vladimir-putin');
    const mergedPutin = merged.find((e) => e.id === 'vladimir-putin');
    expect(mergedPutin?.role).toBe(bundledPutin?.role);
    expect(mergedPutin?.notAfter).toEqual(bundledPutin?.notAfter);
    expect(mergedPutin?.aliases).toEqual([...(bundledPutin?.aliases ?? []), 'V. Putin']);
    expect(merged.filter((e) => e.id === 'vladimir-putin')).toHaveLength(1);
  });

  it('gives a person named in several added articles one entity, with the newest role', () => {
    const merged = mergedEntities([older, newer, undated]);
    expect(merged.filter((e) => e.id === 'angela-merkel')).toEqual([
      { ...merkel, role: 'Former Chancellor' },
    ]);
  });

  it('keeps nothing of an article not given (switched off)', () => {
    expect(mergedEntities([undated]).map((e) => e.id)).toEqual(['angela-merkel']);
  });
});

describe('libraryCardData', () => {
  it('lists each article naming the person newest first, its excerpts in that order', () => {
    const card = libraryCardData([older, undated, newer], 'angela-merkel');
    expect(card?.sources.map((s) => [s.articleId, s.year])).toEqual([
      ['b', 2024],
      ['a', 2019],
      ['c', 0],
    ]);
    expect(card?.excerpts.map((e) => [e.source, e.text])).toEqual([
      [0, 'Then Putin met Angela Merkel.'],
      [1, 'Angela Merkel met Vladimir Putin.'],
      [1, 'Merkel left early.'],
      [2, 'Angela Merkel wrote a book.'],
    ]);
    expect(card?.related.map((e) => e.id)).toEqual(['vladimir-putin']);
  });

  it('cites the bundled article and an added one for the bundled Putin', () => {
    const card = libraryCardData([BUNDLED_ARTICLE, newer], 'vladimir-putin');
    expect(card?.sources.map((s) => s.articleId)).toEqual(['b', 'bundled']);
    expect(card?.entity.background.length).toBeGreaterThan(0);
    expect(card?.excerpts.filter((e) => e.source === 1).length).toBeGreaterThan(1);
  });

  it('has no card for a name no article given has', () => {
    expect(libraryCardData([undated], 'vladimir-putin')).toBeUndefined();
  });
});

describe('mergedEntities: lone forms two people share', () => {
  it('finds neither of two added Bidens by "Biden" alone, only by their full names', () => {
    const jill = person('jill-biden', 'Jill Biden', ['Jill Biden', 'Biden']);
    const joe = person('joe-biden', 'Joe Biden', ['Joe Biden', 'Biden']);
    const merged = mergedEntities([
      article('j', '2016-01-01', 'Jill Biden spoke.', [jill]),
      article('k', '2020-01-01', 'Joe Biden spoke.', [joe]),
    ]);
    expect(merged.map((e) => e.aliases)).toEqual([['Joe Biden'], ['Jill Biden']]);
  });

  it('leaves the bundled Obama his "Obama" and takes it from an added Michelle Obama', () => {
    const michelle = person('michelle-obama', 'Michelle Obama', ['Michelle Obama', 'Obama']);
    const merged = mergedEntities([
      BUNDLED_ARTICLE,
      article('m', '2016-01-01', 'Michelle Obama spoke.', [michelle]),
    ]);
    expect(merged.find((e) => e.id === 'michelle-obama')?.aliases).toEqual(['Michelle Obama']);
    expect(merged.find((e) => e.id === 'barack-obama')?.aliases).toContain('Obama');
  });
});

describe('pageEntities', () => {
  it('leaves out an added person known by one word only, not places, organisations or the bundled people', () => {
    const slack = person('slack', 'Slack', ['Slack']);
    const yohannes = person('yohannes', 'Yohannes', ['Yohannes']);
    const merkelFull = person('angela-merkel', 'Angela Merkel', ['Angela Merkel', 'Merkel']);
    const spokane = { ...person('spokane', 'Spokane', ['Spokane']), kind: 'place' as const };
    const kept = pageEntities([slack, yohannes, merkelFull, spokane, ...BUNDLED_ARTICLE.entities]);
    expect(kept.map((e) => e.id)).toEqual([
      'angela-merkel',
      'spokane',
      ...BUNDLED_ARTICLE.entities.map((e) => e.id),
    ]);
  });
});

describe('mergedEntities: publication names', () => {
  it('finds Michael Bloomberg only by his full name once an article came from bloomberg.com', () => {
    const bloomberg = person('michael-bloomberg', 'Michael Bloomberg', [
      'Michael Bloomberg',
      'Bloomberg',
    ]);
    const debate = article('d', '2019-11-20', 'Michael Bloomberg may run.', [bloomberg]);
    expect(mergedEntities([debate])[0]?.aliases).toEqual(['Michael Bloomberg', 'Bloomberg']);
    const fromSite = articleFrom({
      ...article('b', '2016-12-07', 'Air Force One costs billions.'),
      site: '',
      url: 'https://www.bloomberg.com/politics/articles/air-force-one',
    });
    expect(mergedEntities([debate, fromSite])[0]?.aliases).toEqual(['Michael Bloomberg']);
    const named = articleFrom({ ...article('c', '2016-12-07', 'Text.'), site: 'Bloomberg' });
    expect(mergedEntities([debate, named])[0]?.aliases).toEqual(['Michael Bloomberg']);
  });

  it('reads the site of a country domain by the label before it, and leaves the bundled people alone', () => {
    const bbc = articleFrom({
      ...article('e', '2020-01-01', 'Text.'),
      url: 'https://news.bbc.co.uk/story',
    });
    const putinByBbc = person('x-bbc', 'Bbc Person', ['Bbc Person', 'Bbc']);
    expect(
      mergedEntities([bbc, article('f', '2020-01-01', 'Text.', [putinByBbc])]).find(
        (e) => e.id === 'x-bbc',
      )?.aliases,
    ).toEqual(['Bbc Person']);
    const kerry = mergedEntities([
      BUNDLED_ARTICLE,
      articleFrom({ ...article('g', '2020-01-01', 'Text.'), url: 'https://kerry.example/' }),
    ]).find((e) => e.id === 'john-kerry');
    expect(kerry?.aliases).toContain('Kerry');
  });
});
