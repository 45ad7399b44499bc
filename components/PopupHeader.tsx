/** The popup's name and what it is for. */
export function PopupHeader() {
  return (
    <header class="popup__header">
      <h1 class="popup__brand">Sourcelight</h1>
      <p class="popup__tagline">Who said what, and who they are</p>
    </header>
  );
}
