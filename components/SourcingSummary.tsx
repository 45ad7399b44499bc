/** The article's sourcing at a glance: who the claims rest on, named or not, quoted or reported. */
import type { Found } from '@/lib/messaging/protocol';
import { sourceTypeLabel } from '@/lib/format/source-types';
import type { SourceType } from '@/lib/nlp/types';

const ORDER: SourceType[] = ['named-person', 'institution', 'media', 'anonymous', 'document', 'other'];

export function SourcingSummary({ found }: { found: Found }) {
  if (!found.supported) {
    return (
      <p class="summary summary--none" data-testid="summary">
        This article's language is not supported yet: nothing is highlighted.
      </p>
    );
  }
  const named = found.bySourceType['named-person'];
  const anonymous = found.bySourceType.anonymous;
  return (
    <section class="summary" data-testid="summary" aria-label="Sourcing summary">
      <p class="summary__line">
        <strong>{found.people}</strong> {found.people === 1 ? 'person' : 'people'} ({found.officials}{' '}
        {found.officials === 1 ? 'official' : 'officials'}) · <strong>{found.claims}</strong> attributed{' '}
        {found.claims === 1 ? 'claim' : 'claims'}
      </p>
      {found.claims ? (
        <>
          <ul class="summary__types">
            {ORDER.filter((t) => found.bySourceType[t]).map((t) => (
              <li key={t}>
                <span class={`summary__swatch summary__swatch--${t}`} aria-hidden="true" />
                {found.bySourceType[t]} from {sourceTypeLabel(t)}
                {found.bySourceType[t] === 1 || t === 'media' ? '' : 's'}
              </li>
            ))}
          </ul>
          <p class="summary__line summary__line--muted">
            Named {named} · anonymous {anonymous} · quoted directly {found.direct} · reported {found.reported}
          </p>
        </>
      ) : null}
    </section>
  );
}
