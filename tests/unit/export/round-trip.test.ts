/**
 * Export → import → export gives the same bytes, for both formats that import reads back, over
 * real pages (the seed page, L3S pages analysed as the CLI does, one with emoji before its quotes)
 * and a library a researcher has reviewed. Import is the library's own: parseImport, then the store.
 */
import { describe, expect, it } from 'vitest';
import { parseImport } from '@/lib/export/import';
import { toWebAnnotations } from '@/lib/export/jsonld';
import { toJsonLines } from '@/lib/export/jsonl';
import { importSaved } from '@/lib/library/store';
import type { SavedArticle } from '@/lib/library/types';
import { freshStore } from '../../helpers/remember';
import { hasShared, L3S_PAGES } from '../../helpers/shared-data';
import { realLibraries } from './real-library';

const HAS_PAGES = hasShared(L3S_PAGES, 'export round trip over real pages');
const libraries = HAS_PAGES ? await realLibraries() : [];

/** As the library page writes a JSON-LD file. */
const jsonld = (articles: SavedArticle[]) => JSON.stringify(toWebAnnotations(articles), null, 2);

function imported(name: string, text: string): SavedArticle[] {
  const result = parseImport(name, text);
  if (!result.ok) throw new Error(`${name}: ${result.error}`);
  return result.articles;
}

/** The articles as the store gives them back after an import into `articles`' library (or an empty one). */
async function throughStore(incoming: SavedArticle[], library: SavedArticle[] = []): Promise<{ stored: SavedArticle[]; counts: object }> {
  const db = freshStore();
  if (library.length) await importSaved(db, library);
  const r = await importSaved(db, incoming);
  if (!r.ok) throw new Error(r.error);
  const stored = await Promise.all(incoming.map(async (a) => (await db.saved.get(a.url))!));
  db.close();
  return { stored, counts: r.value };
}

describe.runIf(HAS_PAGES)('export → import → export gives the same bytes', () => {
  it('has real libraries with claims in them', () => {
    expect(libraries).toHaveLength(5);
    for (const [name, articles] of libraries) expect(articles.flatMap((a) => a.annotations).length, name).toBeGreaterThan(3);
    // The emoji page: an emoji (two UTF-16 units, one code point) before every quote.
    const [emoji] = libraries.find(([name]) => name.includes('emoji'))![1];
    for (const a of emoji!.annotations) expect(emoji!.text.slice(0, a.selector.position.start)).toMatch(/[\u{10000}-\u{10FFFF}]/u);
  });

  it.each(libraries)('JSON Lines: %s', async (_, articles) => {
    const file = toJsonLines(articles);
    expect(toJsonLines(imported('library.jsonl', file))).toBe(file);
    const { stored } = await throughStore(imported('library.jsonl', file));
    expect(toJsonLines(stored)).toBe(file);
  });

  it.each(libraries)('JSON-LD: %s', async (_, articles) => {
    const file = jsonld(articles);
    expect(jsonld(imported('library.jsonld', file))).toBe(file);
    const { stored } = await throughStore(imported('library.jsonld', file));
    expect(jsonld(stored)).toBe(file);
  });

  it.each(libraries)('JSON-LD into the library it came from changes nothing: %s', async (_, articles) => {
    const { stored, counts } = await throughStore(imported('library.jsonld', jsonld(articles)), articles);
    expect(counts).toMatchObject({ added: 0, updated: 0, unchanged: articles.length });
    expect(toJsonLines(stored)).toBe(toJsonLines(articles));
  });
});
