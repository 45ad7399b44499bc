/**
 * How news names an office, and how Wikidata labels it: "Kremlin spokesperson" for "Press
 * Secretary of the President of the Russian Federation", "North Korean leader" for "Supreme
 * Leader of North Korea". Each phrase maps to one office key; role-check.ts compares keys, not
 * words. Written from general knowledge of AP/Reuters/BBC wording and of the English labels of
 * Wikidata position items (P39 values); extend it with the phrasings that real articles show.
 */

/** Office key → the phrases, in news and in Wikidata labels, that name it. Lower case. */
export const OFFICE_PHRASES: Readonly<Record<string, readonly string[]>> = {
  spokesperson: [
    'spokesperson',
    'spokesman',
    'spokeswoman',
    'press secretary',
    'press officer',
    'press attaché',
    'official representative',
  ],
  // "General secretary" of a ruling communist party and "chairman" in one-party states are how
  // those states' leaders are titled (Kim, Xi); news says "leader".
  leader: [
    'leader',
    'supreme leader',
    'paramount leader',
    'head of state',
    'head of government',
    'ruler',
    'chairman',
    'chairwoman',
    'chairperson',
    'chair',
    'general secretary',
    'first secretary',
    'president of the state affairs commission',
    'chairman of the state affairs commission',
  ],
  // Offices of a legislature, not of a country: "British leader" is not the Shadow Leader of the
  // House of Commons, nor is the Leader of the Opposition a country's leader. Longer phrases win
  // over "leader" because the table is read longest first.
  'parliamentary leader': [
    'leader of the opposition',
    'opposition leader',
    'leader of the house',
    'house leader',
    'majority leader',
    'minority leader',
    'leader of the official opposition',
  ],
  president: ['president'],
  'prime minister': ['prime minister', 'premier', 'pm'],
  chancellor: ['chancellor'],
  monarch: ['king', 'queen', 'monarch', 'emperor', 'emir', 'sultan'],
  'foreign minister': [
    'foreign minister',
    'minister of foreign affairs',
    'minister for foreign affairs',
    'foreign affairs minister',
    // The UK's "Secretary of State for Foreign, Commonwealth and Development Affairs" is read by its prefix.
    'foreign secretary',
    'secretary of state for foreign',
    'secretary of state',
    'top diplomat',
  ],
  'defence minister': [
    'defence minister',
    'defense minister',
    'minister of defence',
    'minister of defense',
    'minister for defence',
    'defence secretary',
    'defense secretary',
    'secretary of defense',
    'secretary of state for defence',
    'secretary of war',
  ],
  'finance minister': [
    'finance minister',
    'minister of finance',
    'minister for finance',
    'treasury secretary',
    'secretary of the treasury',
    'chancellor of the exchequer',
  ],
  'interior minister': [
    'interior minister',
    'minister of internal affairs',
    'minister of the interior',
    'minister of interior',
    'home secretary',
    'home minister',
    'secretary of state for the home department',
  ],
  // "Secretary of State for Health": a UK cabinet minister; only the US one is the foreign minister.
  minister: ['minister', 'cabinet minister', 'secretary of state for'],
  // Hyphens split words before matching: "secretary-general" is read as "secretary general".
  'secretary-general': ['secretary general'],
  ambassador: ['ambassador', 'permanent representative'],
  legislator: [
    'lawmaker',
    'legislator',
    'member of parliament',
    'mp',
    'member of the state duma',
    'congressman',
    'congresswoman',
    'member of congress',
  ],
  senator: ['senator'],
  governor: ['governor'],
  mayor: ['mayor'],
};

/**
 * A seat in a national legislature is labelled after its assembly ("Member of the parliament of
 * Moldova", "member of the Estonian Riigikogu", "member of the Bundestag"): a label "member of …"
 * naming one of these is the legislator office. Assembly names from the English labels of
 * Wikidata's legislature items and Wikipedia's list of legislatures (the best known only).
 */
export const LEGISLATURE_WORDS: readonly string[] = [
  'parliament',
  'legislature',
  'congress',
  'duma',
  'bundestag',
  'riigikogu',
  'saeima',
  'seimas',
  'sejm',
  'knesset',
  'storting',
  'folketing',
  'riksdag',
  'eduskunta',
  'althing',
  'rada',
  'majlis',
  'diet',
  'cortes',
  'oireachtas',
  'dail',
  'assembly',
  'commons',
  'representatives',
  'deputies',
];

/**
 * A stated office that is broader than the held one still agrees with it: "Russian leader" for
 * the President of Russia, "minister" for the Minister of Foreign Affairs. Never the other way:
 * a stated "president" is not confirmed by a held "prime minister".
 */
export const BROADER_OFFICES: Readonly<Record<string, readonly string[]>> = {
  leader: ['president', 'prime minister', 'chancellor', 'monarch'],
  minister: ['foreign minister', 'defence minister', 'finance minister', 'interior minister', 'prime minister'],
};

/**
 * Words that make an office a different one ("Deputy Foreign Minister" is not the Foreign
 * Minister): stated and held must agree on them.
 */
export const DEPUTY_WORDS: readonly string[] = ['deputy', 'vice', 'assistant', 'under'];

/**
 * The opposition's spokesperson for an office is not its holder ("Shadow Secretary of State for
 * Work and Pensions", UK and Commonwealth usage): stated and held must agree on it.
 */
export const SHADOW_WORDS: readonly string[] = ['shadow'];

/** Words that put the stated office in the past ("former Prime Minister", "ex-PM"). */
export const FORMER_WORDS: readonly string[] = ['former', 'ex', 'erstwhile', 'onetime'];
