import { useState } from 'preact/hooks';
import type { EntityKind } from '../data/types';
import type { PageSummary } from '../lib/messages';

/** Section titles per kind, in the order the popup shows them. */
export const KIND_TITLES: [EntityKind, string][] = [
  ['person', 'People'],
  ['place', 'Places'],
  ['organization', 'Organisations'],
];

/** Props of {@link EntityList}. */
export interface EntityListProps {
  entities: PageSummary['entities'];
  nameOf: (entityId: string) => string;
  /** Called when the reader picks a name: go to its next mention. */
  onChoose: (entityId: string) => void;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The names found on the page, grouped by kind, in page order or by count. */
export function EntityList({ entities, nameOf, onChoose }: EntityListProps) {
  const [byCount, setByCount] = useState(false);
  const ordered = byCount ? [...entities].sort((a, b) => b.count - a.count) : entities;
  return (
    <section class="entity-list" aria-label="Names on this page">
      <fieldset class="order">
        <legend class="visually-hidden">Order</legend>
        <label>
          <input type="radio" name="order" checked={!byCount} onChange={() => setByCount(false)} />
          Page order
        </label>
        <label>
          <input type="radio" name="order" checked={byCount} onChange={() => setByCount(true)} />
          Most mentioned
        </label>
      </fieldset>
      {KIND_TITLES.map(([kind, title]) => {
        const group = ordered.filter((e) => e.kind === kind);
        if (group.length === 0) return null;
        return (
          <section key={kind} aria-label={title}>
            <h2>{title}</h2>
            <ul>
              {group.map((entity) => (
                <li key={entity.entityId}>
                  <button type="button" class="entity" onClick={() => onChoose(entity.entityId)}>
                    <span class={`swatch swatch-${kind}`} aria-hidden="true" />
                    <span class="entity-name">{nameOf(entity.entityId)}</span>
                    <span class="count">
                      {entity.count}
                      <span class="visually-hidden"> {plural(entity.count, 'mention')}</span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
