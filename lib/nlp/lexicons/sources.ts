/**
 * Words of unnamed sources, lower case. Source: the shapes of sourcing in wire copy (AP
 * Stylebook and Reuters Handbook entries on anonymous sources and attribution to institutions:
 * "the ministry said", "police said", "a spokesman for the agency said", "a two-member panel
 * ruled") and English noun-phrase grammar (determiners and quantifiers, Quirk et al. §5.10–5.25).
 */

const set = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Head nouns of bodies that speak as one: "the ministry said", "police said", "a two-member panel said". */
export const INSTITUTION_HEADS = set(`
  government ministry police military army navy council committee commission agency court company campaign
  administration department embassy office coastguard prosecutors prosecutor authorities cabinet parliament senate
  congress regime junta party union federation association organization organisation firm bank board delegation
  presidency palace kremlin pentagon panel tribunal jury inquiry watchdog regulator consulate mission
  secretariat directorate bureau service forces military's
`);

/** Determiners and quantifiers that open an unnamed source: "a senior official", "two diplomats", "some analysts". */
export const SOURCE_DETERMINERS = set('a an the one two three four five six seven eight nine ten several some many other another both few most those these');

/** Heads that need no determiner in the singular: mass and plural-only nouns ("police said", "staff said"). */
export const MASS_HEADS = set('people police media television press staff personnel');

/** Clauses after a source that only say it is unnamed; the source is what comes before them. */
export const ANONYMITY_MARKERS = set('anonymity named identified');

/**
 * Role nouns a description may use for an office the article named otherwise: "the prosecutor"
 * for a district attorney, "the lawyer" for a solicitor or counsel, "the spokeswoman" for a
 * spokesperson. Source: the job titles of English-speaking legal systems and press offices.
 */
export const ROLE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  prosecutor: ['attorney', 'prosecutors', 'dpp'],
  lawyer: ['attorney', 'solicitor', 'counsel', 'barrister'],
  attorney: ['lawyer', 'prosecutor'],
  spokesman: ['spokeswoman', 'spokesperson'],
  spokeswoman: ['spokesman', 'spokesperson'],
  spokesperson: ['spokesman', 'spokeswoman'],
};
