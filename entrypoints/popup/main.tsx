import { render } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from '#imports';
import type { AddPageState } from '../../components/AddPage';
import { type PageState, PopupView } from '../../components/PopupView';
import { articleKnowledge } from '../../lib/knowledge';
import { BUNDLED_ID } from '../../lib/library/article';
import { articlePath } from '../../lib/library/article-link';
import { BUNDLED_ARTICLE } from '../../lib/library/bundled-article';
import { draftPath } from '../../lib/library/drafts';
import { LibraryError } from '../../lib/library/library-error';
import { takePage } from '../../lib/library/take-page';
import type { Message } from '../../lib/messages';
import { isRestrictedUrl } from '../../lib/restricted-pages';
import { type Settings, withSitePaused } from '../../lib/settings';
import { loadSettings, updateSettings, watchSettings } from '../../lib/settings-store';
import type { FrameSummaries } from '../../lib/tab-summaries';
import '../../components/card.css';
import './style.css';
import { useLibraryNames } from './library-names';
import { createRevealer, readTab } from './tab-frames';

// What a card's excerpts without an article of their own are from (none, from the library).
const bundledMeta = articleKnowledge(BUNDLED_ARTICLE).meta;
const articleHref = (sentenceIndex?: number, articleId = BUNDLED_ID) =>
  browser.runtime.getURL(articlePath(articleId, sentenceIndex));

/**
 * "Add this page": the page's article, taken from a copy of its document, goes as a draft to the
 * library page, which opens in a tab of its own (extraction and review go on there if the popup
 * closes).
 */
async function addPage(tabId: number): Promise<void> {
  const ask: Message = { type: 'pageCopy', data: undefined };
  const key = await takePage({
    copyPage: () => browser.tabs.sendMessage(tabId, ask, { frameId: 0 }),
    drafts: browser.storage.session,
  });
  await browser.tabs.create({ url: browser.runtime.getURL(draftPath(key)) });
}

/** The tab the popup is about: `?tabId=` when opened as a page (tests), else the active tab. */
async function targetTab(): Promise<{ id?: number; url?: string }> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (fromQuery) return { id: fromQuery };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id, url: tab?.url };
}

/** Each frame's summary, for choosing a name: set with each page state read. */
type OnFrames = (frames: FrameSummaries) => void;

/** Asks for the tab's summary (all frames), retrying while the page may still be loading. */
async function loadPage(
  tab: { id?: number; url?: string },
  tries: number,
  onFrames: OnFrames,
): Promise<PageState> {
  const tabId = tab.id;
  if (tabId === undefined || isRestrictedUrl(tab.url)) return { status: 'restricted' };
  for (let attempt = 0; attempt < tries; attempt++) {
    try {
      const read = await readTab(tabId);
      if (read) {
        onFrames(read.frames);
        return { status: 'ready', summary: read.summary };
      }
    } catch {
      // No content script (yet): a page still loading, or one extensions cannot enter.
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return (await hasSiteAccess()) ? { status: 'restricted' } : { status: 'needs-access' };
}

const ALL_SITES = { origins: ['<all_urls>'] };

/** Whether the reader still lets Backstory into websites (it can be withdrawn per browser). */
async function hasSiteAccess(): Promise<boolean> {
  // In Manifest V2 content-script matches are not host permissions: access cannot be withdrawn.
  if (browser.runtime.getManifest().manifest_version === 2) return true;
  try {
    return await browser.permissions.contains(ALL_SITES);
  } catch {
    return true;
  }
}

function Popup() {
  const [tab, setTab] = useState<{ id?: number; url?: string } | null>(null);
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [adding, setAdding] = useState<AddPageState>({ status: 'idle' });
  const names = useLibraryNames();
  const frames = useRef<FrameSummaries>({});
  const reveal = useMemo(() => (tab?.id === undefined ? null : createRevealer(tab.id)), [tab]);

  const refresh = useCallback(
    (tries = 1) => {
      if (tab) loadPage(tab, tries, (read) => (frames.current = read)).then(setPage);
    },
    [tab],
  );
  useEffect(() => {
    targetTab().then(setTab);
    loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  useEffect(() => {
    if (!tab) return;
    refresh(6);
    // The page keeps changing while the popup is open: follow it.
    const timer = setInterval(() => refresh(1), 1000);
    return () => clearInterval(timer);
  }, [tab, refresh]);

  const change = (update: (s: Settings) => Settings) =>
    updateSettings(update).then((next) => {
      setSettings(next);
      setTimeout(() => refresh(1), 150);
    });

  return (
    <PopupView
      page={page}
      settings={settings}
      entities={names.entities}
      nameOf={names.nameOf}
      search={{ contentOf: names.contentOf, article: bundledMeta, articleHref }}
      articleHref={articleHref()}
      onToggleEnabled={(enabled) => change((s) => ({ ...s, enabled }))}
      onToggleSitePaused={(host, paused) => change((s) => withSitePaused(s, host, paused))}
      onToggleKind={(kind, on) => change((s) => ({ ...s, kinds: { ...s.kinds, [kind]: on } }))}
      onChooseEntity={(entityId) => reveal?.(entityId, frames.current)}
      onOpenOptions={() => browser.runtime.openOptionsPage()}
      onRequestAccess={() =>
        browser.permissions.request(ALL_SITES).then((granted) => granted && refresh(6))
      }
      addPage={
        tab?.id === undefined
          ? undefined
          : {
              state: adding,
              onAdd: () => {
                setAdding({ status: 'working' });
                addPage(tab.id as number).then(
                  () => setAdding({ status: 'idle' }),
                  (error: unknown) =>
                    setAdding({
                      status: 'error',
                      message:
                        error instanceof LibraryError
                          ? error.message
                          : 'The page could not be added. Try again, or paste its text on the library page.',
                    }),
                );
              },
            }
      }
    />
  );
}

render(<Popup />, document.getElementById('app') as HTMLElement);
