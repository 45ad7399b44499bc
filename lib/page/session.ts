/**
 * The content script's session on one page: detect → ask the background → find the nodes again →
 * paint, one reading at a time, each ending in a TabState for the popup (tab-state.ts). It owns
 * what was read (for saving), what was reported, the queue of readings and the hover cards;
 * everything it talks to comes in as a dependency, so that its tests run on fakes.
 */
import type { Extraction } from '../article/extract';
import type { SavedArticle } from '../library/types';
import type { ArticleDigest } from '../memory/digest';
import type { ExtractRequest, Result, SavedPlacement, TabState } from '../messaging/protocol';
import type { Analysis } from '../nlp/types';
import { CardController, type CardSource } from '../overlay/cards';
import { DARK_MARKS } from '../overlay/scheme';
import { changesHighlights, isActiveOn, type Settings } from '../settings/settings';
import { guardReading, type Stage } from './guard-reading';
import { whenSettled, yieldToPage } from './idle';
import { knowledgeAdapter } from './knowledge-adapter';
import { clearSaved, placeSaved, saveReading } from './library-page';
import { paintAnalysisInStretches, type MarkUp } from './mark-up';
import type { PagePort } from './port';
import { readPageRemote } from './read-remote';
import { buildTabState, withSaved, type ReadingContext, type ReadingOutcome } from './tab-state';
import { stretchClock, type StretchClock } from './timing';
import { articleRoot, type PageWatch } from './watch';

export interface SettingsSource {
  load(): Promise<Settings | null>;
  /** Calls back with each change of the settings; returns the way to stop. */
  watch(onChange: (next: Settings) => void): () => void;
}

export interface SessionDeps {
  doc: Document;
  /** Names this document for the background (random, per page load). */
  pageId: string;
  port: PagePort;
  settings: SettingsSource;
  /** Starts watching the page for changes (watch.ts's watchPage). */
  watch: (onChange: () => void) => PageWatch;
  /** Aborts when the extension is reloaded or the page closes. */
  signal: AbortSignal;
  /** True once the session should stop writing (WXT's ctx.isInvalid). */
  isInvalid: () => boolean;
  /** When the page finished loading, on the performance clock (timing.ts's loadedAt). */
  loadedAt: () => number;
  /** How long the background has to answer, ms (read-remote.ts's bound by default). */
  answerWithin?: number;
}

/** What a reading found, kept for saving to the library. */
interface Reading {
  extraction: Extraction;
  analysis: Analysis;
}

/** A reading as the background answered it: with the digest of what the store keeps, and the saved version if it knew. */
type Answered = Reading & { digest: ArticleDigest; saved?: SavedPlacement | null };

export class PageSession {
  private reading: Reading | null = null;
  /** The state last reported, to report again once the article is saved. */
  private reported: TabState | null = null;
  private queue: Promise<void> = Promise.resolve();
  private markUp: MarkUp | null = null;
  private cards: CardController | null = null;
  private shown: CardSource | null = null;
  /** The settings as they stand, for the cards (consent to look people up) without a storage read per hover. */
  private settings: Settings | null = null;
  /** The settings' first load: read while the page is being read, needed only to paint. */
  private settingsLoaded: Promise<void> = Promise.resolve();
  private watcher: PageWatch | null = null;
  private readonly stops: Array<() => void> = [];

  constructor(private readonly deps: SessionDeps) {}

  /** Answers the page's messages and watches the settings and the page; reads nothing yet. */
  async start(): Promise<void> {
    this.stops.push(this.deps.port.listen({ ping: () => ({ pageId: this.deps.pageId }), save: () => this.save() }));
    this.stops.push(this.deps.settings.watch((next) => this.settingsChanged(next)));
    // A change heard before the first load answers is newer than what the load gives.
    this.settingsLoaded = this.deps.settings.load().then(
      (loaded) => void (this.settings ??= loaded),
      () => {},
    );
    // Late content, re-renders and pages that change their article: read again once quiet.
    this.watcher = this.deps.watch(() => void this.refresh());
  }

  /** The extension was reloaded or the page is closing: stop answering and take our marks away. */
  stop(): void {
    for (const stop of this.stops.splice(0)) stop();
    this.markUp?.highlighter.clear();
    this.deps.doc.documentElement.removeAttribute(DARK_MARKS);
  }

  /**
   * Reads the page (again) once the readings queued before have ended: a settings change and a
   * page change arriving together read the page twice, never at once. Whatever happens, the tab
   * gets a state: an error the popup shows, naming the stage.
   */
  refresh(): Promise<void> {
    return this.enqueue(() =>
      guardReading(
        (stage) => this.read(stage),
        (error) => this.failed(error),
      ),
    );
  }

  /** Saves the article read last to the library. */
  async save(): Promise<Result<SavedArticle>> {
    const result = await saveReading(this.reading?.extraction ?? null, this.reading?.analysis ?? null, this.deps.doc.URL);
    if (!result.ok) return result;
    // Saved: its annotations painted and the popup told, without reading the page again (which
    // would also close the card the reader saved from).
    const { saved, placement } = result.value;
    void this.enqueue(() => this.showSaved(placement));
    return { ok: true, value: saved };
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    return (this.queue = this.queue.then(step, step));
  }

  private settingsChanged(next: Settings): void {
    const repaint = changesHighlights(this.settings, next);
    this.settings = next;
    // Consent or remembering changing must not close an open card by repainting the page.
    if (repaint) void this.refresh();
  }

  private async read(stage: Stage): Promise<void> {
    const { doc, signal, isInvalid } = this.deps;
    this.deps.port.warm();
    const clock = stretchClock();
    const to = (name: string) => {
      stage.name = name;
      clock.phase(name);
    };
    to('wait for idle');
    // Not an idle period once the page has loaded (whenSettled): it came only after the next frame,
    // a few ms on every page, seconds on a busy one, for work of ours that runs in short stretches.
    const idle = await whenSettled(doc, 2000, signal).then(
      () => true,
      () => false,
    );
    if (!idle || isInvalid()) return; // the extension was reloaded or the page is closing
    this.clear();
    const pause = () => yieldToPage(signal).catch(() => {});
    const send = (request: ExtractRequest) => this.deps.port.extract(request);
    const remote = await readPageRemote(doc, {
      send,
      pause,
      time: clock.time,
      stage: to,
      answerWithin: this.deps.answerWithin,
    });
    if (isInvalid()) return;
    if (remote.kind === 'read') clock.background(remote.took);
    const outcome = remote.kind === 'read' ? await this.paint(remote, to, pause, clock) : remote;
    if (!outcome || isInvalid()) return;
    to('report');
    this.watcher?.resume(
      remote.kind === 'read'
        ? articleRoot(
            remote.extraction.map.runs.map((r) => r.node),
            doc.body,
          )
        : doc.body,
    );
    await this.report({ ...this.context(), timing: clock.timing(this.deps.loadedAt()) }, outcome);
  }

  /** Our marks go before the page is read again: the new text map must point at the page's nodes. */
  private clear(): void {
    // (The highlighter makes its changes through the watcher's `ours`: they are not the page's.)
    this.markUp?.highlighter.clear();
    clearSaved();
    this.markUp = null;
    // Until this reading finds an article, there is none to save (a single-page site may have left it).
    this.reading = null;
    this.shown = null;
    this.cards?.close(false);
  }

  /** Paints what the background found, places the saved annotations and readies the cards; null once invalid. */
  private async paint(
    reading: Answered,
    to: (stage: string) => void,
    pause: () => Promise<unknown>,
    clock: StretchClock,
  ): Promise<ReadingOutcome | null> {
    const { doc, isInvalid } = this.deps;
    const { extraction, analysis } = reading;
    await pause();
    await this.settingsLoaded;
    if (isInvalid()) return null;
    to('paint');
    const settings = this.settings;
    const options = {
      paint: !settings || isActiveOn(settings, this.host()),
      namesOnly: settings?.level === 'names',
      asOurs: this.watcher?.ours,
    };
    this.markUp = await paintAnalysisInStretches(extraction, analysis, doc, options, pause, clock.time);
    if (isInvalid()) return null;
    this.reading = { extraction, analysis };
    // The background answered whether it is saved with the extraction: asked only where it could not say.
    to('place saved');
    const saved = await placeSaved(extraction, doc, reading.saved).catch(() => null);
    if (options.paint) {
      this.shown = { analysis, map: extraction.map, date: extraction.article.publishedAt };
      this.cards ??= new CardController(
        doc,
        () => this.shown,
        this.deps.signal,
        knowledgeAdapter(() => this.settings),
        () => this.save(),
      );
    }
    return { kind: 'article', article: extraction.article, analysis, digest: reading.digest, painted: this.markUp.painted, saved };
  }

  private async failed(error: string): Promise<void> {
    if (this.deps.isInvalid()) return;
    // The page keeps being watched: a failed reading may succeed once the page has changed.
    this.watcher?.resume(this.deps.doc.body);
    await this.report(this.context(), { kind: 'unread', error });
  }

  /** Paints the annotations of the article just saved (`known`: placed by the save, so not asked for again). */
  private async showSaved(known: SavedPlacement): Promise<void> {
    const { reading, reported } = this;
    if (!reading || !reported) return;
    const saved = await placeSaved(reading.extraction, this.deps.doc, known).catch(() => null);
    this.reported = withSaved(reported, saved);
    await this.deps.port.report(this.reported);
  }

  private async report(context: ReadingContext, outcome: ReadingOutcome): Promise<void> {
    this.reported = buildTabState(context, outcome);
    await this.deps.port.report(this.reported);
  }

  private context(): ReadingContext {
    return { pageId: this.deps.pageId, host: this.host(), checkedAt: Date.now() };
  }

  private host(): string {
    return new URL(this.deps.doc.URL).hostname;
  }
}
