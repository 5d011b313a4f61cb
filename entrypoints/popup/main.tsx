import { render } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from '#imports';
import { type PageState, PopupView } from '../../components/PopupView';
import { articleKnowledge } from '../../lib/knowledge';
import { articlePath } from '../../lib/library/article-link';
import { BUNDLED_ARTICLE } from '../../lib/library/bundled-article';
import { isRestrictedUrl } from '../../lib/restricted-pages';
import { type Settings, withSitePaused } from '../../lib/settings';
import { loadSettings, updateSettings, watchSettings } from '../../lib/settings-store';
import type { FrameSummaries } from '../../lib/tab-summaries';
import '../../components/card.css';
import './style.css';
import { createRevealer, readTab } from './tab-frames';

// The names the popup searches: the bundled article's (the library joins them with its own UI).
const knowledge = articleKnowledge(BUNDLED_ARTICLE);
const names = new Map<string, string>(knowledge.entities.map((e) => [e.id, e.name]));
const articleHref = (sentenceIndex?: number) =>
  browser.runtime.getURL(articlePath(knowledge.article.id, sentenceIndex));

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
      entities={knowledge.entities}
      nameOf={(id) => names.get(id) ?? id}
      search={{ contentOf: knowledge.cardDataFor, article: knowledge.meta, articleHref }}
      articleHref={articleHref()}
      onToggleEnabled={(enabled) => change((s) => ({ ...s, enabled }))}
      onToggleSitePaused={(host, paused) => change((s) => withSitePaused(s, host, paused))}
      onToggleKind={(kind, on) => change((s) => ({ ...s, kinds: { ...s.kinds, [kind]: on } }))}
      onChooseEntity={(entityId) => reveal?.(entityId, frames.current)}
      onOpenOptions={() => browser.runtime.openOptionsPage()}
      onRequestAccess={() =>
        browser.permissions.request(ALL_SITES).then((granted) => granted && refresh(6))
      }
    />
  );
}

render(<Popup />, document.getElementById('app') as HTMLElement);
