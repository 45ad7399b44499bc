/**
 * One entity opened in the popup: what the store remembers of it, who the person is (Wikidata and
 * Wikipedia, asked only with consent) and its coverage online (GDELT, likewise).
 */
import { useRef, useState } from 'preact/hooks';
import type { BackgroundState } from '@/components/PersonBackground';
import type { OnlineState } from '@/components/OnlineCoverage';
import type { DigestEntity } from '../memory/digest';
import type { Result, TabState } from '../messaging/protocol';
import type { KnowledgeRequest } from '../services/knowledge';
import { allowOnline } from '../settings/allow-online';
import type { Settings } from '../settings/settings';
import { fetchOnlineCoverage, fullestName, loadEntityView, lookUpPerson, popupKnowledgeRequest, type EntityView } from './memory';

/** What the popup shows: the article's list, or one entity (from this article, or from the recent list). */
export type Screen = { kind: 'list' } | { kind: 'entity'; entity: DigestEntity; here: boolean };

export interface EntityDetailView {
  screen: Screen;
  view: Result<EntityView> | undefined;
  background: BackgroundState | undefined;
  online: OnlineState;
  /** The name searched online: the fullest the store knows. */
  onlineName: string;
  open(entity: DigestEntity, here: boolean): void;
  back(): void;
  /** "Look up": this one person, this once. */
  lookUpOnce(): void;
  /** "Always look up". */
  allowKnowledge(): void;
  allowCoverage(): void;
}

/** `state` and `articleUrl` are the tab's: an entity opened `here` is looked up in this article's context. */
export function useEntityDetail(
  state: TabState | null | undefined,
  articleUrl: string | null,
  settings: Settings | null,
): EntityDetailView {
  const [screen, setScreen] = useState<Screen>({ kind: 'list' });
  const [view, setView] = useState<Result<EntityView> | undefined>(undefined);
  const [online, setOnline] = useState<OnlineState>({ status: 'idle' });
  const [onlineName, setOnlineName] = useState('');
  const [background, setBackground] = useState<BackgroundState | undefined>(undefined);
  // The request of the entity open now: an answer for one closed meanwhile is dropped.
  const requestRef = useRef<KnowledgeRequest | null>(null);

  const searchOnline = (name: string) => {
    setOnline({ status: 'loading' });
    void fetchOnlineCoverage(name).then((r) => setOnline(r.ok ? { status: 'done', answer: r.value } : { status: 'error', error: r.error }));
  };

  const lookUp = (request: KnowledgeRequest, once: boolean) => {
    setBackground({ state: 'loading' });
    void lookUpPerson(request, once).then((r) => {
      if (requestRef.current !== request) return;
      setBackground(r.ok ? { state: 'done', reply: r.value } : { state: 'error', error: r.error });
    });
  };

  const open = (entity: DigestEntity, here: boolean) => {
    setScreen({ kind: 'entity', entity, here });
    setView(undefined);
    setOnline({ status: 'idle' });
    setOnlineName(entity.name);
    const request =
      entity.kind === 'person'
        ? popupKnowledgeRequest(entity, here ? state?.digest : undefined, here ? (state?.article?.publishedAt ?? null) : null)
        : null;
    requestRef.current = request;
    setBackground(!request ? undefined : settings?.knowledge === 'allowed' ? { state: 'loading' } : { state: 'ask', refused: false });
    if (request && settings?.knowledge === 'allowed') lookUp(request, false);
    void loadEntityView(entity, here ? articleUrl : null).then((v) => {
      setView(v);
      // A surname alone ("Orlovsky") is a poor search: the fullest name the store knows goes instead.
      const name = fullestName(entity.name, v.ok ? v.value.entity?.name : undefined);
      setOnlineName(name);
      if (settings?.onlineCoverage === 'allowed') searchOnline(name);
    });
  };

  const nameOnline = () => onlineName || (screen.kind === 'entity' ? screen.entity.name : '');
  return {
    screen,
    view,
    // Whether the reader said no is the settings' to say, as they stand now: a no given in the
    // browser's prompt (allow-online.ts saves it) shows at once, with no state of its own here.
    background: background?.state === 'ask' ? { state: 'ask', refused: settings?.knowledge === 'refused' } : background,
    online,
    onlineName: nameOnline(),
    open,
    back: () => setScreen({ kind: 'list' }),
    lookUpOnce: () => void (requestRef.current && lookUp(requestRef.current, true)),
    allowKnowledge: () =>
      void allowOnline('knowledge').then((granted) => {
        if (granted && requestRef.current) lookUp(requestRef.current, false);
      }),
    allowCoverage: () => {
      const name = nameOnline();
      void allowOnline('onlineCoverage').then((granted) => granted && searchOnline(name));
    },
  };
}
