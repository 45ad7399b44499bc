/**
 * The URL an article is remembered by. One rule for every context that names an article: the
 * background recording it, the page saving it to the library, the popup asking what is known of it.
 */

/** Its canonical URL, else the page's, without the fragment (an in-page link is the same article); null for a non-web page. */
export function rememberedUrl(canonicalUrl: string | null, pageUrl: string | undefined): string | null {
  return withoutHash(canonicalUrl ?? undefined) ?? withoutHash(pageUrl);
}

function withoutHash(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    u.hash = '';
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
