import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleSource } from '../../lib/library/new-article';
import { memoryDraft, PASTED_TEXT, renderLibrarySection, review } from '../support/library-page';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a draft from the popup', () => {
  const source: ArticleSource = {
    title: 'From a page',
    text: PASTED_TEXT,
    url: 'https://news.example/p',
    site: 'News',
  };

  it('is reviewed at once, saved, then dropped', async () => {
    const draft = memoryDraft(source);
    const { library } = await renderLibrarySection({ props: { draft } });
    const region = within(await review());
    const url = region.getByRole('textbox', { name: /^URL/ }) as HTMLInputElement;
    expect(url.value).toBe('https://news.example/p');
    fireEvent.click(region.getByRole('button', { name: 'Save to library' }));
    expect(await screen.findByRole('link', { name: 'From a page' })).toBeTruthy();
    expect(draft.dropped).toBe(1);
    expect((await library.list())[0]?.article.url).toBe('https://news.example/p');
  });

  it('is saved with the details the reader corrected, once they are right', async () => {
    const { library } = await renderLibrarySection({ props: { draft: memoryDraft(source) } });
    const region = within(await review());
    const typeIn = (name: RegExp, value: string) =>
      fireEvent.input(region.getByRole('textbox', { name }), { target: { value } });
    typeIn(/^Title/, 'Corrected title');
    typeIn(/^Date/, 'last week');
    fireEvent.click(region.getByRole('button', { name: 'Save to library' }));
    expect(region.getByRole('alert').textContent).toMatch(/^Write the date as a year/);
    expect(await library.list()).toHaveLength(1);
    typeIn(/^Date/, '2014-11-17');
    typeIn(/^Site/, '');
    fireEvent.click(region.getByRole('button', { name: 'Save to library' }));
    expect(await screen.findByRole('link', { name: 'Corrected title' })).toBeTruthy();
    expect((await library.list())[0]?.article).toMatchObject({
      title: 'Corrected title',
      published: '2014-11-17',
      site: 'news.example',
      url: 'https://news.example/p',
    });
  });

  it('is dropped when the review is cancelled', async () => {
    const draft = memoryDraft(source);
    const { library } = await renderLibrarySection({ props: { draft } });
    fireEvent.click(within(await review()).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(draft.dropped).toBe(1));
    expect(await library.list()).toHaveLength(1);
  });

  it('says so when it is gone, and when its text is refused', async () => {
    await renderLibrarySection({ props: { draft: memoryDraft(undefined) } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/no longer waiting for review/);
    document.body.innerHTML = '';
    const empty = memoryDraft({ title: 'Nothing', text: ' ' });
    await renderLibrarySection({ props: { draft: empty } });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The article has no text: there is nothing to add.',
    );
    expect(empty.dropped).toBe(1);
  });
});
