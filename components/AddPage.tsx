/** Where "Add this page" stands. */
export type AddPageState =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'error'; message: string };

/** Props of {@link AddPage}. */
export interface AddPageProps {
  state: AddPageState;
  onAdd: () => void;
}

/**
 * "Add this page to your library": the page's article goes to the library page, which finds its
 * people and lets the reader check them before anything is saved.
 */
export function AddPage({ state, onAdd }: AddPageProps) {
  const working = state.status === 'working';
  return (
    <section class="add-page" aria-label="Your library">
      <button type="button" onClick={onAdd} disabled={working} aria-busy={working}>
        {working ? 'Reading the article…' : 'Add this page to your library'}
      </button>
      {state.status === 'error' && (
        <p role="alert" class="error">
          {state.message}
        </p>
      )}
    </section>
  );
}
