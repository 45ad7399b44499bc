/**
 * Words of a poll's figures when they speak: "73 percent said …", "Nearly eight in 10 voters say
 * …", "Another 19 percent said …", "about two-thirds, 67 percent, say …". Source: the AP
 * Stylebook's entries on polls and surveys and on percentages (figures, "percent" spelled out,
 * "in 10" for shares), and the approximators of English noun phrases (Quirk et al. 1985, §7.59 on
 * "about", "nearly", "some" before numerals). Lower case.
 */

const set = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Heads of a share of people: "percent", "%", "in 10" (read with its "in"), "a third", "two-thirds", "half". */
export const SHARE_NOUNS = set('percent per cent pct % half third thirds quarter quarters fifth fifths majority plurality');

/** The base of "N in 10": "six in 10", "nine out of ten". */
export const SHARE_BASES = set('10 ten 100 hundred');

/** Numbers spelled out, as a poll's shares are at the start of a sentence ("Twenty-four percent said"). */
export const NUMBER_WORDS = set(`
  one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
  eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred a an
`);

/** Words before a share that hedge or count it: "about", "nearly", "some", "a mere", "another", "more than". */
export const SHARE_APPROXIMATORS = set(`
  about around nearly almost roughly approximately some only just mere full another additional other
  more fewer less than as many over under barely slightly well a an the
`);
