import type { Entity, EntityKind } from '../data/types';
import { ENTITY_KINDS, KINDS } from '../lib/kinds';
import type { PageSummary } from '../lib/messages';
import type { Settings } from '../lib/settings';
import { AddPage, type AddPageState } from './AddPage';
import { EntityList } from './EntityList';
import { EntitySearch, type EntitySearchProps } from './EntitySearch';
import { Toggle } from './Toggle';

/** What the popup knows about the current tab. */
export type PageState =
  | { status: 'loading' }
  | { status: 'restricted' }
  /** The reader has withdrawn Backstory's access to websites (Firefox MV3, Chrome site access). */
  | { status: 'needs-access' }
  | { status: 'ready'; summary: PageSummary };

/** Props of {@link PopupView}. */
export interface PopupViewProps {
  page: PageState;
  /** The settings, once read. */
  settings: Settings | null;
  entities: readonly Entity[];
  nameOf: (entityId: string) => string;
  search: Omit<EntitySearchProps, 'entities'>;
  /** Link to the article page. */
  articleHref: string;
  onToggleEnabled: (enabled: boolean) => void;
  onToggleSitePaused: (hostname: string, paused: boolean) => void;
  onToggleKind: (kind: EntityKind, on: boolean) => void;
  /** The reader picked a name: scroll to its next mention and open its card. */
  onChooseEntity: (entityId: string) => void;
  onOpenOptions: () => void;
  /** Asks the browser to give Backstory access to websites again. */
  onRequestAccess: () => void;
  /** "Add this page to your library", offered on a page the content script reads. */
  addPage?: { state: AddPageState; onAdd: () => void };
}

function PageStatus({
  page,
  nameOf,
  colors,
  onChooseEntity,
  onRequestAccess,
}: Pick<PopupViewProps, 'page' | 'nameOf' | 'onChooseEntity' | 'onRequestAccess'> & {
  colors: Settings['colors'] | undefined;
}) {
  if (page.status === 'loading') return <p role="status">Reading this page…</p>;
  if (page.status === 'needs-access') {
    return (
      <>
        <p role="status">Backstory needs access to websites to read the names on them.</p>
        <button type="button" class="primary" onClick={onRequestAccess}>
          Allow access
        </button>
      </>
    );
  }
  if (page.status === 'restricted') {
    return (
      <p role="status">
        Backstory can’t run on this page. Browsers keep extensions out of their own pages, web
        stores, the PDF viewer and source views.
      </p>
    );
  }
  const { summary } = page;
  if (summary.state === 'off') return <p role="status">Highlighting is off.</p>;
  if (summary.state === 'paused') {
    return <p role="status">Backstory is paused on {summary.hostname}.</p>;
  }
  if (summary.total === 0) return <p role="status">No names from your articles on this page.</p>;
  return (
    <>
      <p role="status">
        <strong>
          {summary.total} mention{summary.total === 1 ? '' : 's'}
        </strong>{' '}
        on this page
      </p>
      <EntityList
        entities={summary.entities}
        nameOf={nameOf}
        colors={colors}
        onChoose={onChooseEntity}
      />
    </>
  );
}

/** The toolbar popup: what was found on the tab, the switches, a search and links. */
export function PopupView(props: PopupViewProps) {
  const { page, settings } = props;
  const hostname = page.status === 'ready' ? page.summary.hostname : '';
  return (
    <main class="popup">
      <header>
        <h1>Backstory</h1>
      </header>
      <PageStatus
        page={page}
        nameOf={props.nameOf}
        colors={settings?.colors}
        onChooseEntity={props.onChooseEntity}
        onRequestAccess={props.onRequestAccess}
      />
      {page.status === 'ready' && props.addPage && (
        <AddPage state={props.addPage.state} onAdd={props.addPage.onAdd} />
      )}
      {settings && (
        <section class="switches" aria-label="Switches">
          <Toggle
            label="Highlighting"
            checked={settings.enabled}
            onChange={props.onToggleEnabled}
          />
          {hostname && (
            <Toggle
              label={`Pause on ${hostname}`}
              checked={settings.pausedSites.includes(hostname)}
              onChange={(paused) => props.onToggleSitePaused(hostname, paused)}
              disabled={!settings.enabled}
            />
          )}
          {ENTITY_KINDS.map((kind) => (
            <Toggle
              key={kind}
              label={KINDS[kind].plural}
              checked={settings.kinds[kind]}
              onChange={(on) => props.onToggleKind(kind, on)}
              disabled={!settings.enabled}
            />
          ))}
        </section>
      )}
      <EntitySearch entities={props.entities} {...props.search} />
      <footer>
        <a href={props.articleHref} target="_blank" rel="noopener">
          Read the article
        </a>
        <button type="button" class="link" onClick={props.onOpenOptions}>
          Library and options
        </button>
      </footer>
    </main>
  );
}
