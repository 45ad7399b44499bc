/** An outlet as the bundled table labels it (name, country, kind, with the label's source), or says it does not know it. */
import { i18n } from '#i18n';
import type { OutletLabel } from '@/lib/services/outlets';

export interface OutletTagProps {
  domain: string;
  /** The name the page or GDELT gave, when the table does not know the outlet. */
  fallbackName?: string | null;
  /** GDELT's source country, when the table does not know the outlet. */
  fallbackCountry?: string | null;
  label: OutletLabel | null;
}

export function OutletTag({ domain, fallbackName, fallbackCountry, label }: OutletTagProps) {
  if (!label) {
    return (
      <span class="outlet" data-testid="outlet">
        <span class="outlet__name">{fallbackName || domain || i18n.t('outlet.unknown')}</span>
        <span class="outlet__meta">
          {fallbackCountry ? i18n.t('outlet.gdeltCountry', [fallbackCountry]) : ''}
          <span class="outlet__kind outlet__kind--unknown" data-testid="outlet-kind">
            {i18n.t('outlet.notInTable')}
          </span>
        </span>
      </span>
    );
  }
  return (
    <span class="outlet" data-testid="outlet">
      <span class="outlet__name">{label.name}</span>
      <span class="outlet__meta">
        {label.countryName} ·{' '}
        <a
          class={`outlet__kind outlet__kind--${label.kind}`}
          data-testid="outlet-kind"
          href={label.source}
          target="_blank"
          rel="noreferrer"
          title={label.note ?? i18n.t('outlet.source', [label.source])}
        >
          {label.kindLabel}
        </a>
      </span>
    </span>
  );
}
