/** The article's sourcing at a glance: who the claims rest on, named or not, quoted or reported. */
import { i18n } from '#i18n';
import type { Found } from '@/lib/messaging/protocol';
import { withEmphasis } from '@/lib/format/emphasis';
import { sourceTypeLabel } from '@/lib/format/source-types';
import type { SourceType } from '@/lib/nlp/types';

const ORDER: SourceType[] = ['named-person', 'institution', 'media', 'anonymous', 'document', 'other'];

export function SourcingSummary({ found }: { found: Found }) {
  if (!found.supported) {
    return (
      <p class="summary summary--none" data-testid="summary">
        {i18n.t('summary.unsupported')}
      </p>
    );
  }
  const named = found.bySourceType['named-person'];
  const anonymous = found.bySourceType.anonymous;
  return (
    <section class="summary" data-testid="summary" aria-label={i18n.t('summary.label')}>
      <p class="summary__line">
        {withEmphasis(
          i18n.t('summary.line', [
            i18n.t('summary.people', found.people),
            i18n.t('summary.officials', found.officials),
            i18n.t('summary.claims', found.claims),
          ]),
        )}
      </p>
      {found.claims ? (
        <>
          <ul class="summary__types">
            {ORDER.filter((t) => found.bySourceType[t]).map((t) => (
              <li key={t}>
                <span class={`summary__swatch summary__swatch--${t}`} aria-hidden="true" />
                {i18n.t('summary.fromType', [found.bySourceType[t], sourceTypeLabel(t, found.bySourceType[t])])}
              </li>
            ))}
          </ul>
          <p class="summary__line summary__line--muted">{i18n.t('summary.counts', [named, anonymous, found.direct, found.reported])}</p>
        </>
      ) : null}
    </section>
  );
}
