/** Detection's reasons (lib/article/detect.ts) in words a reader understands. */
import { i18n } from '#i18n';
// Functions: a message is read when shown (and each key stays a literal that tests/unit/i18n can check).
const PLAIN: Array<[RegExp, () => string]> = [
  [/^url: home page/, () => i18n.t('reason.homePage')],
  [/^url: search results/, () => i18n.t('reason.searchResults')],
  [/^site rule .*not an article/, () => i18n.t('reason.sectionPage')],
  [/^listing/, () => i18n.t('reason.listing')],
  [/^url: /, () => i18n.t('reason.notArticleUrl')],
  [/^json-ld:(?:Product|ProductGroup|Offer)|^og:type=(?:og:)?product/, () => i18n.t('reason.product')],
  [/^json-ld:VideoObject|^og:type=video/, () => i18n.t('reason.video')],
  [/^json-ld:(?:CollectionPage|ItemList|SearchResultsPage)/, () => i18n.t('reason.collection')],
  [/^json-ld:ProfilePage|^og:type=profile/, () => i18n.t('reason.profile')],
  [/too little prose|^not readerable|^no article body found/, () => i18n.t('reason.tooLittle')],
  [/^empty page/, () => i18n.t('reason.empty')],
];

export function describeReason(reason: string): string {
  return PLAIN.find(([re]) => re.test(reason))?.[1]() ?? i18n.t('reason.other');
}
