/**
 * Libraries made of real pages, for the export tests: each page read and analysed as the CLI does
 * (cli/read-file.ts), saved as the library saves it, and one reviewed as a researcher would. The
 * pages are read from ../shared (never copied here); callers skip where it is absent.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { articleFromText, readInput } from '../../../cli/read-file';
import { selectorFor } from '@/lib/anchoring/selectors';
import { savedFromAnalysis } from '@/lib/export/from-analysis';
import { uuidV5 } from '@/lib/export/uuid-v5';
import type { SavedAnnotation, SavedArticle } from '@/lib/library/types';
import { analyze } from '@/lib/nlp/analyze';
import { L3S_PAGES, SEED_PAGE, SHARED } from '../../helpers/shared-data';
import { REVIEWED_AT, SAVED_AT } from './fixtures';

export const SEED_TEXT = path.join(SHARED, 'seeds/000_5c6bc8f1bb9f7bb2.txt');

/** L3S pages with claims (8, 12, 18, 53, 7 of them) and one without any. */
export const L3S_IDS = [
  '01ccc7c5-a1d1-46e1-a5f7-43310df16575',
  '065445c6-e5e0-4006-ba4b-31711c4a6a4b',
  '08ba0529-e9b2-4cbb-b780-470055603d9e',
  '0969f54e-43a6-46bf-a687-330d9d517748',
  '0303ceca-5737-418e-b3ea-94f75f39ea11',
  '02841370-c748-4afe-93c7-1c40436f37b6',
];
export const l3sPage = (id: string) => path.join(L3S_PAGES, `${id}.html`);

/** The file as `npm run analyze -- --export` saves it (named by its file URL when it has no URL of its own). */
export async function savedFromFile(file: string, now = SAVED_AT): Promise<SavedArticle> {
  const { article, analysis } = await readInput(file);
  return savedFromAnalysis({ ...article, canonicalUrl: article.canonicalUrl ?? pathToFileURL(file).href }, analysis, now);
}

/**
 * A live blog's version of a page: reactions before every paragraph and after every sentence, flags
 * and skin tones (several code points each), so that emoji come before every claim, inside some, and
 * at the edge of some 32-unit contexts.
 */
export function withEmoji(saved: SavedArticle): SavedArticle {
  const text = '🇪🇪🐟 Live: ' + saved.text.replace(/\n\n/g, '\n\n👍🏽 ').replace(/\. (?=[A-Z])/g, '. 😡🎣 ');
  const info = { ...articleFromText(text), canonicalUrl: `${saved.url}#live`, language: saved.language };
  return savedFromAnalysis(info, analyze(text, { language: saved.language }), SAVED_AT);
}

/** A highlight of `length` units from `start` (moved off the middle of an emoji), added by the researcher. */
function highlightAt(article: SavedArticle, start: number, length: number, n: number, note: string): SavedAnnotation {
  const at = /[\uDC00-\uDFFF]/.test(article.text[start] ?? '') ? start + 1 : start;
  const end = /[\uDC00-\uDFFF]/.test(article.text[at + length] ?? '') ? at + length + 1 : at + length;
  return {
    id: `urn:uuid:${uuidV5(`${article.url}#highlight-${n}`)}`,
    type: 'highlight',
    selector: selectorFor(article.text, at, end),
    machine: null,
    correction: null,
    verdict: 'added',
    note,
    tags: note ? ['to-check'] : [],
    created: REVIEWED_AT,
    modified: REVIEWED_AT,
  };
}

/** The article after a researcher's review: a verdict of each kind, a correction, a note, tags, two highlights. */
export function reviewed(saved: SavedArticle): SavedArticle {
  const edit = (a: SavedAnnotation, i: number): SavedAnnotation => {
    const at = { modified: REVIEWED_AT };
    if (i === 0) return { ...a, ...at, verdict: 'confirmed', tags: ['quote', 'follow-up'] };
    if (i === 1)
      return {
        ...a,
        ...at,
        verdict: 'corrected',
        correction: { ...a.machine!, speaker: 'A spokesperson', sourceType: 'institution', role: 'spokesperson' },
      };
    if (i === 2) return { ...a, ...at, verdict: 'rejected', note: 'Not a claim: the headline, paraphrased.' };
    if (i === 3) return { ...a, ...at, verdict: 'confirmed', note: 'Compare the ministry\'s "official" line, p. 2,\nand =SUM(A1).' };
    return a;
  };
  const mid = Math.floor(saved.text.length / 2);
  const annotations = [
    ...saved.annotations.map(edit),
    highlightAt(saved, 0, 20, 1, 'Headline <b>not</b> HTML'),
    highlightAt(saved, mid, 40, 2, ''),
  ];
  return { ...saved, annotations, tags: ['reviewed'], updatedAt: REVIEWED_AT };
}

/** Every real library the export tests use, by name; empty where ../shared is absent. */
export async function realLibraries(): Promise<[string, SavedArticle[]][]> {
  const l3s = await Promise.all(L3S_IDS.map((id) => savedFromFile(l3sPage(id))));
  return [
    ['the seed page', [await savedFromFile(SEED_PAGE)]],
    ['the seed text', [await savedFromFile(SEED_TEXT)]],
    ['six L3S pages', l3s],
    ['an L3S page with emoji before its quotes', [withEmoji(l3s[2]!)]],
    ['a library with a researcher’s edits', [reviewed(l3s[1]!), reviewed(withEmoji(l3s[0]!)), l3s[3]!]],
  ];
}
