import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDraft } from '../../lib/library/drafts';
import { LibraryError } from '../../lib/library/library-error';
import { newArticle } from '../../lib/library/new-article';
import { articleFromPage } from '../../lib/library/page-article';
import { takePage } from '../../lib/library/take-page';

const fixture = (name: string) =>
  readFileSync(path.join(process.cwd(), 'tests/fixtures/library', name), 'utf8');
const URL_READ = 'https://courier.example/world/merkel-macron-energy-fund?utm_source=feed';

describe('articleFromPage', () => {
  it('takes the main text, a paragraph per block, and the metadata of a news page', () => {
    const source = articleFromPage(fixture('article.html'), URL_READ);
    expect(source.title).toBe('Merkel and Macron agree on a joint energy fund');
    expect(source.site).toBe('The Example Courier');
    expect(source.published).toBe('2019-05-14');
    expect(source.url).toBe('https://courier.example/world/merkel-macron-energy-fund');
    const paragraphs = source.text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^BERLIN — German Chancellor Angela Merkel/);
    expect(paragraphs.at(-1)).toMatch(/publish the details next month\.$/);
    // Navigation, the "most read" box and the footer are not the article.
    expect(source.text).not.toMatch(/Storm closes airports|Sport|©/);
  });

  it('gives the extraction what it needs to find the people and their roles', () => {
    const article = newArticle(articleFromPage(fixture('article.html'), URL_READ));
    const people = article.entities.filter((e) => e.kind === 'person');
    expect(people.map((p) => p.name).sort()).toEqual([
      'Angela Merkel',
      'Emmanuel Macron',
      'Olaf Scholz',
      'Vladimir Putin',
    ]);
    // The bundled article's Putin: one person, one card listing both articles.
    expect(people.find((p) => p.name === 'Vladimir Putin')?.id).toBe('vladimir-putin');
    expect(people.find((p) => p.name === 'Angela Merkel')?.aliases).toContain('Merkel');
  });

  it('refuses a page without an article, saying what to do instead', () => {
    const read = () => articleFromPage(fixture('no-article.html'), 'https://courier.example/');
    expect(read).toThrow(LibraryError);
    expect(read).toThrow(/No article was found on this page/);
  });

  it('takes the date of a timestamp, and no date from metadata that is not one', () => {
    const dated = (value: string) =>
      articleFromPage(fixture('article.html').replace('2019-05-14T09:30:00Z', value), URL_READ)
        .published;
    expect(dated('2019-05-14')).toBe('2019-05-14');
    expect(dated('2019-13-45T09:30:00Z')).toBe('');
    expect(dated('last Tuesday')).toBe('');
  });

  it('keeps the address it was read at when the canonical link is not a web address', () => {
    const html = fixture('article.html').replace(
      'href="/world/merkel-macron-energy-fund"',
      'href="javascript:alert(1)"',
    );
    expect(articleFromPage(html, URL_READ).url).toBe(URL_READ);
  });
});

describe('takePage', () => {
  const memoryDrafts = () => {
    const items: Record<string, unknown> = {};
    return {
      items,
      area: {
        get: async (keys: string[]) => Object.fromEntries(keys.map((k) => [k, items[k]])),
        set: async (values: Record<string, unknown>) => void Object.assign(items, values),
        remove: async (keys: string[]) => {
          for (const k of keys) delete items[k];
        },
      },
    };
  };

  it('keeps the page’s article as a draft for the library page', async () => {
    const { items, area } = memoryDrafts();
    const key = await takePage({
      copyPage: async () => [URL_READ, fixture('article.html')],
      drafts: area,
    });
    expect((await readDraft(area, key))?.title).toBe(
      'Merkel and Macron agree on a joint energy fund',
    );
    expect(Object.keys(items)).toEqual([`draft:${key}`]);
  });

  it.each([
    ['no content script answers', () => Promise.reject(new Error('Receiving end does not exist'))],
    ['an older content script answers nothing', async () => undefined],
    ['the answer is not a copy', async () => ({ html: '<p>' })],
  ])('says it cannot read the page when %s, and keeps nothing', async (_, copyPage) => {
    const { items, area } = memoryDrafts();
    await expect(takePage({ copyPage, drafts: area })).rejects.toMatchObject({
      code: 'unreadable-page',
      message: expect.stringMatching(/^Backstory cannot read this page/),
    });
    expect(items).toEqual({});
  });

  it('refuses an article over 1 MB before keeping it', async () => {
    const { items, area } = memoryDrafts();
    const long = fixture('article.html').replace(
      '<p>The plan still',
      `<p>${'Merkel spoke again. '.repeat(60_000)}</p><p>The plan still`,
    );
    await expect(
      takePage({ copyPage: async () => [URL_READ, long], drafts: area }),
    ).rejects.toMatchObject({ code: 'text-too-long' });
    expect(items).toEqual({});
  });

  it('refuses a page without an article, keeping nothing', async () => {
    const { items, area } = memoryDrafts();
    await expect(
      takePage({
        copyPage: async () => ['https://courier.example/', fixture('no-article.html')],
        drafts: area,
      }),
    ).rejects.toMatchObject({ code: 'no-article' });
    expect(items).toEqual({});
  });
});
