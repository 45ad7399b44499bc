/**
 * What linkedom's `<style>.sheet` would parse CSS with (cssomnom/parse), replaced in the extension's
 * build (wxt.config.ts) and the CLI's (scripts/build-cli.mjs): the reading never asks a style element for its sheet (neither our
 * extraction nor Readability does), and cssomnom's property tables and the Intl.NumberFormat it
 * makes at load were evaluated at every start of the service worker, for nothing. Asked anyway,
 * it says so rather than parse.
 */
export function parse(): never {
  throw new Error('Sourcelight reads no style sheets: cssomnom is left out of its build');
}
