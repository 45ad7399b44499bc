/** The popup's name and what it is for. */
import { i18n } from '#i18n';
export function PopupHeader() {
  return (
    <header class="popup__header">
      <h1 class="popup__brand">{i18n.t('extName')}</h1>
      <p class="popup__tagline">{i18n.t('popup.tagline')}</p>
    </header>
  );
}
