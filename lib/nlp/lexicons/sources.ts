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
export const SOURCE_DETERMINERS = set(
  'a an the one two three four five six seven eight nine ten several some many other another both few most those these',
);

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

/**
 * Words in the name of a body that a description of its kind may stand for: "the airline" for
 * Air Canada or WestJet, "the company" for Acme Corp., "the agency" for the Food and Drug
 * Administration. The head noun itself always counts ("the agency" for the Canadian
 * Transportation Agency). Source: the heads of organisation names (organizations.ts, ORG_HEADS)
 * grouped by the common noun news uses for them on second mention (AP Stylebook: "second
 * reference"); `*` marks a word that may end a compound ("WestJet", "easyJet").
 */
export const BODY_NAME_WORDS: Readonly<Record<string, readonly string[]>> = {
  airline: ['air', 'airlines', 'airline', 'airways', 'aviation', '*jet'],
  carrier: ['air', 'airlines', 'airline', 'airways', '*jet'],
  // Only legal forms: "the company" is too common to take for any "Group" or "Industries" named last.
  company: ['inc', 'corp', 'corporation', 'co', 'ltd', 'plc', 'llc', 'ag', 'sa', 'gmbh'],
  firm: ['inc', 'corp', 'corporation', 'co', 'ltd', 'plc', 'llc', 'llp'],
  agency: ['administration', 'authority', 'commission', 'bureau', 'service', 'office', 'directorate'],
  ministry: ['department'],
  department: ['ministry'],
  party: ['congress', 'league', 'front', 'movement'],
  union: ['federation', 'confederation', 'congress'],
  university: ['college', 'institute'],
  bank: ['bancorp', 'reserve'],
  alliance: ['organization', 'organisation', 'nato'],
};

/**
 * Kinds whose names say what they are ("Air Canada", "WestJet" for "the airline"), so that a name the entity rules
 * missed may be taken by its cue.
 */
export const NAMED_BY_CUES = set('airline carrier');

/** Nouns of places, which a description of a person never is ("the state reported"). */
export const PLACE_NOUNS = set('state country nation city town province region county district village capital island territory');

/** The name of a body fits a description of its kind: the head noun, or a word BODY_NAME_WORDS gives for it. */
export function nameFitsKind(name: string, head: string): boolean {
  const words = name
    .toLowerCase()
    .split(/[\s-]+/)
    .map((w) => w.replace(/[.,]$/, ''));
  const singular = head.replace(/s$/, '');
  const cues = BODY_NAME_WORDS[head] ?? BODY_NAME_WORDS[singular] ?? [];
  return words.some((w) => w === head || w === singular || cues.some((c) => (c.startsWith('*') ? w.endsWith(c.slice(1)) : w === c)));
}

/**
 * The voice on a recording, and the phrases that say whose it is: "An audio recording attributed
 * to Osama bin Laden … the speaker says". Source: wire reports of recorded statements (AP and
 * Reuters style for unverified tapes: "purportedly from", "attributed to", "believed to be by").
 */
export const RECORDED_VOICES = set('speaker narrator voice');
export const RECORDING_ATTRIBUTIONS: readonly (readonly string[])[] = [
  ['attributed', 'to'],
  ['purportedly', 'from'],
  ['purportedly', 'by'],
  ['purported', 'to', 'be', 'from'],
  ['believed', 'to', 'be', 'from'],
  ['believed', 'to', 'be', 'by'],
  ['claiming', 'to', 'be', 'from'],
];
