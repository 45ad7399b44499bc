/**
 * Reads of the page under test, run in the page (`page.evaluate(readHighlights)`): shared by the
 * Chromium suite (Playwright) and the Firefox suite (puppeteer-core), whose `evaluate` both send the
 * function's source, so these must not use anything outside their own bodies.
 */

/**
 * What the page shows highlighted: style name → highlighted texts, in order. People's names are
 * marks (they take keyboard focus); everything else is in the CSS highlight registry.
 */
export function readHighlights(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const registry = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights ?? new Map<string, Iterable<Range>>();
  for (const [name, h] of registry) out[name] = [...h].map((r) => r.toString());
  const byKey = new Map<string, { style: string; text: string }>();
  for (const m of document.querySelectorAll<HTMLElement>('mark[data-sourcelight]')) {
    const key = m.dataset.key!;
    const seen = byKey.get(key);
    if (seen) seen.text += ' ' + m.textContent;
    else byKey.set(key, { style: `sourcelight-${m.dataset.sourcelight}`, text: m.textContent! });
  }
  for (const { style, text } of byKey.values()) (out[style] ??= []).push(text);
  return out;
}

/** The highlighted texts that lie inside the elements matching `selector`. */
export function readHighlightedInside(selector: string): string[] {
  const boxes = [...document.querySelectorAll(selector)];
  const registry = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights ?? new Map<string, Iterable<Range>>();
  const found: string[] = [];
  for (const [, h] of registry) for (const r of h) if (boxes.some((b) => b.contains(r.startContainer))) found.push(r.toString());
  for (const m of document.querySelectorAll('mark[data-sourcelight]')) if (boxes.some((b) => b.contains(m))) found.push(m.textContent!);
  return found;
}

/** From now on, counts every mark of ours put into the page or taken out of it (read with readChurn). */
export function countChurn(): void {
  const w = window as unknown as { sourcelightChurn: number };
  w.sourcelightChurn = 0;
  const ours = (n: Node) => n instanceof Element && n.matches('mark[data-sourcelight]');
  new MutationObserver((records) => {
    for (const r of records) w.sourcelightChurn += [...r.addedNodes, ...r.removedNodes].filter(ours).length;
  }).observe(document.body, { childList: true, subtree: true });
}

export function readChurn(): number {
  return (window as unknown as { sourcelightChurn: number }).sourcelightChurn;
}

/** A paragraph naming a new person, added after the last paragraph with a mark (inside the article). */
export function addLateParagraph(): void {
  const p = document.createElement('p');
  p.textContent =
    'Aurelia Fontaine, who heads the council’s mediation unit, said the atmosphere had changed markedly since the first round.';
  [...document.querySelectorAll('mark[data-sourcelight]')].at(-1)!.closest('p')!.after(p);
}

/** A point inside "the report" of the paragraph that says "confirmed the report" (a claim painted without elements). */
export function pointInTheReport(): { x: number; y: number } {
  const p = [...document.querySelectorAll('p')].find((x) => x.textContent!.includes('confirmed the report'))!;
  p.scrollIntoView({ block: 'center' });
  const node = [...p.childNodes].find((n) => n.textContent!.includes('the report'))!;
  const r = document.createRange();
  const i = node.textContent!.indexOf('the report');
  r.setStart(node, i + 2);
  r.setEnd(node, i + 3);
  const rect = r.getBoundingClientRect();
  return { x: rect.x + 1, y: rect.y + rect.height / 2 };
}
