/** What the highlights on the page mean: one click away in the popup. */
import { i18n } from '#i18n';
const ITEMS: Array<[string, () => string]> = [
  ['official', () => i18n.t('legend.official')],
  ['person', () => i18n.t('legend.person')],
  ['institution', () => i18n.t('legend.institution')],
  ['anonymous', () => i18n.t('legend.anonymous')],
  ['quote', () => i18n.t('legend.quote')],
  ['claim', () => i18n.t('legend.claim')],
];

export function Legend() {
  return (
    <details class="legend" data-testid="legend">
      <summary>{i18n.t('legend.title')}</summary>
      <ul>
        {ITEMS.map(([style, text]) => (
          <li key={style}>
            <span class={`legend__sample legend__sample--${style}`}>{i18n.t('legend.sample')}</span> {text()}
          </li>
        ))}
      </ul>
      <p>{i18n.t('legend.hint')}</p>
    </details>
  );
}
