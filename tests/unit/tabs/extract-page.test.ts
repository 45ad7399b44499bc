/**
 * The background reads its copy of the page in place (no clone): its answer must be the one the
 * clone path gives, on real pages, and where Readability finds nothing (it has then changed the
 * copy) a fresh copy is read the clone path's way.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { extractArticle } from '@/lib/article/extract';
import { indexRuns, resolveRuns, textIndex } from '@/lib/article/indexed-map';
import { registrableDomain } from '@/lib/article/outlet';
import { parsePage } from '@/lib/article/parse-page';
import { extractPage } from '@/lib/tabs/extract-page';
import { digestAnalysis } from '@/lib/memory/digest';
import { expectRunsFaithful } from '../../helpers/expect-runs';
import { hasShared, parse, READABILITY_PAGES, readabilityCases, readSample } from '../../helpers/shared-data';

/** When set, Readability throws as it does inside on some pages, having changed the document first. */
const readability = vi.hoisted(() => ({ throws: false }));
vi.mock('@mozilla/readability', async (original) => {
  const actual = await original<typeof import('@mozilla/readability')>();
  class MaybeThrowing extends actual.Readability<Node> {
    constructor(doc: Document, options?: ConstructorParameters<typeof actual.Readability<Node>>[1]) {
      super(doc, options);
      if (readability.throws) doc.body?.querySelectorAll('p').forEach((p) => p.remove());
    }
    override parse(): ReturnType<InstanceType<typeof actual.Readability<Node>>['parse']> {
      if (readability.throws) throw new TypeError("Cannot read properties of null (reading 'tagName')");
      return super.parse();
    }
  }
  return { ...actual, Readability: MaybeThrowing };
});
afterEach(() => void (readability.throws = false));

const URL = 'https://www.harbourcourier.example/world/harbour-talks';

/** What the clone path answers for `html`: extractArticle on a parse of it (the background's), the runs by that parse's order. */
function byClone(html: string, url: string) {
  const doc = parsePage(html);
  const index = textIndex(doc.documentElement);
  const { article, map } = extractArticle(doc, {
    url,
    detection: { isArticle: true, reason: 'test' },
    domainOf: registrableDomain,
    maxElements: 100_000,
  });
  return { article, runs: indexRuns(index, map) };
}

function answer(html: string, url: string) {
  const result = extractPage({ type: 'page:extract', html, url, detection: { isArticle: true, reason: 'test' } });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

// Every third page: a spread of layouts, in a time the suite can spend.
const cases = hasShared(READABILITY_PAGES, 'Readability test pages') ? readabilityCases().filter((_, i) => i % 3 === 0) : [];

describe.runIf(cases.length)('extractPage reads its copy in place, as the clone path would', () => {
  test.each(cases.map((c) => [c.name, c.html]))('%s', (name, html) => {
    const url = `http://127.0.0.1:8080/${name}/source.html`;
    const { article, runs, took } = answer(html, url);
    expect({ article, runs }).toEqual(byClone(html, url));
    expect(Object.keys(took!)).toEqual(['parse', 'extract', 'analyze', 'runs']);
  });
});

describe('extractPage where Readability finds nothing', () => {
  test('reads a fresh copy by the longest run of prose, its runs in the page’s order', () => {
    const html = readSample('world', 'harbour-talks.html');
    readability.throws = true;
    const { article, runs, analysis, digest } = answer(html, URL);
    expect(article.detected).toBe(true);
    expect(article.text).toContain('Elena Marsh');
    // What the store keeps comes with the answer, made from its analysis: the page only hands it back.
    expect(digest).toEqual(digestAnalysis(analysis));
    expect(digest.entities.map((e) => e.name)).toContain('Elena Marsh');
    expect({ article, runs }).toEqual(byClone(html, URL));
    // The runs find the text on the page as it was (no paragraph of it removed).
    const page = parse(html);
    const map = resolveRuns(page.documentElement, article.text, runs);
    expect(map.runs).toHaveLength(runs.length);
    expectRunsFaithful(map);
  });
});
