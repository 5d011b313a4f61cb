import { render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { type PageState, PageSummaryView } from '../../components/PageSummaryView';
import { axeViolations } from '../support/axe';

const names: Record<string, string> = {
  'vladimir-putin': 'Vladimir Putin',
  'john-kerry': 'John Kerry',
};
const nameOf = (id: string) => names[id] ?? id;

const STATES: [string, PageState, RegExp][] = [
  ['loading', { status: 'loading' }, /Reading this page/],
  ['unavailable', { status: 'unavailable' }, /can’t read this page/],
  ['no names', { status: 'ready', summary: { total: 0, entities: [] } }, /No names/],
  [
    'names found',
    {
      status: 'ready',
      summary: {
        total: 3,
        entities: [
          { entityId: 'vladimir-putin', kind: 'person', count: 2 },
          { entityId: 'john-kerry', kind: 'person', count: 1 },
        ],
      },
    },
    /3 mentions/,
  ],
];

afterEach(() => {
  document.body.innerHTML = '';
});

describe('PageSummaryView', () => {
  it.each(STATES)('shows the %s state accessibly', async (_label, state, text) => {
    const { container } = render(<PageSummaryView state={state} nameOf={nameOf} />);
    expect(screen.getByRole('status').textContent).toMatch(text);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('lists each person with a count', () => {
    const [, state] = STATES[3] as [string, PageState, RegExp];
    render(<PageSummaryView state={state} nameOf={nameOf} />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Vladimir Putin ×2 (2 mentions)', 'John Kerry ×1 (1 mention)']);
  });
});
