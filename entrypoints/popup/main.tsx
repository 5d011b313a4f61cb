import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { type PageState, PageSummaryView } from '../../components/PageSummaryView';
import { ENTITIES } from '../../data/entities';
import type { Message, PageSummary } from '../../lib/messages';
import './style.css';

const names = new Map<string, string>(ENTITIES.map((e) => [e.id, e.name]));

/** The tab the popup is about: `?tabId=` when opened as a page (tests), else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (fromQuery) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function loadState(): Promise<PageState> {
  const tabId = await targetTabId();
  if (tabId === undefined) return { status: 'unavailable' };
  const message: Message = { type: 'getPageSummary', data: undefined };
  try {
    const summary = (await browser.tabs.sendMessage(tabId, message)) as PageSummary | undefined;
    return summary ? { status: 'ready', summary } : { status: 'unavailable' };
  } catch {
    // No content script answered: a browser page, a store, or a page still loading.
    return { status: 'unavailable' };
  }
}

function Popup() {
  const [state, setState] = useState<PageState>({ status: 'loading' });
  useEffect(() => {
    loadState().then(setState);
  }, []);
  return (
    <main>
      <h1>Backstory</h1>
      <PageSummaryView state={state} nameOf={(id) => names.get(id) ?? id} />
    </main>
  );
}

render(<Popup />, document.getElementById('app') as HTMLElement);
