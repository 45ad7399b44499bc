/** The popup's account of the current tab's article: title, outlet, date, length. */
import { i18n } from '#i18n';
import type { TabState } from '@/lib/messaging/protocol';
import { formatDate, formatLocale } from '@/lib/format/dates';
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
        {i18n.t('article.noBackground', [error])}
      </p>
    );
  }
  if (state === undefined) return <p class="notice">{i18n.t('article.reading')}</p>;
  if (!state?.article) {
    return (
      <div class="empty" data-testid="no-article">
        {/* A page that could not be read may well hold an article: the title must not say it has none. */}
        <p class="empty__title">{state?.error ? i18n.t('article.unreadTitle') : i18n.t('article.noneTitle')}</p>
        <p class="empty__why">
          {state?.error ? i18n.t('article.unread', [state.error]) : state ? describe(state.reason) : i18n.t('article.notRead')}
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
        {outlet ?? i18n.t('outlet.unknown')}
        {a.outlet.name && a.outlet.domain ? <span class="article__domain"> · {a.outlet.domain}</span> : null}
      </p>
      <h2 class="article__title" data-testid="article-title">
        {a.title ?? i18n.t('article.untitled')}
      </h2>
      <dl class="article__facts">
        {a.byline ? (
          <>
            <dt>{i18n.t('article.by')}</dt>
            <dd>{a.byline}</dd>
          </>
        ) : null}
        <dt>{i18n.t('article.published')}</dt>
        <dd data-testid="article-date">{date ?? i18n.t('article.noDate')}</dd>
        <dt>{i18n.t('article.length')}</dt>
        <dd data-testid="article-words">{i18n.t('article.words', a.wordCount, [a.wordCount.toLocaleString(formatLocale())])}</dd>
      </dl>
      {state.found ? <SourcingSummary found={state.found} /> : null}
    </article>
  );
}
