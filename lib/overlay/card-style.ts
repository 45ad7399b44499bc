/**
 * The cards' CSS, inside their shadow root: the page's styles cannot reach it, nor it the page.
 * One set of rules over custom properties; the host's data-dark (lib/overlay/scheme.ts) picks the
 * dark values. tests/unit/overlay/contrast.test.ts checks every text colour on its background.
 */
export const CARD_CSS = `
:host { all: initial; --paper: #fff; --ink: #1c1b1a; --ink2: #3a3734; --muted: #5f5b57; --faint: #6f6a64; --line: #d9d3ca;
  --accent: #1f6f50; --chip: #f6f3ee; --chip-hover: #ece6dc; --badge: #fff1c2; --badge-ink: #7a5200; --warn: #8a3b00; color-scheme: light; }
:host([data-dark]) { --paper: #23211f; --ink: #ece8e2; --ink2: #d6d0c8; --muted: #b0a99f; --faint: #a39c93; --line: #4a4540;
  --accent: #6fcfa6; --chip: #312e2b; --chip-hover: #3d3935; --badge: #4d3d10; --badge-ink: #ffd97a; --warn: #ffab70; color-scheme: dark; }
.layer { position: fixed; z-index: 2147483647; max-width: min(360px, calc(100vw - 16px)); }
.card { box-sizing: border-box; position: relative; background: var(--paper); color: var(--ink); border: 1px solid var(--line); border-radius: 8px;
  box-shadow: 0 8px 28px rgba(0,0,0,.18); padding: 12px 14px 8px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; }
.card__close { position: absolute; top: 4px; right: 6px; border: 0; background: none; font-size: 18px; line-height: 1; cursor: pointer; color: var(--muted); padding: 4px; }
.card__kind { margin: 0 0 2px; font-size: 11px; text-transform: uppercase; letter-spacing: .05em; color: var(--accent); font-weight: 600; }
.card__badge { margin-left: 6px; padding: 0 5px; border-radius: 3px; background: var(--badge); color: var(--badge-ink); text-transform: none; letter-spacing: 0; }
.card__name { margin: 0; font: 600 17px/1.3 Georgia, "Times New Roman", serif; padding-right: 18px; }
.card__role { margin: 2px 0 6px; color: var(--ink2); }
.card__meta { margin: 0 0 8px; font-size: 12px; color: var(--muted); }
.card__section { margin: 8px 0 4px; font-size: 12px; font-weight: 600; color: var(--ink2); }
.card__claims { margin: 0; padding: 0; list-style: none; max-height: 180px; overflow: auto; }
.card__claim { display: block; width: 100%; text-align: left; border: 0; background: var(--chip); border-radius: 4px; margin: 0 0 4px; padding: 5px 7px;
  font: inherit; font-size: 13px; color: inherit; cursor: pointer; }
.card__claim:hover, .card__claim:focus-visible { background: var(--chip-hover); outline: 2px solid var(--accent); outline-offset: -2px; }
.card__cue { font-weight: 600; color: var(--accent); }
.card__relay { color: var(--muted); }
.card__facts { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 6px 0; font-size: 13px; }
.card__facts dt { color: var(--muted); }
.card__facts dd { margin: 0; }
.card { max-height: calc(100vh - 16px); overflow: auto; }
.card__foot { margin: 8px 0 0; font-size: 11px; color: var(--faint); }
.card__save { font: inherit; font-size: 11px; padding: 1px 6px; margin-right: 4px; cursor: pointer; }
`;

/** Who a person is (components/PersonBackground.tsx): shared by the cards and the popup. */
export const BACKGROUND_CSS = `
.bg { font-size: 13px; }
.bg p { margin: 0 0 5px; }
.bg--muted { color: var(--muted); font-size: 12px; margin: 0; }
.bg__photo { float: right; margin: 0 0 4px 8px; width: 64px; }
.bg__photo img { width: 64px; height: auto; border-radius: 4px; display: block; }
.bg__credit { font-size: 9px; line-height: 1.2; color: var(--faint); margin-top: 2px; word-break: break-word; }
.bg__credit a, .bg__source a, .bg__candidates a { color: inherit; }
.bg__description { font-weight: 600; }
.bg__extract { color: var(--ink2); }
.bg__facts { display: grid; grid-template-columns: auto 1fr; gap: 1px 8px; margin: 4px 0; font-size: 12px; clear: both; }
.bg__facts dt { color: var(--muted); }
.bg__facts dd { margin: 0; }
.bg__source { font-size: 11px; color: var(--faint); }
.bg__buttons { display: flex; gap: 6px; }
.bg__buttons button { font: inherit; font-size: 12px; padding: 2px 8px; cursor: pointer; }
.bg__candidates { margin: 0; padding-left: 16px; font-size: 12px; }
.rolecheck { margin: -4px 0 6px; font-size: 12px; }
.rolecheck--consistent { color: var(--accent); }
.rolecheck--differs { color: var(--warn); }
.rolecheck--unknown { color: var(--muted); }
`;
