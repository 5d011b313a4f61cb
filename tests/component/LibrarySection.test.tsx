import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsView } from '../../components/OptionsView';
import type { WatchLibrary } from '../../components/use-library-entries';
import { BUNDLED_ARTICLE } from '../../lib/library/bundled-article';
import type { LibraryStore } from '../../lib/library/library-store';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { axeViolations } from '../support/axe';
import { person, snapshot, newArticle as testArticle } from '../support/library';
import { renderLibrarySection } from '../support/library-page';

afterEach(() => {
  document.body.innerHTML = '';
});

const addTwo = async (library: LibraryStore) => {
  await library.add(testArticle(1, { title: 'Older story' }));
  await library.add(
    testArticle(2, {
      title: 'Newer story',
      site: '',
      published: '',
      entities: [
        person('a', 'Ann Lee'),
        person('b', 'Bo Chan'),
        { ...person('c', 'Oslo'), kind: 'place' },
      ],
    }),
  );
};

const items = () => within(screen.getByRole('list')).getAllByRole('listitem');
const row = (title: string) => {
  const found = items().find((item) => within(item).queryByRole('link', { name: title }));
  if (!found) throw new Error(`No row for ${title}`);
  return within(found);
};

describe('the library list', () => {
  it('lists every article newest first, the bundled one last, accessibly', async () => {
    const { container } = await renderLibrarySection({ seed: addTwo });
    expect(items().map((item) => within(item).getByRole('link').textContent)).toEqual([
      'Newer story',
      'Older story',
      BUNDLED_ARTICLE.title,
    ]);
    const newer = row('Newer story');
    expect(newer.getByRole('link').getAttribute('href')).toBe('/article.html?article=id-2');
    expect(newer.getByText('no date · 2 people')).toBeTruthy();
    expect(row('Older story').getByText('2024-05-01 · news.example · 1 person')).toBeTruthy();
    const people = BUNDLED_ARTICLE.entities.filter((e) => e.kind === 'person').length;
    expect(row(BUNDLED_ARTICLE.title).getByText(`2015 · ${people} people`)).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('passes axe beside the settings, as the options page shows them', async () => {
    await renderLibrarySection({ seed: addTwo });
    const settings = document.createElement('div');
    document.body.prepend(settings);
    render(<OptionsView settings={DEFAULT_SETTINGS} onChange={() => {}} onReset={() => {}} />, {
      container: settings,
    });
    fireEvent.click(row('Newer story').getByRole('button', { name: /Edit names/ }));
    fireEvent.click(row('Older story').getByRole('button', { name: /Delete/ }));
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toContain(
      'Library',
    );
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('shows titles and names as text, never as HTML', async () => {
    const html = '<img src="x" alt="">Story <b>bold</b>';
    const { container } = await renderLibrarySection({
      seed: (l) =>
        l.add(
          testArticle(1, { title: html, entities: [person('p', '<i>Ann</i> Lee', ['Ann Lee'])] }),
        ),
    });
    expect(row(html).getByRole('link').textContent).toBe(html);
    fireEvent.click(row(html).getByRole('button', { name: /Edit names/ }));
    expect(screen.getByRole('group', { name: '<i>Ann</i> Lee' })).toBeTruthy();
    expect(container.querySelectorAll('img, b, i')).toHaveLength(0);
  });

  it('offers no delete and no name editing for the bundled article', async () => {
    await renderLibrarySection({ seed: addTwo });
    const bundled = row(BUNDLED_ARTICLE.title);
    expect(bundled.queryByRole('button', { name: /Delete/ })).toBeNull();
    expect(bundled.queryByRole('button', { name: /Edit names/ })).toBeNull();
    expect(row('Older story').getByRole('button', { name: 'Delete “Older story”' })).toBeTruthy();
  });

  it('switches an article off and on, the bundled one too', async () => {
    const { library } = await renderLibrarySection({ seed: addTwo });
    const older = row('Older story').getByRole('switch', {
      name: 'Highlight the names of “Older story”',
    });
    expect(older.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(older);
    await waitFor(() => expect(older.getAttribute('aria-checked')).toBe('false'));
    expect((await library.get('id-1'))?.enabled).toBe(false);
    const bundled = row(BUNDLED_ARTICLE.title).getByRole('switch');
    fireEvent.click(bundled);
    await waitFor(() => expect(bundled.getAttribute('aria-checked')).toBe('false'));
    expect((await library.get('bundled'))?.enabled).toBe(false);
    fireEvent.click(older);
    await waitFor(() => expect(older.getAttribute('aria-checked')).toBe('true'));
    expect((await library.get('id-1'))?.enabled).toBe(true);
  });

  it('deletes only after the reader confirms in the page', async () => {
    const { library } = await renderLibrarySection({ seed: addTwo });
    const before = await snapshot(library);
    fireEvent.click(row('Older story').getByRole('button', { name: 'Delete “Older story”' }));
    const question = screen.getByRole('group', { name: 'Delete “Older story” from your library?' });
    expect(document.activeElement?.textContent).toBe('Keep it');
    fireEvent.click(within(question).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('group', { name: /Delete/ })).toBeNull();
    fireEvent.click(row('Older story').getByRole('button', { name: 'Delete “Older story”' }));
    fireEvent.keyDown(screen.getByRole('button', { name: 'Keep it' }), { key: 'Escape' });
    expect(screen.queryByRole('group', { name: /Delete/ })).toBeNull();
    expect(await snapshot(library)).toEqual(before);

    fireEvent.click(row('Older story').getByRole('button', { name: 'Delete “Older story”' }));
    fireEvent.click(
      within(screen.getByRole('group', { name: /Delete “Older story”/ })).getByRole('button', {
        name: 'Delete',
      }),
    );
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Older story' })).toBeNull());
    // The focused button went with its row: the keyboard is back at the list.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Library'));
    expect(
      screen.getAllByRole('status').some((s) => s.textContent === 'Deleted “Older story”.'),
    ).toBe(true);
    expect((await library.list()).map((entry) => entry.article.id)).toEqual(['id-2', 'bundled']);
  });

  it('shows the library’s refusal in an alert', async () => {
    const { library } = await renderLibrarySection({ seed: addTwo });
    // Deleted elsewhere after this page listed it.
    await library.remove('id-1');
    fireEvent.click(row('Older story').getByRole('button', { name: /Delete/ }));
    fireEvent.click(within(screen.getByRole('group', { name: /Delete/ })).getByText('Delete'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This article is no longer in the library.',
    );
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Older story' })).toBeNull());
  });

  it('updates when the library changes in another tab', async () => {
    let heard = () => {};
    let watching = false;
    const watch: WatchLibrary = (onChange) => {
      heard = onChange;
      watching = true;
      return () => {
        watching = false;
      };
    };
    const { library, unmount } = await renderLibrarySection({ props: { watch } });
    expect(items()).toHaveLength(1);
    await library.add(testArticle(3, { title: 'From another tab' }));
    act(() => heard());
    expect(await screen.findByRole('link', { name: 'From another tab' })).toBeTruthy();
    unmount();
    await waitFor(() => expect(watching).toBe(false));
  });

  it('edits the names of a saved article', async () => {
    const { library } = await renderLibrarySection({ seed: addTwo });
    fireEvent.click(
      row('Newer story').getByRole('button', { name: 'Edit names of “Newer story”' }),
    );
    const review = screen.getByRole('region', { name: 'Edit the names of “Newer story”' });
    const bo = within(within(review).getByRole('group', { name: 'Bo Chan' }));
    fireEvent.change(bo.getByRole('combobox', { name: 'Merge into' }), { target: { value: 'a' } });
    fireEvent.click(bo.getByRole('button', { name: 'Merge' }));
    fireEvent.click(within(review).getByRole('button', { name: 'Save the names' }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: /Edit the names/ })).toBeNull(),
    );
    const entities = (await library.get('id-2'))?.article.entities;
    expect(entities?.map((e) => [e.id, e.aliases])).toEqual([
      ['a', ['Ann Lee', 'Bo Chan']],
      ['c', ['Oslo']],
    ]);
    await waitFor(() => expect(row('Newer story').getByText('no date · 1 person')).toBeTruthy());
  });
});
