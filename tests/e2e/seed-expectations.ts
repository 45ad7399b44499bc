/**
 * What the extension shows on the seed page (../shared/eval/gold/seed-article.html, labelled by hand),
 * asserted alike by the Chromium suite and the Firefox suite.
 */
export const SEED_FOUND = { people: 3, officials: 3, claims: 7, supported: true };

/** Highlights by style, in page order (institutions: these at least, in any order), and how many claims. */
export const SEED_VIEW = {
  official: ['Vladimir Putin', 'Kim Jong Un', 'Dmitry Peskov', 'Peskov'],
  anonymous: ['a senior Ukrainian official'],
  institutions: ['Kremlin', 'White House', 'Reuters', 'Russian media'],
  quote: ['No comment'],
  claims: 6,
};

/** The page's highlights (style name → texts, see in-page.ts) in the shape of SEED_VIEW. */
export function seedView(h: Record<string, string[]>): typeof SEED_VIEW {
  return {
    official: h['sourcelight-official'] ?? [],
    anonymous: h['sourcelight-anonymous'] ?? [],
    institutions: SEED_VIEW.institutions.filter((i) => h['sourcelight-institution']?.includes(i)),
    quote: h['sourcelight-quote'] ?? [],
    claims: h['sourcelight-claim']?.length ?? 0,
  };
}
