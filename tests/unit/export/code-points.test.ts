/**
 * Positions in code points, as the Web Annotation model counts them: the sample article with emoji
 * before its quotes (a live blog's reactions, a flag), and inside a highlight, exported, imported and
 * exported again. Read as Python or an RDF tool reads them, every position selects its quote.
 */
import { describe, expect, it } from 'vitest';
import { articleFromHtml } from '../../../cli/read-html';
import { selectorFor } from '@/lib/anchoring/selectors';
import { savedFromAnalysis } from '@/lib/export/from-analysis';
import { mergeArticles, parseImport } from '@/lib/export/import';
import { toWebAnnotations } from '@/lib/export/jsonld';
import type { SavedArticle } from '@/lib/library/types';
import { analyze } from '@/lib/nlp/analyze';
import { readSample } from '../../helpers/shared-data';
import { SAVED_AT } from './fixtures';

const LEAD = 'Live 🇪🇪🐟 Reactions from the quay: 👍🏽👍🏽🎣 and 😡 ahead of the talks.\n\n';
const REACTIONS = '\n\nReactions: 😀😃😄😁😆😅🤣😂🙂🙃😉😊😇🥰😍🤩😘😗😚😙 from readers who 🐟 for a living.';

function emojiArticle(): SavedArticle {
  const page = articleFromHtml(readSample('world', 'harbour-talks.html'));
  const info = { ...page, text: LEAD + page.text + REACTIONS };
  const saved = savedFromAnalysis(info, analyze(info.text, { language: info.language }), SAVED_AT);
  const at = info.text.indexOf('🤣😂');
  const t = info.text;
  // A selector saved before selectorFor kept emoji whole: its context starts and ends inside one.
  const legacy = {
    position: { start: at + 8, end: at + 12 },
    quote: { exact: t.slice(at + 8, at + 12), prefix: t.slice(at + 1, at + 8), suffix: t.slice(at + 12, at + 15) },
  };
  // Highlights whose quote holds emoji, one of them on each side of a 32-unit context boundary.
  const selectors = [selectorFor(t, at, at + 6), selectorFor(t, at + 2, at + 6), selectorFor(t, at + 4, at + 10), legacy];
  const highlights = selectors.map((selector, i) => ({
    id: `urn:uuid:00000000-0000-4000-8000-00000000000${i}`,
    type: 'highlight' as const,
    selector,
    machine: null,
    correction: null,
    verdict: 'added' as const,
    note: '',
    tags: [],
    created: SAVED_AT,
    modified: SAVED_AT,
  }));
  return { ...saved, annotations: [...saved.annotations, ...highlights] };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const article = emojiArticle();
const file = JSON.stringify(toWebAnnotations([article]), null, 2);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the selectors as parsed from the export file
const items: { target: { selector: Record<string, any>[] } }[] = JSON.parse(file).first.items;

describe('TextPositionSelector in code points', () => {
  it('has claims after the emoji, and highlights with emoji in them', () => {
    expect(article.annotations.filter((a) => a.type === 'attribution').length).toBeGreaterThan(3);
    expect(
      article.annotations.filter(
        (a) => LONE_SURROGATE.test(a.selector.quote.exact) || /\p{Extended_Pictographic}/u.test(a.selector.quote.exact),
      ).length,
    ).toBeGreaterThan(0);
  });

  it('selects, counted in code points, exactly the quote of every annotation', () => {
    const chars = [...article.text];
    for (const item of items) {
      const [quote, position] = item.target.selector;
      expect(chars.slice(position!.start, position!.end).join('')).toBe(quote!.exact);
    }
  });

  it('never cuts a character in two in the prefix or suffix', () => {
    for (const item of items) {
      const [quote] = item.target.selector;
      expect(quote!.prefix).not.toMatch(LONE_SURROGATE);
      expect(quote!.suffix).not.toMatch(LONE_SURROGATE);
      expect(article.text).toContain(quote!.prefix + quote!.exact + quote!.suffix);
    }
  });

  it('is the same file after export → import → export', () => {
    const back = parseImport('library.jsonld', file);
    expect(back.ok).toBe(true);
    expect(JSON.stringify(toWebAnnotations((back as { articles: SavedArticle[] }).articles), null, 2)).toBe(file);
  });

  it('comes back to its UTF-16 positions when merged into the library that has the text', () => {
    const back = parseImport('library.jsonld', file) as { articles: SavedArticle[] };
    const { merged, orphans } = mergeArticles([{ ...article, annotations: [] }], back.articles);
    expect(orphans).toEqual([]);
    expect(merged[0]!.annotations.map((a) => a.selector.position)).toEqual(article.annotations.map((a) => a.selector.position));
  });

  it('leaves out (and lists) a position whose span is not its quote’s length in code points', () => {
    const doc = JSON.parse(file);
    doc.first.items.at(-1).target.selector[1].end += 1;
    expect(parseImport('a.jsonld', JSON.stringify(doc))).toMatchObject({
      ok: true,
      rejected: [expect.stringMatching(/its quote is 2 characters long, but its TextPositionSelector spans 3$/)],
    });
  });
});

const text = REACTIONS.repeat(3);
// Every start that is itself a character boundary, so that the context boundaries fall on both halves.
const starts = Array.from({ length: 40 }, (_, i) => 60 + i).filter((i) => !/[\uDC00-\uDFFF]/.test(text[i]!));

describe('selectorFor keeps emoji whole in the context', () => {
  it.each(starts)('around an annotation starting at %i', (start) => {
    const s = selectorFor(text, start, start + 1);
    expect(s.quote.prefix).not.toMatch(/^[\uDC00-\uDFFF]/);
    expect(s.quote.suffix).not.toMatch(/[\uD800-\uDBFF]$/);
    expect(s.quote.prefix.length).toBeLessThanOrEqual(32);
    expect(s.quote.suffix.length).toBeLessThanOrEqual(32);
  });
});
