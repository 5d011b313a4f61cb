import { useState } from 'preact/hooks';
import { DEFAULT_COLORS, HIGHLIGHT_COLORS, type HighlightColor } from '../lib/colors';
import { ENTITY_KINDS, type EntityKind, KINDS } from '../lib/kinds';
import type { PageSummary } from '../lib/messages';

/** Props of {@link EntityList}. */
export interface EntityListProps {
  entities: PageSummary['entities'];
  nameOf: (entityId: string) => string;
  /** Each kind's highlight colour, for its swatch; each kind's default when left out. */
  colors?: Record<EntityKind, HighlightColor>;
  /** Called when the reader picks a name: go to its next mention. */
  onChoose: (entityId: string) => void;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The names found on the page, grouped by kind, in page order or by count. */
export function EntityList({
  entities,
  nameOf,
  colors = DEFAULT_COLORS,
  onChoose,
}: EntityListProps) {
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
      {ENTITY_KINDS.map((kind) => {
        const group = ordered.filter((e) => e.kind === kind);
        if (group.length === 0) return null;
        const title = KINDS[kind].plural;
        return (
          <section key={kind} aria-label={title}>
            <h2>{title}</h2>
            <ul>
              {group.map((entity) => (
                <li key={entity.entityId}>
                  <button type="button" class="entity" onClick={() => onChoose(entity.entityId)}>
                    <span
                      class="swatch"
                      style={{ backgroundColor: HIGHLIGHT_COLORS[colors[kind]].line }}
                      aria-hidden="true"
                    />
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
