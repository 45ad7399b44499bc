/** Articles as the background remembers them, from real analysis of text or HTML. */
import { readFileSync } from 'node:fs';
import { articleFromHtml } from '@/cli/read-html';
import type { ArticleInput } from '@/lib/db/record-article';
import { SourcelightDB } from '@/lib/db/schema';
import { digestAnalysis } from '@/lib/memory/digest';
import { analyze } from '@/lib/nlp/analyze';
import { inputFromArticle } from '@/lib/tabs/remember';

let n = 0;
/** A fresh, empty store in fake-indexeddb (vitest setupFiles). */
export function freshStore(upTo?: number): SourcelightDB {
  return new SourcelightDB(`test-${process.pid}-${++n}`, upTo ? { upTo } : {});
}

export function inputFromText(text: string, meta: Partial<ArticleInput> & { url: string }): ArticleInput {
  return {
    outlet: null,
    outletName: null,
    title: null,
    byline: null,
    publishedAt: null,
    language: 'en',
    wordCount: text.split(/\s+/).length,
    readAt: Date.parse('2026-11-20T12:00:00Z'),
    digest: digestAnalysis(analyze(text, { language: 'en' })),
    ...meta,
  };
}

export function inputFromHtmlFile(file: string, url: string, readAt = Date.parse('2026-11-20T12:00:00Z')): ArticleInput {
  const article = articleFromHtml(readFileSync(file, 'utf8'), url);
  return inputFromArticle(
    article,
    article.canonicalUrl ?? url,
    digestAnalysis(analyze(article.text, { language: article.language })),
    readAt,
  );
}
