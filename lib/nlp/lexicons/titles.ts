/**
 * Titles, role nouns and the words of anonymous sources. Source: written from general knowledge
 * of English news style: the courtesy, civil, judicial, police, clergy and military titles of the
 * AP Stylebook and British usage (Reuters, BBC), the offices of US, UK, EU and UN government, and
 * wire-copy conventions for unnamed sources. `official` is what the word says on its own; the
 * engine should upgrade a role tied to an official body ("FBI Director") and downgrade one tied
 * to a company or club ("company spokesperson", "team captain").
 */

/** A title written before a name. */
export interface PreNameTitle {
  /** As written, case kept ("Lt. Gen."). */
  title: string;
  /** Holds public office or speaks for a government, party, army, court or international body. */
  official: boolean;
  /** The spelled-out title, for abbreviations ("Lt. Gen." -> "Lieutenant General"). */
  full?: string;
}

/**
 * Titles before a name, longest first so the first match wins; case kept. Royal, religious and
 * courtesy titles are not official, except reigning monarchs, crown princes and the pope.
 */
export const PRE_NAME_TITLES: readonly PreNameTitle[] = [
  { title: 'Chairman of the Joint Chiefs of Staff', official: true },
  { title: 'Health and Human Services Secretary', official: true },
  { title: 'Director of National Intelligence', official: true },
  { title: 'Deputy National Security Adviser', official: true },
  { title: 'Chief Secretary to the Treasury', official: true },
  { title: 'Detective Chief Superintendent', official: true },
  { title: 'Emergency Situations Minister', official: true },
  { title: 'Assistant Secretary of State', official: true },
  { title: 'Chancellor of the Exchequer', official: true },
  { title: 'First Deputy Prime Minister', official: true },
  { title: 'Homeland Security Secretary', official: true },
  { title: 'White House Press Secretary', official: true },
  { title: 'Work and Pensions Secretary', official: true },
  { title: 'Northern Ireland Secretary', official: true },
  { title: 'Veterans Affairs Secretary', official: true },
  { title: 'White House Chief of Staff', official: true },
  { title: 'Assistant Chief Constable', official: true },
  { title: 'Deputy Secretary of State', official: true },
  { title: 'Detective Chief Inspector', official: true },
  { title: 'National Security Adviser', official: true },
  { title: 'National Security Advisor', official: true },
  { title: 'Secretary of the Treasury', official: true },
  { title: 'Deputy Secretary-General', official: true },
  { title: 'Detective Superintendent', official: true },
  { title: 'Leader of the Opposition', official: true },
  { title: 'Prime Minister-designate', official: true },
  { title: 'Transportation Secretary', official: true },
  { title: 'Under Secretary of State', official: true },
  { title: 'Deputy Attorney General', official: true },
  { title: 'Deputy Defence Minister', official: true },
  { title: 'Deputy Defense Minister', official: true },
  { title: 'Deputy Foreign Minister', official: true },
  { title: 'Under-Secretary-General', official: true },
  { title: 'Senate Majority Leader', official: true },
  { title: 'Senate Minority Leader', official: true },
  { title: 'Special Representative', official: true },
  { title: 'Agriculture Secretary', official: true },
  { title: 'Deputy Chief Minister', official: true },
  { title: 'Deputy Prime Minister', official: true },
  { title: 'Environment Secretary', official: true },
  { title: 'European Commissioner', official: true },
  { title: 'House Majority Leader', official: true },
  { title: 'House Minority Leader', official: true },
  { title: 'Agriculture Minister', official: true },
  { title: 'Chief Superintendent', official: true },
  { title: 'Emergencies Minister', official: true },
  { title: 'Environment Minister', official: true },
  { title: 'Immigration Minister', official: true },
  { title: 'Information Minister', official: true },
  { title: 'Lieutenant Commander', official: true },
  { title: 'Secretary of Defense', official: true },
  { title: 'Speaker of the House', official: true },
  { title: 'Vice President-elect', official: true },
  { title: 'Justice of the Peace', official: true },
  { title: 'Air Force Secretary', official: true },
  { title: 'Chief Petty Officer', official: true },
  { title: 'Detective Constable', official: true },
  { title: 'Detective Inspector', official: true },
  { title: 'Education Secretary', official: true },
  { title: 'High Representative', official: true },
  { title: 'Lieutenant Governor', official: true },
  { title: 'Permanent Secretary', official: true },
  { title: 'Police Commissioner', official: true },
  { title: 'Private First Class', official: true },
  { title: 'Business Secretary', official: true },
  { title: 'Commerce Secretary', official: true },
  { title: 'Detective Sergeant', official: true },
  { title: 'Economics Minister', official: true },
  { title: 'Education Minister', official: true },
  { title: 'Executive Director', official: false },
  { title: 'Interior Secretary', official: true },
  { title: 'Lieutenant Colonel', official: true },
  { title: 'Lieutenant General', official: true },
  { title: 'Prosecutor General', official: true },
  { title: 'Scotland Secretary', official: true },
  { title: 'Secretary of State', official: true },
  { title: 'Transport Minister', official: true },
  { title: 'Treasury Secretary', official: true },
  { title: 'Air Chief Marshal', official: true },
  { title: 'Associate Justice', official: true },
  { title: 'Brigadier General', official: true },
  { title: 'Culture Secretary', official: true },
  { title: 'Defence Secretary', official: true },
  { title: 'Defense Secretary', official: true },
  { title: 'District Attorney', official: true },
  { title: 'Economic Minister', official: true },
  { title: 'Foreign Secretary', official: true },
  { title: 'General Secretary', official: true },
  { title: 'High Commissioner', official: true },
  { title: 'Housing Secretary', official: true },
  { title: 'Interior Minister', official: true },
  { title: 'Justice Secretary', official: true },
  { title: 'Managing Director', official: false },
  { title: 'Opposition Leader', official: true },
  { title: 'President and CEO', official: false },
  { title: 'Public Prosecutor', official: true },
  { title: 'Second Lieutenant', official: true },
  { title: 'Secretary General', official: true },
  { title: 'Secretary-General', official: true },
  { title: 'Solicitor General', official: true },
  { title: 'Inspector General', official: true },
  { title: 'Air Vice Marshal', official: true },
  { title: 'Attorney General', official: true },
  { title: 'Attorney-General', official: true },
  { title: 'Chief Prosecutor', official: true },
  { title: 'Culture Minister', official: true },
  { title: 'Defence Minister', official: true },
  { title: 'Defense Minister', official: true },
  { title: 'Digital Minister', official: true },
  { title: 'Director General', official: true },
  { title: 'Director-General', official: true },
  { title: 'Economy Minister', official: true },
  { title: 'Energy Secretary', official: true },
  { title: 'Finance Minister', official: true },
  { title: 'First Lieutenant', official: true },
  { title: 'Foreign Minister', official: true },
  { title: 'Governor-General', official: true },
  { title: 'Health Secretary', official: true },
  { title: 'Justice Minister', official: true },
  { title: 'Secretary of War', official: true },
  { title: 'Chief Constable', official: true },
  { title: 'Chief Executive', official: false },
  { title: 'Chief Inspector', official: true },
  { title: 'Colonel General', official: true },
  { title: 'Deputy Director', official: true },
  { title: 'Deputy Minister', official: true },
  { title: 'EU Commissioner', official: true },
  { title: 'Energy Minister', official: true },
  { title: 'Grand Ayatollah', official: false },
  { title: 'Health Minister', official: true },
  { title: 'Labor Secretary', official: true },
  { title: 'Labour Minister', official: true },
  { title: 'Majority Leader', official: true },
  { title: 'Master Sergeant', official: true },
  { title: 'Minority Leader', official: true },
  { title: 'President-elect', official: true },
  { title: 'Press Secretary', official: true },
  { title: 'Special Counsel', official: true },
  { title: 'State Secretary', official: true },
  { title: 'Vice Chancellor', official: true },
  { title: 'Army Secretary', official: true },
  { title: 'Assemblymember', official: true },
  { title: 'Chief Minister', official: true },
  { title: 'Chief of Staff', official: true },
  { title: 'Consul General', official: true },
  { title: 'Council Member', official: true },
  { title: 'Crown Princess', official: false },
  { title: 'Deputy Speaker', official: true },
  { title: 'First Minister', official: true },
  { title: 'Governor-elect', official: true },
  { title: 'Home Secretary', official: true },
  { title: 'Labor Minister', official: true },
  { title: 'Lance Corporal', official: true },
  { title: 'Navy Secretary', official: true },
  { title: 'Police Officer', official: true },
  { title: 'Prime Minister', official: true },
  { title: 'Representative', official: true },
  { title: 'Sergeant Major', official: true },
  { title: 'Staff Sergeant', official: true },
  { title: 'State Attorney', official: true },
  { title: 'State Minister', official: true },
  { title: 'Superintendent', official: true },
  { title: 'Supreme Leader', official: true },
  { title: 'Trade Minister', official: true },
  { title: 'Vice President', official: true },
  { title: 'Vice-President', official: true },
  { title: 'Assemblywoman', official: true },
  { title: 'Chief Justice', official: true },
  { title: 'Congresswoman', official: true },
  { title: 'Councilmember', official: true },
  { title: 'Field Marshal', official: true },
  { title: 'Fleet Admiral', official: true },
  { title: 'HHS Secretary', official: true },
  { title: 'Home Minister', official: true },
  { title: 'House Speaker', official: true },
  { title: 'Major General', official: true },
  { title: 'Majority Whip', official: true },
  { title: 'Minority Whip', official: true },
  { title: 'Petty Officer', official: true },
  { title: 'Senate Leader', official: true },
  { title: 'Special Agent', official: true },
  { title: 'Special Envoy', official: true },
  { title: 'State Senator', official: true },
  { title: 'U.S. Attorney', official: true },
  { title: 'Vice Chairman', official: false },
  { title: 'War Secretary', official: true },
  { title: 'Army General', official: true },
  { title: 'Commissioner', official: true },
  { title: 'Councilwoman', official: true },
  { title: 'Crown Prince', official: true },
  { title: 'Deputy Mayor', official: true },
  { title: 'Metropolitan', official: false },
  { title: 'Oil Minister', official: true },
  { title: 'Police Chief', official: true },
  { title: 'Rear Admiral', official: true },
  { title: 'Vice Admiral', official: true },
  { title: 'Air Marshal', official: true },
  { title: 'Assemblyman', official: true },
  { title: 'Chairperson', official: false },
  { title: 'Chief Judge', official: true },
  { title: 'Chief Rabbi', official: false },
  { title: 'Congressman', official: true },
  { title: 'Grand Mufti', official: false },
  { title: 'Master Sgt.', official: true, full: 'Master Sergeant' },
  { title: 'Mayor-elect', official: true },
  { title: 'Alderwoman', official: true },
  { title: 'Ambassador', official: true },
  { title: 'Archbishop', official: false },
  { title: 'Brig. Gen.', official: true, full: 'Brigadier General' },
  { title: 'Chairwoman', official: false },
  { title: 'Chancellor', official: true },
  { title: 'Chief Whip', official: true },
  { title: 'Councillor', official: true },
  { title: 'Councilman', official: true },
  { title: 'First Lady', official: false },
  { title: 'Grand Duke', official: true },
  { title: 'Head Coach', official: false },
  { title: 'Lance Cpl.', official: true, full: 'Lance Corporal' },
  { title: 'Lieutenant', official: true },
  { title: 'Magistrate', official: true },
  { title: 'Prosecutor', official: true },
  { title: 'Specialist', official: true },
  { title: 'Staff Sgt.', official: true, full: 'Staff Sergeant' },
  { title: 'State Rep.', official: true, full: 'State Representative' },
  { title: 'State Sen.', official: true, full: 'State Senator' },
  { title: 'Vice Chair', official: false },
  { title: 'Ayatollah', official: false },
  { title: 'Brigadier', official: true },
  { title: 'Col. Gen.', official: true, full: 'Colonel General' },
  { title: 'Commander', official: true },
  { title: 'Commodore', official: true },
  { title: 'Constable', official: true },
  { title: 'Councilor', official: true },
  { title: 'Det. Sgt.', official: true, full: 'Detective Sergeant' },
  { title: 'Detective', official: true },
  { title: 'Inspector', official: true },
  { title: 'Lt. Cmdr.', official: true, full: 'Lieutenant Commander' },
  { title: 'Maj. Gen.', official: true, full: 'Major General' },
  { title: 'Monsignor', official: false },
  { title: 'Patriarch', official: false },
  { title: 'President', official: true },
  { title: 'Professor', official: false },
  { title: 'Rear Adm.', official: true, full: 'Rear Admiral' },
  { title: 'Secretary', official: true },
  { title: 'Sgt. Maj.', official: true, full: 'Sergeant Major' },
  { title: 'Taoiseach', official: true },
  { title: 'Vice Adm.', official: true, full: 'Vice Admiral' },
  { title: 'Alderman', official: true },
  { title: 'Baroness', official: false },
  { title: 'Cardinal', official: false },
  { title: 'Chairman', official: false },
  { title: 'Corporal', official: true },
  { title: 'Delegate', official: true },
  { title: 'Director', official: false },
  { title: 'Governor', official: true },
  { title: 'Lt. Col.', official: true, full: 'Lieutenant Colonel' },
  { title: 'Lt. Gen.', official: true, full: 'Lieutenant General' },
  { title: 'Lt. Gov.', official: true, full: 'Lieutenant Governor' },
  { title: 'Minister', official: true },
  { title: 'Princess', official: false },
  { title: 'Reverend', official: false },
  { title: 'Sergeant', official: true },
  { title: 'Tanaiste', official: true },
  { title: 'Tánaiste', official: true },
  { title: '1st Lt.', official: true, full: 'First Lieutenant' },
  { title: '2nd Lt.', official: true, full: 'Second Lieutenant' },
  { title: 'Admiral', official: true },
  { title: 'Captain', official: true },
  { title: 'Colonel', official: true },
  { title: 'Duchess', official: false },
  { title: 'Emperor', official: true },
  { title: 'Empress', official: true },
  { title: 'Founder', official: false },
  { title: 'General', official: true },
  { title: 'Justice', official: true },
  { title: 'Lt.Col.', official: true, full: 'Lieutenant Colonel' },
  { title: 'Lt.Gen.', official: true, full: 'Lieutenant General' },
  { title: 'Lt.Gov.', official: true, full: 'Lieutenant Governor' },
  { title: 'Manager', official: false },
  { title: 'Marshal', official: true },
  { title: 'Messrs.', official: false },
  { title: 'Officer', official: true },
  { title: 'Premier', official: true },
  { title: 'Private', official: true },
  { title: 'Senator', official: true },
  { title: 'Sheriff', official: true },
  { title: 'Speaker', official: true },
  { title: 'Trooper', official: true },
  { title: 'Bishop', official: false },
  { title: 'Deputy', official: true },
  // Party and parliamentary leaders as Canadian, British and Australian news writes them ("Bloc
  // Quebecois Leader Gilles Duceppe", "Labour MP Diane Abbott").
  { title: 'Leader', official: true },
  { title: 'Doctor', official: false },
  { title: 'Ensign', official: true },
  { title: 'Pastor', official: false },
  { title: 'Prince', official: false },
  { title: 'Sheikh', official: false },
  { title: 'Sultan', official: true },
  { title: 'Agent', official: true },
  { title: 'Baron', official: false },
  { title: 'Capt.', official: true, full: 'Captain' },
  { title: 'Chair', official: false },
  { title: 'Chief', official: true },
  { title: 'Cmdr.', official: true, full: 'Commander' },
  { title: 'Coach', official: false },
  { title: 'Envoy', official: true },
  { title: 'Insp.', official: true, full: 'Inspector' },
  { title: 'Judge', official: true },
  { title: 'Major', official: true },
  { title: 'Mayor', official: true },
  { title: 'Msgr.', official: false, full: 'Monsignor' },
  { title: 'Mufti', official: false },
  { title: 'Prof.', official: false, full: 'Professor' },
  { title: 'Queen', official: true },
  { title: 'Rabbi', official: false },
  { title: 'Reps.', official: true, full: 'Representatives' },
  { title: 'Sens.', official: true, full: 'Senators' },
  { title: 'Sheik', official: false },
  { title: 'Supt.', official: true, full: 'Superintendent' },
  { title: 'Adm.', official: true, full: 'Admiral' },
  { title: 'Ald.', official: true, full: 'Alderman' },
  { title: 'Amb.', official: true, full: 'Ambassador' },
  { title: 'Amir', official: true },
  { title: 'Cdr.', official: true, full: 'Commander' },
  { title: 'Col.', official: true, full: 'Colonel' },
  { title: 'Cpl.', official: true, full: 'Corporal' },
  { title: 'Dame', official: false },
  { title: 'Del.', official: true, full: 'Delegate' },
  { title: 'Det.', official: true, full: 'Detective' },
  { title: 'Duke', official: false },
  { title: 'Emir', official: true },
  { title: 'Ens.', official: true, full: 'Ensign' },
  { title: 'Gen.', official: true, full: 'General' },
  { title: 'Gov.', official: true, full: 'Governor' },
  { title: 'Imam', official: false },
  { title: 'King', official: true },
  { title: 'Lady', official: false },
  { title: 'Lord', official: false },
  { title: 'Maj.', official: true, full: 'Major' },
  { title: 'Miss', official: false },
  { title: 'Mrs.', official: false },
  { title: 'Pfc.', official: true, full: 'Private First Class' },
  { title: 'Pope', official: true },
  { title: 'Pvt.', official: true, full: 'Private' },
  { title: 'Rep.', official: true, full: 'Representative' },
  { title: 'Rev.', official: false, full: 'Reverend' },
  { title: 'Sen.', official: true, full: 'Senator' },
  { title: 'Sgt.', official: true, full: 'Sergeant' },
  { title: 'Spc.', official: true, full: 'Specialist' },
  { title: 'CEO', official: false },
  { title: 'Dr.', official: false, full: 'Doctor' },
  { title: 'Lt.', official: true, full: 'Lieutenant' },
  { title: 'Mr.', official: false },
  { title: 'Mrs', official: false },
  { title: 'Ms.', official: false },
  { title: 'Mx.', official: false },
  { title: 'Sir', official: false },
  { title: 'Dr', official: false, full: 'Doctor' },
  { title: 'MP', official: true },
  { title: 'Mr', official: false },
  { title: 'Ms', official: false },
];

/**
 * Forms of address: they mark a person but state no role ("Mr Peskov" has none). Source: AP
 * Stylebook courtesy titles and British usage (Sir, Dame), lower-case, with and without the dot.
 */
export const COURTESY_TITLES = `
mr mr. mrs mrs. ms ms. miss mx mx. sir dame dr dr. doctor
`;

/**
 * Titles and role nouns that say whether the person is a man or a woman, lower-case, with and
 * without the dot. Source: AP Stylebook courtesy titles, British honours and royal titles, and
 * the "-man"/"-woman" role nouns news writes for each ("spokesman", "spokeswoman"). Left out:
 * nouns news also writes for women ("chairman", "alderman") and "Dr", "Prof", ranks.
 */
export const GENDERED_TITLES = {
  male: `
mr mr. messrs messrs. sir lord king prince duke earl baron count emperor sultan emir sheikh
father fr. brother monsignor msgr. cardinal pope imam ayatollah
congressman assemblyman councilman spokesman businessman anchorman sportsman statesman
policeman fireman grandfather husband widower son nephew uncle boyfriend
`,
  female: `
mrs mrs. ms ms. miss mmes mmes. madam madame mme mme. dame lady queen princess duchess countess
baroness empress sultana sheikha sister mother nun congresswoman assemblywoman councilwoman
spokeswoman businesswoman anchorwoman sportswoman stateswoman policewoman chairwoman
grandmother wife widow daughter niece aunt girlfriend actress
`,
};

/**
 * Words of ranks and forms of address (military, police, academic, clerical, courtesy), lower-case
 * without the dot: a title made only of these ("Gen.", "Lt. Col.", "Officer", "Dr") is a rank,
 * and the labelling guide prefers the office an article also gives ("Gen. Zafaruddin, the Wardak
 * police chief" is the police chief). Source: AP Stylebook military and police titles. Not here:
 * words of offices ("chief", "inspector" of "Inspector General", "deputy").
 */
export const RANK_WORDS = `
general gen lieutenant lt colonel col major maj captain capt commander cmdr cdr admiral adm rear
vice sergeant sgt corporal cpl lance private pvt pfc first class specialist spc ensign ens
brigadier brig marshal field air officer petty master staff warrant detective det constable
trooper patrolman 1st 2nd lt.col lt.gen
dr doctor prof professor rev reverend mr mrs ms miss mx sir dame messrs
`;

/**
 * Verbs of a relative clause that states an office: "X, who heads the council," is its head.
 * Source: general knowledge of news style; the object after the verb names what is headed.
 */
export const HEADING_VERBS = `
heads leads chairs runs directs manages commands
`;

/**
 * Prepositions that carry a role on to its complement ("spokesman for the ministry", "head of
 * the council", "professor at Yale", "adviser to the president", "consul general in Boston"). Source: English grammar.
 */
export const ROLE_COMPLEMENT_WORDS = `
of for at to in
`;

/** Lower-case words that modify a title without changing who holds it ("former", "acting", "then-"). */
export const TITLE_MODIFIERS = `
former ex- then- late acting interim caretaker outgoing incoming retired deposed ousted exiled
newly-elected elected re-elected sitting current de-facto self-proclaimed self-declared
designate would-be longtime long-serving veteran
`;

/**
 * Role nouns of descriptors and appositives, lower-case (except "CEO", "MP", "U.S. attorney"),
 * singular -> whether the role speaks officially on its own; the engine derives plurals.
 */
export const ROLE_NOUNS: Readonly<Record<string, boolean>> = {
  // Heads of state and government, ministers and their offices.
  president: true,
  'vice president': true,
  'president-elect': true,
  'prime minister': true,
  'deputy prime minister': true,
  premier: true,
  chancellor: true,
  'head of state': true,
  'head of government': true,
  'supreme leader': true,
  leader: true,
  'opposition leader': true,
  'party leader': true,
  'de facto leader': true,
  ruler: true,
  monarch: true,
  king: true,
  queen: true,
  'crown prince': true,
  emir: true,
  sultan: true,
  pope: true,
  minister: true,
  'foreign minister': true,
  'defence minister': true,
  'defense minister': true,
  'interior minister': true,
  'finance minister': true,
  'economy minister': true,
  'health minister': true,
  'justice minister': true,
  'energy minister': true,
  'trade minister': true,
  'deputy minister': true,
  'deputy foreign minister': true,
  'state secretary': true,
  secretary: true,
  'secretary of state': true,
  'defense secretary': true,
  'defence secretary': true,
  'foreign secretary': true,
  'home secretary': true,
  'treasury secretary': true,
  'press secretary': true,
  'permanent secretary': true,
  undersecretary: true,
  'under secretary': true,
  'assistant secretary': true,
  'secretary-general': true,
  'secretary general': true,
  'general secretary': true,
  'director-general': true,
  'director general': true,
  'chief of staff': true,
  'national security adviser': true,
  'national security advisor': true,
  'first minister': true,
  'chief minister': true,
  'governor-general': true,
  // Spokespeople and staff.
  spokesperson: true,
  spokesman: true,
  spokeswoman: true,
  'press officer': true,
  official: true,
  'government official': true,
  aide: true,
  adviser: true,
  advisor: true,
  'senior adviser': true,
  'senior advisor': true,
  envoy: true,
  'special envoy': true,
  ambassador: true,
  diplomat: true,
  consul: true,
  'consul general': true,
  negotiator: true,
  'chief negotiator': true,
  mediator: true,
  delegate: true,
  representative: false,
  'high commissioner': true,
  'high representative': true,
  commissioner: true,
  'civil servant': true,
  bureaucrat: true,
  administrator: true,
  regulator: true,
  ombudsman: true,
  'inspector general': true,
  auditor: true,
  head: true,
  chief: true,
  deputy: true,
  // Legislators and local government.
  lawmaker: true,
  legislator: true,
  parliamentarian: true,
  'member of parliament': true,
  MP: true,
  senator: true,
  'state senator': true,
  congressman: true,
  congresswoman: true,
  'member of congress': true,
  speaker: true,
  'majority leader': true,
  'minority leader': true,
  whip: true,
  assemblyman: true,
  assemblywoman: true,
  councilman: true,
  councilwoman: true,
  councillor: true,
  councilor: true,
  'council member': true,
  alderman: true,
  governor: true,
  'lieutenant governor': true,
  mayor: true,
  'deputy mayor': true,
  'city manager': true,
  'party chairman': true,
  'party secretary': true,
  // Justice, police, security.
  prosecutor: true,
  'chief prosecutor': true,
  'public prosecutor': true,
  'special counsel': true,
  'attorney general': true,
  'district attorney': true,
  'U.S. attorney': true,
  'state attorney': true,
  judge: true,
  justice: true,
  'chief justice': true,
  magistrate: true,
  'police chief': true,
  'police commissioner': true,
  'police officer': true,
  'police spokesman': true,
  sheriff: true,
  detective: true,
  inspector: true,
  investigator: true,
  constable: true,
  trooper: true,
  agent: true,
  'border guard': true,
  'intelligence chief': true,
  'spy chief': true,
  // Military.
  commander: true,
  'commander-in-chief': true,
  'army chief': true,
  general: true,
  admiral: true,
  colonel: true,
  lieutenant: true,
  sergeant: true,
  officer: true,
  'military officer': true,
  'military spokesman': true,
  peacekeeper: true,
  monitor: true,
  soldier: false,
  serviceman: false,
  servicewoman: false,
  pilot: false,
  sailor: false,
  veteran: false,
  fighter: false,
  militant: false,
  rebel: false,
  'rebel leader': false,
  'militia leader': false,
  // Companies, organisations, sport.
  chairman: false,
  chairwoman: false,
  chair: false,
  chairperson: false,
  director: false,
  'executive director': false,
  'managing director': false,
  'chief executive': false,
  'chief executive officer': false,
  CEO: false,
  'chief financial officer': false,
  CFO: false,
  'chief economist': false,
  'chief operating officer': false,
  COO: false,
  executive: false,
  founder: false,
  'co-founder': false,
  owner: false,
  investor: false,
  banker: false,
  trader: false,
  manager: false,
  'general manager': false,
  'fund manager': false,
  'portfolio manager': false,
  'union leader': false,
  'trade unionist': false,
  captain: false,
  coach: false,
  'head coach': false,
  player: false,
  striker: false,
  forward: false,
  midfielder: false,
  defender: false,
  goalkeeper: false,
  // Positions and sports a report of a match names a player by ("England scrum-half Kyran
  // Bracken", "off-spinner Such", "Fullback Andre Joubert"), as wire sports pages write them.
  winger: false,
  fullback: false,
  'full-back': false,
  'scrum-half': false,
  'fly-half': false,
  playmaker: false,
  substitute: false,
  teammate: false,
  'team-mate': false,
  quarterback: false,
  linebacker: false,
  goaltender: false,
  goalie: false,
  rookie: false,
  pitcher: false,
  shortstop: false,
  batsman: false,
  bowler: false,
  'off-spinner': false,
  'leg-spinner': false,
  wicketkeeper: false,
  jockey: false,
  golfer: false,
  sprinter: false,
  cyclist: false,
  swimmer: false,
  boxer: false,
  athlete: false,
  champion: false,
  // Politics outside office.
  candidate: false,
  'presidential candidate': false,
  nominee: false,
  challenger: false,
  'campaign manager': false,
  'campaign spokesman': false,
  strategist: false,
  pollster: false,
  lobbyist: false,
  consultant: false,
  activist: false,
  campaigner: false,
  organiser: false,
  organizer: false,
  protester: false,
  dissident: false,
  'opposition figure': false,
  'opposition politician': false,
  politician: false,
  // Knowledge and media.
  analyst: false,
  researcher: false,
  'research fellow': false,
  fellow: false,
  scholar: false,
  professor: false,
  lecturer: false,
  academic: false,
  economist: false,
  expert: false,
  scientist: false,
  historian: false,
  actor: false,
  actress: false,
  singer: false,
  broker: false,
  doctor: false,
  physician: false,
  surgeon: false,
  nurse: false,
  epidemiologist: false,
  lawyer: false,
  bondsman: false,
  cabbie: false,
  attorney: false,
  'defense lawyer': false,
  'defence lawyer': false,
  'defense attorney': false,
  solicitor: false,
  barrister: false,
  correspondent: false,
  reporter: false,
  journalist: false,
  editor: false,
  'editor-in-chief': false,
  columnist: false,
  commentator: false,
  blogger: false,
  'military blogger': false,
  host: false,
  presenter: false,
  anchor: false,
  author: false,
  writer: false,
  // Religion and society.
  cleric: false,
  imam: false,
  rabbi: false,
  priest: false,
  pastor: false,
  bishop: false,
  archbishop: false,
  cardinal: false,
  patriarch: false,
  ayatollah: false,
  sheikh: false,
  prince: false,
  princess: false,
  'tribal leader': false,
  'community leader': false,
  elder: false,
  teacher: false,
  student: false,
  farmer: false,
  worker: false,
  volunteer: false,
  'aid worker': false,
  'rescue worker': false,
  firefighter: false,
  paramedic: false,
  rescuer: false,
  resident: false,
  witness: false,
  eyewitness: false,
  survivor: false,
  victim: false,
  relative: false,
  neighbour: false,
  neighbor: false,
  friend: false,
  mother: false,
  father: false,
  wife: false,
  husband: false,
  son: false,
  daughter: false,
  brother: false,
  sister: false,
  aunt: false,
  uncle: false,
  cousin: false,
  niece: false,
  nephew: false,
  widow: false,
  grandmother: false,
  grandfather: false,
  girlfriend: false,
  boyfriend: false,
  refugee: false,
  'pro-democracy activist': false,
};

/** Heads of anonymous and group sources ("officials", "sources", "witnesses"), one per line, lower-case.
 * Party members and campaign people unnamed in political reporting ("said one New Hampshire
 * Democrat", "added another Republican strategist") are among them; not voters, whose
 * sayings are a poll's figures ("… voters said yes, compared with 23 percent who …"). */
export const ANONYMOUS_HEADS = `
democrat
democrats
republican
republicans
strategist
strategists
operative
operatives
consultant
consultants
donor
donors
delegate
delegates
official
officials
source
sources
person
people
diplomat
diplomats
aide
aides
insider
insiders
analyst
analysts
expert
experts
witness
witnesses
eyewitness
eyewitnesses
resident
residents
observer
observers
investigator
investigators
authorities
officer
officers
employee
employees
staffer
staffers
adviser
advisers
advisor
advisors
lawmaker
lawmakers
legislator
legislators
executive
executives
banker
bankers
trader
traders
investor
investors
economist
economists
commander
commanders
soldier
soldiers
spokesperson
spokesman
spokeswoman
representative
representatives
member
members
negotiator
negotiators
critics
supporters
opponents
activists
protesters
organisers
organizers
doctors
medics
rescuers
police
prosecutors
`;

/**
 * Lower-case clauses after an anonymous head that mark it anonymous ("familiar with the matter",
 * "who spoke on condition of anonymity"), one per line; the engine treats them as prefixes.
 */
export const ANONYMOUS_CLAUSES = `
familiar with the matter
familiar with the situation
familiar with the talks
familiar with the negotiations
familiar with the discussions
familiar with the plans
familiar with the investigation
familiar with the decision
familiar with
with knowledge of the matter
with direct knowledge of
with knowledge of
briefed on the matter
briefed on
close to the matter
close to the negotiations
close to the talks
close to
involved in the talks
involved in the discussions
involved in the matter
aware of the matter
who spoke on condition of anonymity
who spoke on the condition of anonymity
speaking on condition of anonymity
speaking on the condition of anonymity
spoke on condition of anonymity
on condition of anonymity
on the condition of anonymity
who asked not to be named
who asked not to be identified
who declined to be named
who declined to be identified
who requested anonymity
who were not authorized to speak publicly
who was not authorized to speak publicly
not authorized to speak publicly
not authorised to speak publicly
not authorized to speak on the record
not authorized to discuss
not authorised to discuss
because they were not authorized
because he was not authorized
because she was not authorized
because of the sensitivity of the matter
because the matter is sensitive
because the discussions were private
given the sensitivity of the matter
granted anonymity
who was granted anonymity
who were granted anonymity
on background
`;
