import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { ArticleCard } from '@/components/ArticleCard';
import { Controls } from '@/components/Controls';
import { EntityDetail } from '@/components/EntityDetail';
import { EntityList } from '@/components/EntityList';
import { Legend } from '@/components/Legend';
import { LibraryBox } from '@/components/LibraryBox';
import { MemoryControls } from '@/components/MemoryControls';
import { MemoryNotice } from '@/components/MemoryNotice';
import { OnlineCoverage } from '@/components/OnlineCoverage';
import { PopupHeader } from '@/components/PopupHeader';
import { RecentEntities } from '@/components/RecentEntities';
import { rememberedUrl } from '@/lib/memory/remembered-url';
import { useForget } from '@/lib/memory/use-forget';
import { entityOfRow } from '@/lib/popup/memory';
import { describeReason } from '@/lib/popup/describe-reason';
import { useEntityDetail } from '@/lib/popup/use-entity-detail';
import { useRecentEntities } from '@/lib/popup/use-recent-entities';
import { useSaveTab } from '@/lib/popup/use-save-tab';
import { useTabState } from '@/lib/popup/use-tab-state';
import { lookupOutlet } from '@/lib/services/outlets';
import { saveSettings, type Settings } from '@/lib/settings/settings';
import { siteChange, useSettings } from '@/lib/settings/use-settings';

interface EntityScreenProps {
  detail: ReturnType<typeof useEntityDetail>;
  state: ReturnType<typeof useTabState>['state'];
  articleUrl: string | null;
  settings: Settings | null;
}

export function App() {
  const { tabId, state, error } = useTabState();
  const [settings, change] = useSettings();
  const article = state?.article ?? null;
  const articleUrl = article ? rememberedUrl(article.canonicalUrl, undefined) : null;
  const detail = useEntityDetail(state, articleUrl, settings);
  const recent = useRecentEntities(state);
  const forgetting = useForget();
  const saving = useSaveTab(tabId);

  if (detail.screen.kind === 'entity') return <EntityScreen detail={detail} state={state} articleUrl={articleUrl} settings={settings} />;

  return (
    <main class="popup">
      <PopupHeader />
      {settings && !settings.rememberExplained ? (
        <MemoryNotice
          onKeep={() => void saveSettings({ rememberExplained: true })}
          onStop={() => void saveSettings({ rememberExplained: true, remember: false })}
        />
      ) : null}
      <ArticleCard state={state} error={error} describe={describeReason} />
      {state?.digest ? <EntityList entities={state.digest.entities} onOpen={(i) => detail.open(state.digest!.entities[i]!, true)} /> : null}
      {!article ? <RecentEntities recent={recent} onOpen={(row) => detail.open(entityOfRow(row), false)} /> : null}
      {settings ? (
        <Controls
          settings={settings}
          host={state?.host ?? null}
          onEnabled={(enabled) => change({ enabled })}
          onSite={(host, on) => change(...siteChange(settings, 'disabledSites', host, on))}
          onLevel={(level) => change({ level })}
        />
      ) : null}
      <LibraryBox
        canSave={!!state?.digest && tabId !== null}
        saved={state?.saved}
        status={saving.status}
        libraryUrl={browser.runtime.getURL('/library.html')}
        onSave={saving.save}
      />
      {settings ? (
        <MemoryControls
          settings={settings}
          outlet={article?.outlet.domain ?? null}
          articleUrl={articleUrl}
          onRemember={(remember) => change({ remember, rememberExplained: true })}
          onRememberOutlet={(outlet, on) => change(...siteChange(settings, 'rememberExcluded', outlet, on))}
          onForgetArticle={(url) => void forgetting.forget({ article: url }, (n) => i18n.t('forget.forgottenArticle', n))}
          onForgetOutlet={(outlet) => void forgetting.forget({ outlet }, (n) => i18n.t('forget.forgottenOutlet', n, [n, outlet]))}
          status={forgetting.status}
        />
      ) : null}
      <Legend />
      <footer class="popup__footer">{i18n.t('popup.privacy')}</footer>
    </main>
  );
}

/** One person or institution opened from the list: what the popup wires into its detail screen. */
function EntityScreen({ detail, state, articleUrl, settings }: EntityScreenProps) {
  if (detail.screen.kind !== 'entity') return null;
  const { entity, here } = detail.screen;
  const article = state?.article ?? null;
  return (
    <main class="popup">
      <EntityDetail
        entity={entity}
        claims={here ? (state?.digest?.claims ?? []) : []}
        outlet={here ? (article?.outlet.domain ?? null) : null}
        outletName={here ? (article?.outlet.name ?? null) : null}
        articleUrl={here ? articleUrl : null}
        here={here}
        view={detail.view}
        labelFor={lookupOutlet}
        onBack={detail.back}
        background={detail.background}
        onLookUp={detail.lookUpOnce}
        onAllow={detail.allowKnowledge}
      >
        {settings ? (
          <OnlineCoverage
            name={detail.onlineName}
            consent={settings.onlineCoverage}
            state={detail.online}
            labelFor={lookupOutlet}
            onAllow={detail.allowCoverage}
            onRefuse={() => void saveSettings({ onlineCoverage: 'refused' })}
          />
        ) : null}
      </EntityDetail>
    </main>
  );
}
