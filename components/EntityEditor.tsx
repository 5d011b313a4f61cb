import { useId, useState } from 'preact/hooks';
import type { Entity } from '../data/types';
import { KINDS } from '../lib/kinds';
import {
  mergeEntities,
  parseAliases,
  removeEntity,
  renameEntity,
  setEntityAliases,
  setEntityRole,
} from '../lib/library/entity-edits';

/** One edit of an article's entities. */
export type EntitiesEdit = (entities: readonly Entity[]) => Entity[];

/** Props of {@link EntityEditor}. */
export interface EntityEditorProps {
  entity: Entity;
  /** The article's other entities, any of which this one can be merged into. */
  others: readonly Entity[];
  /** Applies an edit to the article's entities. */
  onEdit: (edit: EntitiesEdit) => void;
}

/** One found entity, editable: its name, its forms on pages, its role (people), merge, remove. */
export function EntityEditor({ entity, others, onEdit }: EntityEditorProps) {
  const { id } = entity;
  const [chosen, setChosen] = useState('');
  // The chosen entity may have been removed or merged away since.
  const mergeInto = others.some((other) => other.id === chosen) ? chosen : '';
  const noAlias = entity.aliases.length === 0;
  const aliasesHint = useId();
  return (
    <fieldset class="entity-editor">
      <legend>{entity.name.trim() || 'Unnamed'}</legend>
      <label>
        Name
        <input
          value={entity.name}
          aria-invalid={entity.name.trim() === ''}
          onInput={(event) => onEdit((all) => renameEntity(all, id, event.currentTarget.value))}
        />
      </label>
      {entity.kind === 'person' && (
        <label>
          Role
          <input
            value={entity.role}
            onInput={(event) => onEdit((all) => setEntityRole(all, id, event.currentTarget.value))}
          />
        </label>
      )}
      <label>
        Names to find on pages
        {/* Applied on change (when the field is left), so typing a new line is not undone. */}
        <textarea
          rows={Math.min(4, Math.max(2, entity.aliases.length))}
          value={entity.aliases.join('\n')}
          aria-invalid={noAlias}
          aria-describedby={aliasesHint}
          onChange={(event) =>
            onEdit((all) => setEntityAliases(all, id, parseAliases(event.currentTarget.value)))
          }
        />
      </label>
      <p id={aliasesHint} class={noAlias ? 'field-error' : 'muted'}>
        {noAlias ? 'At least one name is needed. ' : ''}One per line, or separated by commas.
      </p>
      <div class="entity-actions">
        {others.length > 0 && (
          <>
            <label>
              Merge into
              <select value={mergeInto} onChange={(event) => setChosen(event.currentTarget.value)}>
                <option value="">Choose…</option>
                {others.map((other) => (
                  <option key={other.id} value={other.id}>
                    {other.name} ({KINDS[other.kind].label})
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              disabled={mergeInto === ''}
              onClick={() => onEdit((all) => mergeEntities(all, id, mergeInto))}
            >
              Merge
            </button>
          </>
        )}
        <button type="button" onClick={() => onEdit((all) => removeEntity(all, id))}>
          Remove
        </button>
      </div>
    </fieldset>
  );
}
