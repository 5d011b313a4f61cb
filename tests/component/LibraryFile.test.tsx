import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { importSummary } from '../../components/LibraryFileControls';
import { MAX_FILE_BYTES } from '../../lib/library/library-file';
import type { LibraryStore } from '../../lib/library/library-store';
import { snapshot, newArticle as testArticle } from '../support/library';
import { renderLibrarySection } from '../support/library-page';

afterEach(() => {
  document.body.innerHTML = '';
});

const addTwo = async (library: LibraryStore) => {
  await library.add(testArticle(1));
  await library.add(testArticle(2));
};

/** Chooses `file` in the import's file input. */
function chooseFile(file: Pick<File, 'size' | 'text'>) {
  const input = screen.getByLabelText('Import a library file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

const fileOf = (text: string) => new File([text], 'library.json', { type: 'application/json' });

async function exported() {
  const { downloads, library } = await renderLibrarySection({ seed: addTwo });
  fireEvent.click(screen.getByRole('button', { name: 'Export the library' }));
  await waitFor(() => expect(downloads).toHaveLength(1));
  const records = await library.records();
  document.body.innerHTML = '';
  return { download: downloads[0] as { fileName: string; text: string }, records };
}

describe('export', () => {
  it('downloads every added article as one JSON file named by the day', async () => {
    const { download, records } = await exported();
    expect(download.fileName).toBe('backstory-library-2026-12-05.json');
    const file = JSON.parse(download.text);
    expect(file).toMatchObject({ format: 'backstory-library', version: 1 });
    expect(file.articles).toEqual(records);
    expect(records.map((r) => r.id)).toEqual(['id-2', 'id-1']);
  });
});

describe('import', () => {
  it('adds the articles of an export to an empty library and says how many', async () => {
    const { download, records } = await exported();
    const { library } = await renderLibrarySection();
    chooseFile(fileOf(download.text));
    expect(await screen.findByText('Imported 2 articles.')).toBeTruthy();
    expect(await library.records()).toEqual(records);
    expect(await screen.findByRole('link', { name: 'Article 1' })).toBeTruthy();
  });

  it('skips the articles already there and says so', async () => {
    const { download } = await exported();
    const { library } = await renderLibrarySection({ seed: (l) => l.add(testArticle(1)) });
    chooseFile(fileOf(download.text));
    expect(
      await screen.findByText('Imported 1 article; 1 article was already in your library.'),
    ).toBeTruthy();
    expect(await library.records()).toHaveLength(2);
  });

  it.each([
    [0, 2, 'No new article was imported; 2 articles were already in your library.'],
    [3, 0, 'Imported 3 articles.'],
  ])('summarises %i added and %i skipped', (added, skipped, summary) => {
    expect(importSummary(added, skipped)).toBe(summary);
  });

  const file = (fields: object) =>
    JSON.stringify({ format: 'backstory-library', version: 1, exportedAt: '', ...fields });
  const good = (n: number) => ({ ...testArticle(n), id: `x-${n}`, enabled: true, addedAt: n });
  it.each([
    ['not JSON', '{"format":', /it is not JSON at all/],
    ['not ours', JSON.stringify({ articles: [] }), /is not a Backstory library \(its "format"/],
    ['a newer version', file({ version: 2, articles: [good(3)] }), /exported by a newer Backstory/],
    ['damaged', file({ articles: [good(3), { ...good(4), text: 7 }] }), /damaged: article 1/],
    ['empty', file({ articles: [] }), /holds no articles/],
  ])('refuses a file that is %s, the library unchanged', async (_, text, message) => {
    const { library } = await renderLibrarySection({ seed: addTwo });
    const before = await snapshot(library);
    chooseFile(fileOf(text));
    expect((await screen.findByRole('alert')).textContent).toMatch(message);
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /Nothing was imported|nothing to import/,
    );
    expect(await snapshot(library)).toEqual(before);
  });

  it('refuses a file too large before reading it', async () => {
    const { library } = await renderLibrarySection({ seed: addTwo });
    const before = await snapshot(library);
    let read = false;
    chooseFile({
      size: MAX_FILE_BYTES + 1,
      text: async () => {
        read = true;
        return '';
      },
    });
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^This file is 64\.0 MB; a library file can be at most 64\.0 MB\. Nothing was imported\.$/,
    );
    expect(read).toBe(false);
    expect(await snapshot(library)).toEqual(before);
  });

  it('refuses a file the browser has no room for', async () => {
    const { download } = await exported();
    const { library } = await renderLibrarySection({
      props: { estimate: async () => ({ usage: 1000, quota: 1024 }) },
    });
    chooseFile(fileOf(download.text));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^Importing needs about .* but the browser has only 1 KB left/,
    );
    expect(await library.records()).toEqual([]);
  });
});
