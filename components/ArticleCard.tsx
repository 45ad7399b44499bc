/** The popup's account of the current tab's article: title, outlet, date, length. */
import type { TabState } from '@/lib/messaging/protocol';
import { formatDate } from '@/lib/format/dates';
import { SourcingSummary } from './SourcingSummary';

export interface ArticleCardProps {
  /** undefined while loading; null when the page was never read (browser pages, new tabs). */
  state: TabState | null | undefined;
  /** An error reaching the background, if any. */
  error?: string | null;
  /** Detection's reason in plain words (lib/popup/describe-reason.ts). */
  describe?: (reason: string) => string;
}

export function ArticleCard({ state, error, describe = (r) => r }: ArticleCardProps) {
  if (error) {
    return (
      <p class="notice notice--error" role="alert">
        Sourcelight could not reach its background page: {error}
      </p>
    );
  }
  if (state === undefined) return <p class="notice">Reading this page…</p>;
  if (!state?.article) {
    return (
      <div class="empty" data-testid="no-article">
        {/* A page that could not be read may well hold an article: the title must not say it has none. */}
        <p class="empty__title">{state?.error ? 'This page could not be read' : 'No article on this page'}</p>
        <p class="empty__why">
          {state?.error
            ? `Sourcelight could not read this page: ${state.error}`
            : state
              ? describe(state.reason)
              : 'Sourcelight has not read this page: it works on web pages once they have loaded.'}
        </p>
      </div>
    );
  }
  const a = state.article;
  const outlet = a.outlet.name ?? a.outlet.domain;
  const date = formatDate(a.publishedAt);
  return (
    <article class="article" data-testid="article">
      <p class="article__outlet">
        {outlet ?? 'Unknown outlet'}
        {a.outlet.name && a.outlet.domain ? <span class="article__domain"> · {a.outlet.domain}</span> : null}
      </p>
      <h2 class="article__title" data-testid="article-title">
        {a.title ?? 'Untitled article'}
      </h2>
      <dl class="article__facts">
        {a.byline ? (
          <>
            <dt>By</dt>
            <dd>{a.byline}</dd>
          </>
        ) : null}
        <dt>Published</dt>
        <dd data-testid="article-date">{date ?? 'date not given'}</dd>
        <dt>Length</dt>
        <dd data-testid="article-words">{a.wordCount.toLocaleString('en')} words</dd>
      </dl>
      {state.found ? <SourcingSummary found={state.found} /> : null}
    </article>
  );
}
