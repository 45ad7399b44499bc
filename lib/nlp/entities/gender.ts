/**
 * A person's gender, for agreement with "he" and "she": what the text says first (a courtesy or
 * gendered title before a mention, "Mrs", "Sir", "Queen"; a gendered role noun, "spokeswoman"),
 * else what the given name says (given-names.ts, only names every source agrees on). Null when
 * nothing tells, or when the text's own words disagree: never a guess.
 */
import type { Context } from '../context';
import type { Gender } from '../lexicon-types';
import type { EntityRecord } from './types';

export function genderOf(ctx: Context, e: EntityRecord): Gender | null {
  const { tokens, lex } = ctx;
  // The gender the text's words say, and whether they disagree.
  let said: Gender | null = null;
  let disagree = false;
  for (let n = 0; n < e.mentions.length; n++) {
    const m = e.mentions[n]!;
    // Back from the name to a possessive: "Mr" of "Mr Graham's solicitor Brett Thomas" is Graham's.
    for (let k = m.first - 1; k >= m.outer && tokens[k]!.kind !== 'poss'; k--) {
      const g = lex.genderedTitles.get(tokens[k]!.lower);
      if (g && said && g !== said) disagree = true;
      said ??= g ?? null;
    }
  }
  const head = e.role ? roleHead(ctx, e.role) : null;
  const byRole = head ? lex.genderedTitles.get(head) : undefined;
  if (byRole && said && byRole !== said) disagree = true;
  said ??= byRole ?? null;
  if (disagree) return null;
  if (said) return said;
  // A single word may be a surname ("President Grant"); "Kim Jong Un" opens with a family name.
  const words = e.name.split(/\s+/);
  const given = words[0]!.toLowerCase();
  if (words.length < 2 || lex.familyFirst.has(given)) return null;
  // A double given name by its first part ("Anne-Marie"); a name without a hyphen is looked up once.
  return lex.givenNameGender.get(given) ?? (given.includes('-') ? lex.givenNameGender.get(given.split('-')[0]!) : undefined) ?? null;
}

/** The head noun of a role: the word before its complement ("spokeswoman" in "spokeswoman for the ministry"), else the last. */
function roleHead(ctx: Context, role: string): string | null {
  const words = role.toLowerCase().split(/\s+/);
  const end = words.findIndex((w) => ctx.lex.roleComplements.has(w));
  return (end > 0 ? words[end - 1] : words.at(-1)) ?? null;
}
