/**
 * The cards on the page: a person's card opens when the pointer rests on a highlighted name or
 * the name takes keyboard focus; a claim's card when the pointer rests on a highlighted claim.
 * Cards live in a shadow root, stay inside the viewport, stay open while the pointer is on the
 * name or on the card, and close on Esc, on leaving, or with their button (WCAG 1.4.13).
 */
import { h, render } from 'preact';
import { i18n } from '#i18n';
import { SourceCard } from '@/components/SourceCard';
import type { TextMap } from '../article/text-map';
import { rangesFor } from '../anchoring/text-range';
import { WRAP_ATTRIBUTE } from '../highlight/wrap';
import { parseEntityKey } from '../highlight/items';
import type { Analysis } from '../nlp/types';
import type { BackgroundState } from '@/components/PersonBackground';
import type { Result } from '../messaging/protocol';
import type { KnowledgeRequest } from '../services/knowledge';
import { personRequestAt, type KnowledgeAdapter } from '../services/knowledge-request';
import { claimCard, personCard, type ClaimCardModel, type PersonCardModel } from './card-model';
import { BACKGROUND_CSS, CARD_CSS } from './card-style';
import { placeCard } from './place';
import { isDarkPage } from './scheme';

const OPEN_DELAY_MS = 250;
const CLOSE_DELAY_MS = 350;

export interface CardSource {
  analysis: Analysis;
  map: TextMap;
  /** The article's date, for the role check (ISO), or null. */
  date?: string | null;
}

interface OpenCard {
  /** The name or the claim the card is open for. */
  anchor: Element | Range;
  model: PersonCardModel | ClaimCardModel;
  rect: DOMRect;
  request: KnowledgeRequest | null;
  background?: BackgroundState;
  saveStatus?: string;
}

export class CardController {
  private readonly host: HTMLElement;
  private readonly layer: HTMLElement;
  private openTimer = 0;
  private closeTimer = 0;
  private pointerFrame = 0;
  private pointerAt = { x: 0, y: 0 };
  /** The mark that gets focus back when a card closes with Esc: that focus must not reopen it. */
  private refocused: Element | null = null;
  private current: OpenCard | null = null;

  private get openFor(): Element | Range | null {
    return this.current?.anchor ?? null;
  }

  constructor(
    private readonly doc: Document,
    private readonly source: () => CardSource | null,
    signal: AbortSignal,
    private readonly knowledge?: KnowledgeAdapter,
    /** Saves the article to the research library (the card's "Save article"). */
    private readonly save?: () => Promise<Result<unknown>>,
  ) {
    this.host = doc.createElement('sourcelight-cards');
    const root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS + BACKGROUND_CSS;
    this.layer = doc.createElement('div');
    this.layer.className = 'layer';
    this.layer.hidden = true;
    root.append(style, this.layer);
    doc.documentElement.append(this.host);
    signal.addEventListener('abort', () => this.destroy(), { once: true });

    const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void, capture = false) =>
      doc.addEventListener(type, fn as EventListener, { signal, capture, passive: type !== 'keydown' });
    on('mouseover', (e) => this.onPointer(e.target));
    on('focusin', (e) => this.onFocus(e.target));
    on('focusout', (e) => this.onBlur(e.relatedTarget, e.target));
    on('mousemove', (e) => this.onMove(e.clientX, e.clientY));
    on(
      'keydown',
      (e) => {
        if (e.key === 'Escape' && !this.layer.hidden) this.close(true);
      },
      true,
    );
    this.layer.addEventListener('mouseenter', () => window.clearTimeout(this.closeTimer), { signal });
    this.layer.addEventListener('mouseleave', () => this.scheduleClose(), { signal });
  }

  destroy(): void {
    window.clearTimeout(this.openTimer);
    window.clearTimeout(this.closeTimer);
    render(null, this.layer);
    this.host.remove();
  }

  private markOf(target: EventTarget | null): HTMLElement | null {
    const el = target instanceof Element ? target.closest(`mark[${WRAP_ATTRIBUTE}]`) : null;
    return el instanceof HTMLElement && parseEntityKey(el.dataset.key ?? '') ? el : null;
  }

  private onPointer(target: EventTarget | null): void {
    const mark = this.markOf(target);
    if (!mark) return;
    window.clearTimeout(this.closeTimer);
    if (this.openFor === mark) return;
    window.clearTimeout(this.openTimer);
    this.openTimer = window.setTimeout(() => this.openPerson(mark), OPEN_DELAY_MS);
  }

  /** Claims are painted without elements: find the one under the pointer from the caret position. */
  private onMove(x: number, y: number): void {
    // The frame reads where the pointer is by then: several moves in one frame (a quick stroke onto
    // a name) must not judge by the first of them, which would cancel the name's card from a stale
    // spot beside it.
    this.pointerAt = { x, y };
    if (this.pointerFrame) return;
    this.pointerFrame = window.requestAnimationFrame(() => {
      this.pointerFrame = 0;
      const { x, y } = this.pointerAt;
      const over = this.doc.elementFromPoint(x, y);
      if (over === this.host) return; // on the card
      if (this.markOf(over)) return;
      const claim = this.claimAt(x, y);
      if (claim === null) {
        if (this.openFor && !this.layer.hidden) this.scheduleClose();
        window.clearTimeout(this.openTimer);
        return;
      }
      window.clearTimeout(this.closeTimer);
      if (
        this.openFor instanceof Range &&
        this.openFor.startOffset === claim.range.startOffset &&
        this.openFor.startContainer === claim.range.startContainer
      )
        return;
      window.clearTimeout(this.openTimer);
      this.openTimer = window.setTimeout(() => this.openClaim(claim.index, claim.range), OPEN_DELAY_MS);
    });
  }

  private claimAt(x: number, y: number): { index: number; range: Range } | null {
    const src = this.source();
    const caret = (
      this.doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null }
    ).caretPositionFromPoint?.(x, y);
    if (!src || !caret || caret.offsetNode.nodeType !== 3) return null;
    const node = caret.offsetNode as Text;
    const run = src.map.runs.find((r) => r.node === node && caret.offset >= r.nodeStart && caret.offset < r.nodeStart + (r.end - r.start));
    if (!run) return null;
    const offset = run.start + (caret.offset - run.nodeStart);
    const index = src.analysis.attributions.findIndex((a) => a.content.start <= offset && offset < a.content.end);
    if (index < 0) return null;
    const range = rangesFor(src.map, offset, offset + 1, this.doc)[0];
    return range ? { index, range } : null;
  }

  private onFocus(target: EventTarget | null): void {
    const mark = this.markOf(target);
    if (mark && mark === this.refocused) {
      this.refocused = null;
      return;
    }
    if (mark) this.openPerson(mark);
  }

  private onBlur(next: EventTarget | null, from: EventTarget | null): void {
    // Focus moving into the card (its buttons) keeps it open.
    if (next instanceof Node && (next === this.host || this.host.contains(next))) return;
    // A button of the card that went away as the card changed ("Look up" → "Looking up…") drops
    // focus to nothing: the card stays, and takes the focus itself (paint()).
    if (from === this.host && next === null) return;
    if (this.openFor instanceof Element && !this.markOf(next)) this.close(false);
  }

  private scheduleClose(): void {
    window.clearTimeout(this.closeTimer);
    this.closeTimer = window.setTimeout(() => this.close(false), CLOSE_DELAY_MS);
  }

  private openPerson(mark: HTMLElement): void {
    const src = this.source();
    const key = parseEntityKey(mark.dataset.key ?? '');
    const model = src && key ? personCard(src.analysis, key.entity) : null;
    if (!model || !src || !key) return;
    const request =
      this.knowledge && src.analysis.entities[key.entity]?.kind === 'person'
        ? personRequestAt(src.analysis, key.entity, src.date ?? null)
        : null;
    // A name broken over two lines: the card goes by its first line, not the box around both.
    this.show(model, mark, mark.getClientRects()[0] ?? mark.getBoundingClientRect(), request);
    if (request && this.knowledge) {
      const consent = this.knowledge.consent();
      if (consent === 'allowed') this.lookUp(false);
      else this.update({ state: 'ask', refused: consent === 'refused' });
    }
  }

  /** Asks the background who the open card's person is; the card shows the answer if still open. */
  private lookUp(once: boolean): void {
    const open = this.current;
    if (!open?.request || !this.knowledge) return;
    this.update({ state: 'loading' });
    void this.knowledge.lookup(open.request, once).then((r) => {
      if (this.current !== open) return;
      this.update(r.ok ? { state: 'done', reply: r.value } : { state: 'error', error: r.error });
    });
  }

  /** "Always look up" (or "Give permission"): looks up at once when saved, else says what the options page is for. */
  private async allowLookups(): Promise<void> {
    const open = this.current;
    if (!this.knowledge) return;
    const saved = await this.knowledge.allow();
    if (this.current !== open) return;
    if (saved) this.lookUp(false);
    else this.update({ state: 'done', reply: { status: 'not-allowed', needs: 'permission' } });
  }

  private saveArticle(): void {
    const open = this.current;
    if (!open || !this.save) return;
    open.saveStatus = i18n.t('save.saving');
    this.paint();
    void this.save().then((r) => {
      if (this.current !== open) return;
      open.saveStatus = r.ok ? i18n.t('save.saved') : i18n.t('save.notSaved', [r.error]);
      this.paint();
    });
  }

  private update(background: BackgroundState): void {
    if (!this.current) return;
    this.current.background = background;
    this.paint();
  }

  private openClaim(index: number, range: Range): void {
    const src = this.source();
    const model = src ? claimCard(src.analysis, index) : null;
    if (model) this.show(model, range, range.getBoundingClientRect());
  }

  private show(
    model: PersonCardModel | ClaimCardModel,
    anchor: Element | Range,
    rect: DOMRect,
    request: KnowledgeRequest | null = null,
  ): void {
    this.current = { anchor, model, rect, request };
    this.paint();
  }

  /** Renders the open card and places it (again, when an answer changed its size). */
  private paint(): void {
    const open = this.current;
    if (!open) return;
    // Asked at each card: the page or the system may have changed scheme since the last.
    this.host.toggleAttribute('data-dark', isDarkPage(this.doc));
    render(
      h(SourceCard, {
        model: open.model,
        onJump: (i: number) => this.jump(i),
        onClose: () => this.close(true),
        background: open.background,
        onLookUp: () => this.lookUp(true),
        onAllow: () => void this.allowLookups(),
        onSave: this.save ? () => this.saveArticle() : undefined,
        saveStatus: open.saveStatus,
      }),
      this.layer,
    );
    this.layer.hidden = false;
    const root = this.host.shadowRoot;
    if (root && this.doc.activeElement === this.host && !root.activeElement)
      root.querySelector<HTMLElement>('[data-testid=card]')?.focus({ preventScroll: true });
    const size = this.layer.getBoundingClientRect();
    const place = placeCard(
      open.rect,
      { width: size.width, height: size.height },
      { width: window.innerWidth, height: window.innerHeight },
    );
    this.layer.style.top = `${place.top}px`;
    this.layer.style.left = `${place.left}px`;
  }

  close(returnFocus: boolean): void {
    window.clearTimeout(this.openTimer);
    window.clearTimeout(this.closeTimer);
    const anchor = this.openFor;
    this.current = null;
    this.layer.hidden = true;
    render(null, this.layer);
    if (returnFocus && anchor instanceof HTMLElement) {
      this.refocused = anchor;
      anchor.focus({ preventScroll: true });
    }
  }

  /** Scrolls the claim into view and selects it, so the reader sees where it is. */
  private jump(index: number): void {
    const src = this.source();
    const a = src?.analysis.attributions[index];
    if (!src || !a) return;
    const ranges = rangesFor(src.map, a.content.start, a.content.end, this.doc);
    const first = ranges[0];
    if (!first) return;
    this.close(false);
    const el = first.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center' });
    const selection = this.doc.getSelection();
    const whole = this.doc.createRange();
    whole.setStart(first.startContainer, first.startOffset);
    const last = ranges[ranges.length - 1]!;
    whole.setEnd(last.endContainer, last.endOffset);
    selection?.removeAllRanges();
    selection?.addRange(whole);
  }
}
