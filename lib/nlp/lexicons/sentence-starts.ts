/**
 * Words that open a new sentence after an abbreviation's full stop ("... to the U.S. The talks",
 * "... Acme Inc. He said"), and that no name a title or an initial stands before can be.
 * Source: written from general knowledge of English: the closed classes (articles, personal and
 * demonstrative pronouns, coordinators, subordinators, common sentence adverbs) that open most
 * sentences of news. "A" and "I" are left out: they are also initials ("John A. Smith").
 */
export const SENTENCE_STARTS = `
The This That These Those There Then Thus He She It They We You His Her Its Their Our My
But And Or So Yet Still However Meanwhile Also Instead Moreover Nevertheless Nonetheless
In On At For From With Without Under Over After Before During Since Until When While If As
Although Though Because Once Unless Whether Despite Some Many Most Both All Each Every Several
Such What Why How Where Asked According
`;
