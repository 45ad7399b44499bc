import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ArticleCard } from '@/components/ArticleCard';
import { LibraryBox } from '@/components/LibraryBox';
import { saveTab } from '@/lib/library/save-tab';
import { Controls } from '@/components/Controls';
import { EntityDetail } from '@/components/EntityDetail';
import { EntityList } from '@/components/EntityList';
import { Legend } from '@/components/Legend';
import { MemoryControls } from '@/components/MemoryControls';
import { MemoryNotice } from '@/components/MemoryNotice';
import { OnlineCoverage, type OnlineState } from '@/components/OnlineCoverage';
import type { BackgroundState } from '@/components/PersonBackground';
import { RecentEntities } from '@/components/RecentEntities';
import type { EntityRow } from '@/lib/db/records';
import type { DigestEntity } from '@/lib/memory/digest';
import type { Result, TabState } from '@/lib/messaging/protocol';
import { requestOnlineConsent } from '@/lib/services/data-consent';
import { currentTabId, fetchTabState, watchTabState } from '@/lib/popup/current-tab';
import { describeReason } from '@/lib/popup/describe-reason';
import { fetchOnlineCoverage, fullestName, loadEntityView, lookUpPerson, popupKnowledgeRequest, loadRecentEntities, type EntityView } from '@/lib/popup/memory';
import type { KnowledgeRequest } from '@/lib/services/knowledge';
import { lookupOutlet } from '@/lib/services/outlets';
import { loadSettings, saveSettings, setRememberSite, setSiteEnabled, watchSettings, type Settings } from '@/lib/settings/settings';
import { rememberedUrl } from '@/lib/memory/remembered-url';
import { forget } from '@/lib/memory/forget';

/** What the popup shows: the article's list, or one entity (from this article, or from the recent list). */
type Screen = { kind: 'list' } | { kind: 'entity'; entity: DigestEntity; here: boolean };

function fromRow(row: EntityRow): DigestEntity {
  return { name: row.name, kind: row.kind, role: null, official: row.official, mentions: 0, claims: [] };
}

export function App() {
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [screen, setScreen] = useState<Screen>({ kind: 'list' });
  const [view, setView] = useState<Result<EntityView> | undefined>(undefined);
  const [online, setOnline] = useState<OnlineState>({ status: 'idle' });
  const [recent, setRecent] = useState<Result<EntityRow[]> | undefined>(undefined);
  const [memoryStatus, setMemoryStatus] = useState<string | null>(null);
  const [onlineName, setOnlineName] = useState('');
  const [saveStatus, setSaveStatus] = useState<string | null>(null);
  const tabIdRef = useRef<number | null>(null);
  const knowledgeRequestRef = useRef<KnowledgeRequest | null>(null);
  const [background, setBackground] = useState<BackgroundState | undefined>(undefined);

  useEffect(() => {
    let stop = () => {};
    void currentTabId().then(async (tabId) => {
      tabIdRef.current = tabId;
      const refresh = async () => {
        const r = await fetchTabState(tabId);
        if (r.ok) setState(r.value);
        else setError(r.error);
      };
      if (tabId !== null) stop = watchTabState(tabId, () => void refresh());
      await refresh();
    });
    void loadSettings().then(setSettings);
    const stopSettings = watchSettings(setSettings);
    return () => {
      stop();
      stopSettings();
    };
  }, []);

  const article = state?.article ?? null;
  const articleUrl = article ? rememberedUrl(article.canonicalUrl, undefined) : null;
  // Where there is no article, the reader's recent entities (one indexed read, newest first).
  useEffect(() => {
    if (state !== undefined && !article) void loadRecentEntities().then(setRecent);
  }, [state, article]);

  const searchOnline = (name: string) => {
    setOnline({ status: 'loading' });
    void fetchOnlineCoverage(name).then((r) => setOnline(r.ok ? { status: 'done', answer: r.value } : { status: 'error', error: r.error }));
  };

  const open = (entity: DigestEntity, here: boolean) => {
    setScreen({ kind: 'entity', entity, here });
    setView(undefined);
    setOnline({ status: 'idle' });
    setOnlineName(entity.name);
    const request = entity.kind === 'person' ? popupKnowledgeRequest(entity, here ? state?.digest : undefined, here ? (article?.publishedAt ?? null) : null) : null;
    knowledgeRequestRef.current = request;
    setBackground(!request ? undefined : settings?.knowledge === 'allowed' ? { state: 'loading' } : { state: 'ask', refused: settings?.knowledge === 'refused' });
    if (request && settings?.knowledge === 'allowed') lookUp(request, false);
    void loadEntityView(entity, here ? articleUrl : null).then((v) => {
      setView(v);
      // A surname alone ("Orlovsky") is a poor search: the fullest name the store knows goes instead.
      const name = fullestName(entity.name, v.ok ? v.value.entity?.name : undefined);
      setOnlineName(name);
      if (settings?.onlineCoverage === 'allowed') searchOnline(name);
    });
  };

  const labelFor = (domainOrUrl: string) => lookupOutlet(domainOrUrl);

  function lookUp(request: KnowledgeRequest, once: boolean) {
    setBackground({ state: 'loading' });
    void lookUpPerson(request, once).then((r) => {
      if (knowledgeRequestRef.current !== request) return;
      setBackground(r.ok ? { state: 'done', reply: r.value } : { state: 'error', error: r.error });
    });
  }

  if (screen.kind === 'entity') {
    const { entity, here } = screen;
    return (
      <main class="popup">
        <EntityDetail
          entity={entity}
          claims={here ? (state?.digest?.claims ?? []) : []}
          outlet={here ? (article?.outlet.domain ?? null) : null}
          outletName={here ? (article?.outlet.name ?? null) : null}
          articleUrl={here ? articleUrl : null}
          here={here}
          view={view}
          labelFor={labelFor}
          onBack={() => setScreen({ kind: 'list' })}
          background={background}
          onLookUp={() => knowledgeRequestRef.current && lookUp(knowledgeRequestRef.current, true)}
          onAllow={() =>
            void requestOnlineConsent().then(async (granted) => {
              if (!granted) return;
              await saveSettings({ knowledge: 'allowed' });
              if (knowledgeRequestRef.current) lookUp(knowledgeRequestRef.current, false);
            })
          }
        >
          {settings ? (
            <OnlineCoverage
              name={onlineName || entity.name}
              consent={settings.onlineCoverage}
              state={online}
              labelFor={labelFor}
              onAllow={() =>
                void requestOnlineConsent().then(async (granted) => {
                  if (!granted) return;
                  await saveSettings({ onlineCoverage: 'allowed' });
                  searchOnline(onlineName || entity.name);
                })
              }
              onRefuse={() => void saveSettings({ onlineCoverage: 'refused' })}
            />
          ) : null}
        </EntityDetail>
      </main>
    );
  }

  const forgetting = (scope: Parameters<typeof forget>[0], what: string) =>
    void forget(scope).then((r) => setMemoryStatus(r.ok ? `Forgotten: ${what} (${r.value} article${r.value === 1 ? '' : 's'}).` : `Could not forget: ${r.error}`));

  return (
    <main class="popup">
      <header class="popup__header">
        <h1 class="popup__brand">Sourcelight</h1>
        <p class="popup__tagline">Who said what, and who they are</p>
      </header>
      {settings && !settings.rememberExplained ? (
        <MemoryNotice onKeep={() => void saveSettings({ rememberExplained: true })} onStop={() => void saveSettings({ rememberExplained: true, remember: false })} />
      ) : null}
      <ArticleCard state={state} error={error} describe={describeReason} />
      {state?.digest ? <EntityList entities={state.digest.entities} onOpen={(i) => open(state.digest!.entities[i]!, true)} /> : null}
      {!article ? <RecentEntities recent={recent} onOpen={(row) => open(fromRow(row), false)} /> : null}
      {settings ? (
        <Controls
          settings={settings}
          host={state?.host ?? null}
          onEnabled={(enabled) => void saveSettings({ enabled })}
          onSite={(host, on) => void setSiteEnabled(host, on)}
          onLevel={(level) => void saveSettings({ level })}
        />
      ) : null}
      <LibraryBox
        canSave={!!state?.digest && tabIdRef.current !== null}
        saved={state?.saved}
        status={saveStatus}
        libraryUrl={browser.runtime.getURL('/library.html')}
        onSave={() => {
          if (tabIdRef.current === null) return;
          setSaveStatus('Saving…');
          void saveTab(tabIdRef.current).then((r) => setSaveStatus(r.ok ? `Saved to your library with ${r.value.annotations.length} annotations.` : `Not saved: ${r.error}`));
        }}
      />
      {settings ? (
        <MemoryControls
          settings={settings}
          outlet={article?.outlet.domain ?? null}
          articleUrl={articleUrl}
          onRemember={(remember) => void saveSettings({ remember, rememberExplained: true })}
          onRememberOutlet={(outlet, on) => void setRememberSite(outlet, on)}
          onForgetArticle={(url) => forgetting({ article: url }, 'this article')}
          onForgetOutlet={(outlet) => forgetting({ outlet }, `every article from ${outlet}`)}
          status={memoryStatus}
        />
      ) : null}
      <Legend />
      <footer class="popup__footer">Pages are read in your browser. What Sourcelight remembers stays on this device; only a name you look up online is sent.</footer>
    </main>
  );
}
