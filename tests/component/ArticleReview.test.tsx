import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleReview, type ReviewedArticle } from '../../components/ArticleReview';
import type { Entity } from '../../data/types';
import { LibraryError } from '../../lib/library/library-error';
import { axeViolations } from '../support/axe';
import { person } from '../support/library';

afterEach(() => {
  document.body.innerHTML = '';
});

const geneva: Entity = {
  id: 'geneva',
  name: 'Geneva',
  kind: 'place',
  aliases: ['Geneva'],
  role: '',
  background: [],
};
const article: ReviewedArticle = {
  title: 'Talks in Geneva',
  site: 'news.example',
  url: 'https://news.example/talks',
  published: '2015-03-24',
  entities: [
    { ...person('sergey-lavrov', 'Sergey Lavrov'), role: 'Foreign Minister' },
    person('lavrov', 'Lavrov'),
    person('john-kerry', 'John Kerry', ['John Kerry', 'Kerry']),
    geneva,
  ],
};

function renderReview(onSave = vi.fn(async (_: Entity[]) => {})) {
  const onCancel = vi.fn();
  const view = render(
    <ArticleReview
      heading="Review before saving"
      article={article}
      saveLabel="Save to library"
      onSave={onSave}
      onCancel={onCancel}
    />,
  );
  return { ...view, onSave, onCancel };
}

const entityGroup = (name: string) => screen.getByRole('group', { name });
const saved = (onSave: ReturnType<typeof vi.fn>) => onSave.mock.lastCall?.[0] as Entity[];

describe('ArticleReview', () => {
  it('shows the article and its names grouped by kind, accessibly', async () => {
    const { container } = renderReview();
    expect(screen.getByText('Talks in Geneva')).toBeTruthy();
    expect(screen.getByText('2015-03-24')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'People (3)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Places (1)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Organisations (0)' })).toBeTruthy();
    // Roles are for people only.
    expect(within(entityGroup('Geneva')).queryByRole('textbox', { name: 'Role' })).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('saves the names unchanged when nothing is edited', async () => {
    const { onSave } = renderReview();
    fireEvent.click(screen.getByRole('button', { name: 'Save to library' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(saved(onSave)).toEqual(article.entities);
  });

  it('renames, sets a role, edits aliases and removes', async () => {
    const { onSave } = renderReview();
    const kerry = within(entityGroup('John Kerry'));
    fireEvent.input(kerry.getByRole('textbox', { name: 'Name' }), {
      target: { value: 'Secretary Kerry' },
    });
    const renamed = within(entityGroup('Secretary Kerry'));
    fireEvent.input(renamed.getByRole('textbox', { name: 'Role' }), {
      target: { value: 'US Secretary of State' },
    });
    fireEvent.change(renamed.getByRole('textbox', { name: 'Names to find on pages' }), {
      target: { value: 'John Kerry, Secretary Kerry' },
    });
    fireEvent.click(within(entityGroup('Geneva')).getByRole('button', { name: 'Remove' }));
    expect(screen.queryByRole('group', { name: 'Geneva' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save to library' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(saved(onSave).map((e) => e.id)).toEqual(['sergey-lavrov', 'lavrov', 'john-kerry']);
    expect(saved(onSave)[2]).toMatchObject({
      id: 'john-kerry',
      name: 'Secretary Kerry',
      role: 'US Secretary of State',
      aliases: ['John Kerry', 'Secretary Kerry'],
    });
  });

  it('merges one name into another, keeping the target’s id', async () => {
    const { onSave } = renderReview();
    const lavrov = within(entityGroup('Lavrov'));
    const merge = lavrov.getByRole('button', { name: 'Merge' }) as HTMLButtonElement;
    expect(merge.disabled).toBe(true);
    fireEvent.change(lavrov.getByRole('combobox', { name: 'Merge into' }), {
      target: { value: 'sergey-lavrov' },
    });
    fireEvent.click(merge);
    expect(screen.queryByRole('group', { name: 'Lavrov' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'People (2)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save to library' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(saved(onSave)[0]).toMatchObject({
      id: 'sergey-lavrov',
      aliases: ['Sergey Lavrov', 'Lavrov'],
      role: 'Foreign Minister',
    });
  });

  it('refuses to save a name with no alias or no name, saying why', async () => {
    const { onSave } = renderReview();
    const kerry = within(entityGroup('John Kerry'));
    fireEvent.change(kerry.getByRole('textbox', { name: 'Names to find on pages' }), {
      target: { value: ' \n ' },
    });
    expect(kerry.getByText(/At least one name is needed/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save to library' }));
    expect(screen.getByRole('alert').textContent).toBe(
      '“John Kerry” needs at least one form to find on pages.',
    );
    fireEvent.input(within(entityGroup('Geneva')).getByRole('textbox', { name: 'Name' }), {
      target: { value: '' },
    });
    fireEvent.change(kerry.getByRole('textbox', { name: 'Names to find on pages' }), {
      target: { value: 'Kerry' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save to library' }));
    expect(screen.getByRole('alert').textContent).toMatch(/A name is empty/);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('shows why the library refused, and cancels', async () => {
    const { onCancel } = renderReview(
      vi.fn(async () => {
        throw new LibraryError('not-found', 'This article is no longer in the library.');
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save to library' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This article is no longer in the library.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
  });
});
