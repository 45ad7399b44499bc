/**
 * A surname that is also an ordinary word ("May", "Major", "Young", "West") names its person
 * alone only where the sentence says it is a person: after a form of address ("Mrs May",
 * "Mr. Major") or before a reporting verb ("May told reporters"). Elsewhere the word keeps its
 * ordinary sense ("in May", "a major step"), so a month is never taken for Theresa May.
 */
import type { Context } from '../context';
import { scanOf } from './scan';
import type { EntityStore } from './store';

export function addWordSurnameMentions(ctx: Context, store: EntityStore): void {
  const { tokens, lex } = ctx;
  const bySurname = new Map<string, true>();
  for (const e of store.peopleNamedBefore(tokens.length)) {
    const words = e.name.split(' ');
    const last = words[words.length - 1]!;
    if (words.length > 1 && lex.surnameWords.has(last.toLowerCase())) bySurname.set(last, true);
  }
  if (!bySurname.size) return;
  // A surname as written is a name word (capitalised), and so is every token of that text: the
  // name words are the only tokens to ask.
  const { nameWords, headline } = scanOf(ctx);
  for (let n = 0; n < nameWords.length; n++) {
    const i = nameWords[n]!;
    const text = tokens[i]!.text;
    if (headline[tokens[i]!.sentence] || !bySurname.has(text) || store.mentionAt.has(i)) continue;
    const s = ctx.sentenceOf(i);
    // "Mrs May", "Mr. Major": the form of address, with or without its dot.
    const title = tokens[i - 1]?.text === '.' ? i - 2 : i - 1;
    const addressed = title >= s.first && lex.rankWords.has(ctx.lower(title));
    const speaks = i + 1 < s.end && lex.speechVerbs.has(ctx.lower(i + 1));
    if (!addressed && !speaks) continue;
    const e = store.findPersonAt(i, i + 1, i);
    if (e) store.addMention(e, i, i + 1, addressed ? title : i);
  }
}
