/**
 * Saved articles for the export tests, from the real pipeline: the sample article extracted and
 * analysed as the CLI does, then reviewed the way a researcher would (a verdict of each kind, a
 * note with commas, quotes and a line break, tags, highlights), so every branch has real data.
 */
import { articleFromHtml } from '../../../cli/read-html';
import { savedFromAnalysis, selectorFor } from '@/lib/export/from-analysis';
import type { SavedAnnotation, SavedArticle } from '@/lib/library/types';
import { analyze } from '@/lib/nlp/analyze';
import { readSample } from '../../helpers/shared-data';

export const SAVED_AT = '2026-11-25T09:00:00.000Z';
export const REVIEWED_AT = '2026-11-26T10:30:00.000Z';

/** The sample article as the page reads it, at its address, and its analysis: what the content script sends to save (library:save). */
export function sampleReading() {
  const article = articleFromHtml(readSample('world', 'harbour-talks.html'));
  if (!article.canonicalUrl) throw new Error('the sample article has no address');
  return { article: { ...article, canonicalUrl: article.canonicalUrl }, analysis: analyze(article.text, { language: article.language }) };
}

/** The machine's reading of the sample article, unreviewed. */
/** How many claims the analysis shows on the sample article (the rules and the judge decide; tests count with it). */
export function sampleClaims(): number {
  const article = articleFromHtml(readSample('world', 'harbour-talks.html'));
  return analyze(article.text, { language: article.language }).attributions.length;
}

export function machineSaved(now = SAVED_AT): SavedArticle {
  const { article, analysis } = sampleReading();
  return savedFromAnalysis(article, analysis, now);
}

function highlight(article: SavedArticle, quote: string, id: string, note: string, tags: string[]): SavedAnnotation {
  const start = article.text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the sample article`);
  return {
    id,
    type: 'highlight',
    selector: selectorFor(article.text, start, start + quote.length),
    machine: null,
    correction: null,
    verdict: 'added',
    note,
    tags,
    created: REVIEWED_AT,
    modified: REVIEWED_AT,
  };
}

/** The sample article after a researcher's review. */
export function reviewedSaved(): SavedArticle {
  const saved = machineSaved();
  const [confirmed, corrected, rejected, noted] = saved.annotations;
  const reviewed = (a: SavedAnnotation, patch: Partial<SavedAnnotation>): SavedAnnotation => ({ ...a, ...patch, modified: REVIEWED_AT });
  const annotations = saved.annotations.map((a) => {
    if (a === confirmed) return reviewed(a, { verdict: 'confirmed', tags: ['fisheries', 'quote'] });
    if (a === corrected)
      return reviewed(a, {
        verdict: 'corrected',
        correction: { ...a.machine!, role: 'Foreign Minister of Estmere', cue: 'said, told reporters' },
      });
    if (a === rejected) return reviewed(a, { verdict: 'rejected', note: 'Not a claim: a paraphrase of the headline.' });
    if (a === noted)
      return reviewed(a, {
        verdict: 'confirmed',
        note: 'Compare with the ministry\'s "official" line, p. 2,\nand the envoy\'s =SUM(A1) figure.',
      });
    return a;
  });
  annotations.push(
    highlight(
      saved,
      'landing fees',
      'urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e',
      'Fees: see <script>globalThis.pwned = true</script> March 2026',
      ['fees'],
    ),
  );
  annotations.push(highlight(saved, 'two northern harbours', 'urn:uuid:7c9e6679-7425-40de-944b-e07fc1f90ae7', '', []));
  return { ...saved, annotations, tags: ['estmere-calvara'], updatedAt: REVIEWED_AT };
}
