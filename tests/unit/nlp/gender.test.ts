/** The gender of each person, for pronoun agreement: from titles and gendered roles, else the given name; never guessed. */
import { describe, expect, it } from 'vitest';
import { findEntities } from '@/lib/nlp/entities';
import { getLexicon } from '@/lib/nlp/lexicon';
import { tokenize } from '@/lib/nlp/tokenize';

function genders(text: string): Record<string, string | null> {
  const lex = getLexicon();
  const doc = tokenize(text, (w) => lex.abbreviations.has(w.toLowerCase()));
  const people = findEntities(doc, lex).entities.filter((e) => e.kind === 'person');
  return Object.fromEntries(people.map((e) => [e.name, e.gender]));
}

describe('gender of people', () => {
  it.each([
    ['a male given name', 'Mark Regev said the talks would go on.', 'Mark Regev', 'male'],
    ['a female given name', 'Maria Zakharova told reporters on Thursday that Moscow would respond.', 'Maria Zakharova', 'female'],
    ['a hand-curated name', 'Health Minister Svetlana Ivanova said the clinics were full.', 'Svetlana Ivanova', 'female'],
    ['a name both ways is unknown', 'Jean Smith said the plant would close.', 'Jean Smith', null],
    ['a courtesy title', "Ms Franco's aunt said. Jenny Franco was hit by a taxi. Ms Franco was 18.", 'Jenny Franco', 'female'],
    ['a title over the given name', 'Mrs. Leslie Brown said she was relieved.', 'Leslie Brown', 'female'],
    ['"Sir"', 'Sir Keir Starmer said he would act.', 'Keir Starmer', 'male'],
    ['a gendered role noun', 'Kremlin spokeswoman Alexandra Volkov declined to comment.', 'Alexandra Volkov', 'female'],
    ['an appositive role', 'Sasha Petrov, the ministry spokesman, said nothing more.', 'Sasha Petrov', 'male'],
    ['a queen', 'Queen Elizabeth opened the session.', 'Elizabeth', 'female'],
    ['a surname alone is unknown', 'President Grant signed the act.', 'Grant', null],
    ['a family name first is no given name', 'North Korean leader Kim Jong Un inspected a missile launch.', 'Kim Jong Un', null],
    ['no evidence', 'Senator Obama said the bill would pass.', 'Obama', null],
    ['a title of someone else in the descriptor', "Ms Franco's solicitor Mark Thomas said he was certain.", 'Mark Thomas', 'male'],
    ['a title of someone else, a woman', "Mr Graham's solicitor Robin Hale said she was certain.", 'Robin Hale', null],
    ['a relative', "Ms Franco's aunt, Zeny Hollebone, called for help.", 'Zeny Hollebone', 'female'],
    ['titles that disagree give no answer', 'Mr. Robin Hale spoke first. Later, Mrs. Hale spoke.', 'Robin Hale', null],
  ])('%s', (_what, text, name, gender) => {
    expect(genders(text)[name as string]).toBe(gender);
  });
});
