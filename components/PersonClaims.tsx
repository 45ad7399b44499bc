/** One person across the saved articles: every claim attributed to them, by outlet and date. */
import { i18n } from '#i18n';
import type { PersonClaim } from '@/lib/library/search';

export function PersonClaims({
  person,
  claims,
  onOpen,
  onBack,
}: {
  person: string;
  claims: PersonClaim[];
  onOpen: (url: string) => void;
  onBack: () => void;
}) {
  return (
    <section data-testid="person-view" aria-label={person}>
      <p>
        <button type="button" onClick={onBack}>
          {i18n.t('library.back')}
        </button>
      </p>
      <h2>{person}</h2>
      <p class="muted">{i18n.t('library.personClaims', claims.length, [claims.length, person])}</p>
      <ul class="lib-list">
        {claims.map((c) => (
          <li key={c.annotationId} class="lib-item" data-testid="person-claim">
            <strong>{c.article.outletName ?? c.article.outlet}</strong>{' '}
            <span class="muted">{(c.article.publishedAt ?? c.article.savedAt).slice(0, 10)}</span>
            {c.corrected ? <span class="lib-ann__verdict"> {i18n.t('verdict.corrected')}</span> : null}
            <br />
            {c.cue} {c.direct ? `“${c.content}”` : c.content}{' '}
            <button type="button" class="lib-person" onClick={() => onOpen(c.article.url)}>
              {c.article.title ?? c.article.url}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
