import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Entity } from '../../data/types';
import { MAX_TEXT_BYTES } from '../../lib/library/library-error';
import type { LibraryStore, NewArticle } from '../../lib/library/library-store';
import type { ArticleSource } from '../../lib/library/new-article';
import { axeViolations } from '../support/axe';
import { person, snapshot, newArticle as testArticle } from '../support/library';
import { renderLibrarySection, review, PASTED_TEXT as TEXT } from '../support/library-page';

afterEach(() => {
  document.body.innerHTML = '';
});

const field = (name: string | RegExp) =>
  screen.getByRole('textbox', { name }) as HTMLInputElement | HTMLTextAreaElement;

function fillPaste(values: {
  text?: string;
  title?: string;
  date?: string;
  site?: string;
  url?: string;
}) {
  if (values.text !== undefined) fireEvent.input(field('Text'), { target: { value: values.text } });
  if (values.title !== undefined)
    fireEvent.input(field('Title'), { target: { value: values.title } });
  if (values.date !== undefined)
    fireEvent.input(field(/^Date/), { target: { value: values.date } });
  if (values.site !== undefined)
    fireEvent.input(field(/^Site/), { target: { value: values.site } });
  if (values.url !== undefined) fireEvent.input(field(/^URL/), { target: { value: values.url } });
}

const findNames = () => fireEvent.click(screen.getByRole('button', { name: 'Find the names' }));
const statusText = () =>
  screen
    .getAllByRole('status')
    .map((s) => s.textContent)
    .join(' ');

/** Expects `message` in an alert, nothing added, and the form still holding what was typed. */
async function expectRefused(library: LibraryStore, message: string | RegExp, typed: string) {
  const before = await snapshot(library);
  findNames();
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toMatch(message);
  expect(await snapshot(library)).toEqual(before);
  expect(field('Text').value).toBe(typed);
  expect(field('Title').value).toBe('Talks');
  expect(screen.queryByRole('region', { name: /Check the names/ })).toBeNull();
}

describe('pasting an article', () => {
  it('finds the names, shows them for review, and saves', async () => {
    const { library, extract, container } = await renderLibrarySection();
    expect(await axeViolations(container)).toEqual([]);
    fillPaste({
      text: TEXT,
      title: 'Talks in Berlin',
      date: '2024-03-05',
      url: 'https://www.news.example/a',
    });
    findNames();
    const region = within(await review());
    expect(extract.mock.lastCall?.[0]).toMatchObject({
      site: 'news.example',
      published: '2024-03-05',
    });
    expect(field('Title').value).toBe('Talks in Berlin');
    expect(field(/^Site/).value).toBe('news.example');
    expect(region.getByRole('group', { name: 'Vladimir Putin' })).toBeTruthy();
    expect(region.getByRole('group', { name: 'Angela Merkel' })).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);

    fireEvent.click(region.getByRole('button', { name: 'Save to library' }));
    expect(await screen.findByRole('link', { name: 'Talks in Berlin' })).toBeTruthy();
    expect(statusText()).toContain('Added “Talks in Berlin” to your library.');
    const [entry] = await library.list();
    expect(entry?.article).toMatchObject({
      title: 'Talks in Berlin',
      published: '2024-03-05',
      text: TEXT,
    });
    expect(entry?.article.entities.map((e) => e.id)).toEqual(
      // A name the bundled article knows keeps its id there ("Bashar al-Assad" is `bashar-assad`).
      expect.arrayContaining(['vladimir-putin', 'angela-merkel', 'bashar-assad']),
    );
    expect(field('Text').value).toBe('');
  });

  it('keeps every field typed before the page renders again (autofill, a script)', async () => {
    const { extract } = await renderLibrarySection();
    act(() => {
      for (const [name, value] of [
        ['Text', TEXT],
        ['Title', 'Talks'],
      ] as const) {
        const input = field(name);
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
    findNames();
    await review();
    expect(extract.mock.lastCall?.[0]).toMatchObject({ text: TEXT, title: 'Talks' });
  });

  it('recognises the names of the library’s articles too', async () => {
    const { library } = await renderLibrarySection({
      seed: (l) =>
        l.add({
          ...testArticle(1),
          entities: [person('chancellor-merkel', 'Angela Merkel', ['Angela Merkel', 'Merkel'])],
        }),
    });
    fillPaste({ text: TEXT, title: 'Talks' });
    findNames();
    fireEvent.click(within(await review()).getByRole('button', { name: 'Save to library' }));
    expect(await screen.findByRole('link', { name: 'Talks' })).toBeTruthy();
    const [entry] = await library.list();
    expect(entry?.article.entities.map((e) => e.id)).toContain('chancellor-merkel');
  });

  it('shows a busy state while the names are found', async () => {
    let finish: (article: NewArticle) => void = () => {};
    const extract = vi.fn(
      (_: ArticleSource, __: readonly Entity[]) =>
        new Promise<NewArticle>((resolve) => (finish = resolve)),
    );
    await renderLibrarySection({ props: { extract } });
    fillPaste({ text: TEXT, title: 'Talks' });
    findNames();
    const busy = (await screen.findByRole('button', {
      name: 'Finding the names…',
    })) as HTMLButtonElement;
    expect(busy.disabled).toBe(true);
    expect(statusText()).toContain('Finding the people, places and organisations');
    finish({
      title: 'Talks',
      site: '',
      url: '',
      byline: '',
      published: '',
      dateline: '',
      text: TEXT,
      entities: [],
    });
    expect(await review()).toBeTruthy();
  });

  it('refuses an empty paste, keeping what was typed', async () => {
    const { library } = await renderLibrarySection();
    fillPaste({ text: '  \n ', title: 'Talks' });
    await expectRefused(library, 'The article has no text: there is nothing to add.', '  \n ');
  });

  it('refuses a paste over 1 MB, keeping what was typed', async () => {
    const { library } = await renderLibrarySection();
    const long = 'Angela Merkel spoke. '.repeat(MAX_TEXT_BYTES / 20);
    fillPaste({ text: long, title: 'Talks' });
    await expectRefused(
      library,
      /^The article is 1\.0 MB long; the library keeps articles up to 1 MB\.$/,
      long,
    );
  });

  it.each([
    ['24/03/2015', 'https://news.example/a', /Write the date as a year/],
    ['2015', 'ftp://news.example/a', /The URL should be a web address/],
  ])('refuses the date %j or the URL %j', async (date, url, message) => {
    const { library, extract } = await renderLibrarySection();
    fillPaste({ text: TEXT, title: 'Talks', date, url });
    await expectRefused(library, message, TEXT);
    expect(extract).not.toHaveBeenCalled();
  });

  it('says when the article is already in the library, with a link to it', async () => {
    const { library } = await renderLibrarySection({
      seed: (l) =>
        l.add({
          title: 'First copy',
          site: '',
          url: '',
          byline: '',
          published: '',
          dateline: '',
          text: TEXT,
          entities: [],
        }),
    });
    fillPaste({ text: TEXT, title: 'Second copy' });
    findNames();
    fireEvent.click(within(await review()).getByRole('button', { name: 'Save to library' }));
    await waitFor(() => expect(statusText()).toContain('Already in your library: First copy'));
    const link = screen.getAllByRole('link', { name: 'First copy' });
    expect(link.map((a) => a.getAttribute('href'))).toContain('/article.html?article=id-1');
    expect(await library.list()).toHaveLength(2);
  });

  it('keeps what was typed when the review is cancelled', async () => {
    const { library } = await renderLibrarySection();
    fillPaste({ text: TEXT, title: 'Talks' });
    findNames();
    await review();
    // The review takes the focus once shown (an effect, after the next frame).
    await waitFor(() =>
      expect(document.activeElement?.textContent).toBe('Check the names before saving'),
    );
    fireEvent.click(within(await review()).getByRole('button', { name: 'Cancel' }));
    expect(field('Text').value).toBe(TEXT);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Paste an article'));
    expect(await library.list()).toHaveLength(1);
  });
});
