/**
 * Cue words of attribution. Source: written from general knowledge of English grammar and news
 * style: the reporting verbs of English grammars (Quirk et al. 1985, §16.31; Biber et al. 1999,
 * verbs of communication) and the attribution verbs wire style guides discuss (AP Stylebook:
 * "said" is neutral, "claim", "admit", "reveal", "point out" imply a judgement; Reuters Handbook
 * of Journalism). All inflections written out (US and British spellings); lower-case.
 */

/** A reporting verb and all its forms. */
export interface CueVerb {
  /** The lemma ("say"; "point out" for a phrasal verb). */
  lemma: string;
  /** Every form, "|"-separated, lemma first ("say|says|said|saying"). Phrasal forms keep the space. */
  forms: string;
  /** Takes reported content: a "that"-clause or a quotation (false: "accused X of", "called it", "quoted X as"). */
  content: boolean;
  /** Carries the reporter's judgement ("claimed", "admitted", "slammed"), unlike neutral "said", "told". */
  loaded: boolean;
}

/** Reporting verbs, "say" first; the engine builds its form -> lemma map by splitting `forms` on "|". */
export const SPEECH_VERBS: readonly CueVerb[] = [
  // Neutral: the verbs of plain attribution.
  { lemma: 'say', forms: 'say|says|said|saying', content: true, loaded: false },
  { lemma: 'tell', forms: 'tell|tells|told|telling', content: true, loaded: false },
  { lemma: 'add', forms: 'add|adds|added|adding', content: true, loaded: false },
  { lemma: 'state', forms: 'state|states|stated|stating', content: true, loaded: false },
  { lemma: 'declare', forms: 'declare|declares|declared|declaring', content: true, loaded: false },
  { lemma: 'announce', forms: 'announce|announces|announced|announcing', content: true, loaded: false },
  { lemma: 'write', forms: 'write|writes|wrote|written|writing', content: true, loaded: false },
  { lemma: 'tweet', forms: 'tweet|tweets|tweeted|tweeting', content: true, loaded: false },
  { lemma: 'post', forms: 'post|posts|posted|posting', content: true, loaded: false },
  { lemma: 'report', forms: 'report|reports|reported|reporting', content: true, loaded: false },
  { lemma: 'comment', forms: 'comment|comments|commented|commenting', content: true, loaded: false },
  { lemma: 'remark', forms: 'remark|remarks|remarked|remarking', content: true, loaded: false },
  { lemma: 'reply', forms: 'reply|replies|replied|replying', content: true, loaded: false },
  { lemma: 'respond', forms: 'respond|responds|responded|responding', content: true, loaded: false },
  { lemma: 'answer', forms: 'answer|answers|answered|answering', content: true, loaded: false },
  { lemma: 'ask', forms: 'ask|asks|asked|asking', content: true, loaded: false },
  { lemma: 'testify', forms: 'testify|testifies|testified|testifying', content: true, loaded: false },
  { lemma: 'recall', forms: 'recall|recalls|recalled|recalling', content: true, loaded: false },
  { lemma: 'mention', forms: 'mention|mentions|mentioned|mentioning', content: true, loaded: false },
  { lemma: 'observe', forms: 'observe|observes|observed|observing', content: true, loaded: false },
  { lemma: 'indicate', forms: 'indicate|indicates|indicated|indicating', content: true, loaded: false },
  { lemma: 'reiterate', forms: 'reiterate|reiterates|reiterated|reiterating', content: true, loaded: false },
  { lemma: 'repeat', forms: 'repeat|repeats|repeated|repeating', content: true, loaded: false },
  { lemma: 'inform', forms: 'inform|informs|informed|informing', content: true, loaded: false },
  { lemma: 'conclude', forms: 'conclude|concludes|concluded|concluding', content: true, loaded: false },
  { lemma: 'continue', forms: 'continue|continues|continued|continuing', content: true, loaded: false },
  { lemma: 'go on', forms: 'go on|goes on|went on|gone on|going on', content: true, loaded: false },
  { lemma: 'deny', forms: 'deny|denies|denied|denying', content: true, loaded: false },
  { lemma: 'propose', forms: 'propose|proposes|proposed|proposing', content: true, loaded: false },
  { lemma: 'recommend', forms: 'recommend|recommends|recommended|recommending', content: true, loaded: false },
  { lemma: 'estimate', forms: 'estimate|estimates|estimated|estimating', content: true, loaded: false },
  { lemma: 'predict', forms: 'predict|predicts|predicted|predicting', content: true, loaded: false },
  { lemma: 'forecast', forms: 'forecast|forecasts|forecasted|forecasting', content: true, loaded: false },
  { lemma: 'suggest', forms: 'suggest|suggests|suggested|suggesting', content: true, loaded: false },
  { lemma: 'specify', forms: 'specify|specifies|specified|specifying', content: true, loaded: false },
  { lemma: 'clarify', forms: 'clarify|clarifies|clarified|clarifying', content: true, loaded: false },
  { lemma: 'affirm', forms: 'affirm|affirms|affirmed|affirming', content: true, loaded: false },
  { lemma: 'reaffirm', forms: 'reaffirm|reaffirms|reaffirmed|reaffirming', content: true, loaded: false },
  { lemma: 'assure', forms: 'assure|assures|assured|assuring', content: true, loaded: false },
  { lemma: 'signal', forms: 'signal|signals|signaled|signalled|signaling|signalling', content: true, loaded: false },
  { lemma: 'describe', forms: 'describe|describes|described|describing', content: false, loaded: false },
  { lemma: 'call', forms: 'call|calls|called|calling', content: false, loaded: false },
  { lemma: 'quote', forms: 'quote|quotes|quoted|quoting', content: false, loaded: false },
  { lemma: 'cite', forms: 'cite|cites|cited|citing', content: false, loaded: false },
  // Loaded: the reporter's verb says something about truth, reluctance, emotion or manner.
  { lemma: 'claim', forms: 'claim|claims|claimed|claiming', content: true, loaded: true },
  { lemma: 'insist', forms: 'insist|insists|insisted|insisting', content: true, loaded: true },
  { lemma: 'argue', forms: 'argue|argues|argued|arguing', content: true, loaded: true },
  { lemma: 'warn', forms: 'warn|warns|warned|warning', content: true, loaded: true },
  { lemma: 'note', forms: 'note|notes|noted|noting', content: true, loaded: true },
  { lemma: 'explain', forms: 'explain|explains|explained|explaining', content: true, loaded: true },
  { lemma: 'confirm', forms: 'confirm|confirms|confirmed|confirming', content: true, loaded: true },
  { lemma: 'acknowledge', forms: 'acknowledge|acknowledges|acknowledged|acknowledging', content: true, loaded: true },
  { lemma: 'admit', forms: 'admit|admits|admitted|admitting', content: true, loaded: true },
  { lemma: 'concede', forms: 'concede|concedes|conceded|conceding', content: true, loaded: true },
  { lemma: 'confess', forms: 'confess|confesses|confessed|confessing', content: true, loaded: true },
  { lemma: 'assert', forms: 'assert|asserts|asserted|asserting', content: true, loaded: true },
  { lemma: 'allege', forms: 'allege|alleges|alleged|alleging', content: true, loaded: true },
  { lemma: 'contend', forms: 'contend|contends|contended|contending', content: true, loaded: true },
  { lemma: 'maintain', forms: 'maintain|maintains|maintained|maintaining', content: true, loaded: true },
  { lemma: 'reveal', forms: 'reveal|reveals|revealed|revealing', content: true, loaded: true },
  { lemma: 'disclose', forms: 'disclose|discloses|disclosed|disclosing', content: true, loaded: true },
  { lemma: 'stress', forms: 'stress|stresses|stressed|stressing', content: true, loaded: true },
  {
    lemma: 'emphasize',
    forms: 'emphasize|emphasizes|emphasized|emphasizing|emphasise|emphasises|emphasised|emphasising',
    content: true,
    loaded: true,
  },
  { lemma: 'underline', forms: 'underline|underlines|underlined|underlining', content: true, loaded: true },
  { lemma: 'underscore', forms: 'underscore|underscores|underscored|underscoring', content: true, loaded: true },
  { lemma: 'highlight', forms: 'highlight|highlights|highlighted|highlighting', content: true, loaded: true },
  { lemma: 'point out', forms: 'point out|points out|pointed out|pointing out', content: true, loaded: true },
  { lemma: 'make clear', forms: 'make clear|makes clear|made clear|making clear', content: true, loaded: true },
  { lemma: 'hint', forms: 'hint|hints|hinted|hinting', content: true, loaded: true },
  { lemma: 'urge', forms: 'urge|urges|urged|urging', content: true, loaded: true },
  { lemma: 'vow', forms: 'vow|vows|vowed|vowing', content: true, loaded: true },
  { lemma: 'pledge', forms: 'pledge|pledges|pledged|pledging', content: true, loaded: true },
  { lemma: 'promise', forms: 'promise|promises|promised|promising', content: true, loaded: true },
  { lemma: 'threaten', forms: 'threaten|threatens|threatened|threatening', content: true, loaded: true },
  { lemma: 'demand', forms: 'demand|demands|demanded|demanding', content: true, loaded: true },
  { lemma: 'plead', forms: 'plead|pleads|pleaded|pled|pleading', content: true, loaded: true },
  { lemma: 'complain', forms: 'complain|complains|complained|complaining', content: true, loaded: true },
  { lemma: 'lament', forms: 'lament|laments|lamented|lamenting', content: true, loaded: true },
  { lemma: 'protest', forms: 'protest|protests|protested|protesting', content: true, loaded: true },
  { lemma: 'boast', forms: 'boast|boasts|boasted|boasting', content: true, loaded: true },
  { lemma: 'brag', forms: 'brag|brags|bragged|bragging', content: true, loaded: true },
  { lemma: 'joke', forms: 'joke|jokes|joked|joking', content: true, loaded: true },
  { lemma: 'quip', forms: 'quip|quips|quipped|quipping', content: true, loaded: true },
  { lemma: 'caution', forms: 'caution|cautions|cautioned|cautioning', content: true, loaded: true },
  { lemma: 'speculate', forms: 'speculate|speculates|speculated|speculating', content: true, loaded: true },
  { lemma: 'retort', forms: 'retort|retorts|retorted|retorting', content: true, loaded: true },
  { lemma: 'counter', forms: 'counter|counters|countered|countering', content: true, loaded: true },
  { lemma: 'scoff', forms: 'scoff|scoffs|scoffed|scoffing', content: true, loaded: true },
  { lemma: 'fume', forms: 'fume|fumes|fumed|fuming', content: true, loaded: true },
  { lemma: 'exclaim', forms: 'exclaim|exclaims|exclaimed|exclaiming', content: true, loaded: true },
  { lemma: 'shout', forms: 'shout|shouts|shouted|shouting', content: true, loaded: true },
  { lemma: 'scream', forms: 'scream|screams|screamed|screaming', content: true, loaded: true },
  { lemma: 'whisper', forms: 'whisper|whispers|whispered|whispering', content: true, loaded: true },
  {
    lemma: 'apologize',
    forms: 'apologize|apologizes|apologized|apologizing|apologise|apologises|apologised|apologising',
    content: true,
    loaded: true,
  },
  { lemma: 'hit back', forms: 'hit back|hits back|hitting back', content: true, loaded: true },
  { lemma: 'fire back', forms: 'fire back|fires back|fired back|firing back', content: true, loaded: true },
  { lemma: 'shoot back', forms: 'shoot back|shoots back|shot back|shooting back', content: true, loaded: true },
  { lemma: 'accuse', forms: 'accuse|accuses|accused|accusing', content: false, loaded: true },
  { lemma: 'charge', forms: 'charge|charges|charged|charging', content: true, loaded: true },
  { lemma: 'blame', forms: 'blame|blames|blamed|blaming', content: false, loaded: true },
  {
    lemma: 'criticize',
    forms: 'criticize|criticizes|criticized|criticizing|criticise|criticises|criticised|criticising',
    content: false,
    loaded: true,
  },
  { lemma: 'condemn', forms: 'condemn|condemns|condemned|condemning', content: false, loaded: true },
  { lemma: 'denounce', forms: 'denounce|denounces|denounced|denouncing', content: false, loaded: true },
  { lemma: 'decry', forms: 'decry|decries|decried|decrying', content: false, loaded: true },
  { lemma: 'deplore', forms: 'deplore|deplores|deplored|deploring', content: false, loaded: true },
  { lemma: 'slam', forms: 'slam|slams|slammed|slamming', content: false, loaded: true },
  { lemma: 'blast', forms: 'blast|blasts|blasted|blasting', content: false, loaded: true },
  { lemma: 'lash out', forms: 'lash out|lashes out|lashed out|lashing out', content: false, loaded: true },
  { lemma: 'praise', forms: 'praise|praises|praised|praising', content: false, loaded: true },
  { lemma: 'hail', forms: 'hail|hails|hailed|hailing', content: false, loaded: true },
  { lemma: 'welcome', forms: 'welcome|welcomes|welcomed|welcoming', content: false, loaded: true },
  { lemma: 'dismiss', forms: 'dismiss|dismisses|dismissed|dismissing', content: false, loaded: true },
  { lemma: 'reject', forms: 'reject|rejects|rejected|rejecting', content: false, loaded: true },
  { lemma: 'rebuff', forms: 'rebuff|rebuffs|rebuffed|rebuffing', content: false, loaded: true },
  { lemma: 'refute', forms: 'refute|refutes|refuted|refuting', content: false, loaded: true },
];

/**
 * Verbs of belief, hope and fear: not speech, but claims a reader calls attributed ("Analysts
 * think the talks will fail", "Trump believes he can win"), as PolNeAR labels them (Pareti's
 * attribution scheme counts beliefs with statements). Only with a clause: "hopes to win" and
 * "believes in" say nothing (reported.ts reads "to" and prepositions as no clause).
 */
export const BELIEF_VERBS: readonly CueVerb[] = [
  // Not "thought" (a noun as often) nor "believed": past beliefs are mostly told inside a narrative,
  // not claims of their own (on PolNeAR train 6 of 25 right, against 58 of 103 for the rest).
  { lemma: 'think', forms: 'think|thinks|thinking', content: true, loaded: false },
  { lemma: 'believe', forms: 'believe|believes|believing', content: true, loaded: false },
  { lemma: 'hope', forms: 'hope|hopes|hoped|hoping', content: true, loaded: false },
  { lemma: 'fear', forms: 'fear|fears|feared|fearing', content: true, loaded: false },
  { lemma: 'worry', forms: 'worry|worries|worried|worrying', content: true, loaded: false },
  { lemma: 'doubt', forms: 'doubt|doubts|doubted|doubting', content: true, loaded: false },
  { lemma: 'agree', forms: 'agree|agrees|agreed|agreeing', content: true, loaded: false },
  { lemma: 'suspect', forms: 'suspect|suspects|suspected|suspecting', content: true, loaded: false },
];

/** Lower-case nouns that carry a claim ("denial", "statement", "news conference"), one per line. */
export const NOMINAL_CUES = `
statement
statements
claim
claims
allegation
allegations
denial
denials
assertion
assertions
announcement
announcements
remark
remarks
comment
comments
testimony
accusation
accusations
warning
warnings
admission
admissions
insistence
assurance
assurances
confirmation
pledge
pledges
promise
promises
vow
vows
threat
threats
appeal
appeals
demand
demands
criticism
charge
charges
argument
arguments
response
reply
rebuttal
retort
account
accounts
version
words
message
messages
speech
speeches
address
interview
interviews
briefing
briefings
communique
communiqué
declaration
post
posts
tweet
tweets
joint statement
written statement
press conference
news conference
press briefing
press release
video address
televised address
`;

/** Lower-case nouns of documents and data that can be a source ("report", "indictment"), one per line. */
export const DOCUMENT_NOUNS = `
statement
statements
news release
press release
communique
report
reports
study
survey
poll
document
documents
memo
memorandum
letter
filing
court filing
court documents
court papers
indictment
lawsuit
complaint
affidavit
ruling
verdict
judgment
judgement
order
executive order
decree
resolution
bill
law
draft
transcript
data
figures
statistics
estimates
assessment
intelligence assessment
analysis
review
audit
findings
census
budget
forecast
projection
records
emails
messages
leaked documents
minutes
agreement
treaty
constitution
guidelines
website
`;
