/** Attributed claims, one table per rule family, over news sentences. Rendered as "speaker | cue | content". */
import { describe, expect, it } from 'vitest';
import { claims, run } from '../../helpers/nlp';

describe('direct quotations', () => {
  it.each([
    [
      'attribution after',
      '“We have narrowed the gaps,” Foreign Minister Elena Marsh told reporters.',
      ['Elena Marsh | told | “We have narrowed the gaps”'],
    ],
    [
      'inverted attribution after',
      '"We\'ve been tied up for six weeks," said Harald Brenn, a trawler captain.',
      ["Harald Brenn | said | “We've been tied up for six weeks”"],
    ],
    [
      'attribution before, with a colon',
      'Tomas Reyhani spoke later. He told reporters: "Access to our ports is not a favour."',
      ['Tomas Reyhani | told | “Access to our ports is not a favour.”'],
    ],
    [
      'attribution before, with a comma',
      'Kremlin spokesperson Dmitry Peskov responded, "No comment," to a call with reporters.',
      ['Dmitry Peskov | responded | “No comment”'],
    ],
    [
      'a question',
      '“Who do you want answering the phone?” asked Senator Ann Lee.',
      ['Ann Lee | asked | “Who do you want answering the phone?”'],
    ],
    [
      'interrupted by its attribution',
      'Elena Marsh spoke. “Our fleets need certainty,” she said. “We will not sign anything.”',
      ['Elena Marsh | said | “Our fleets need certainty,” she said. “We will not sign anything.”'],
    ],
    [
      'interrupted by an aside that names another person',
      '“This is in their heads. This is in their consciousness,” said Pat Caddell, speaking of Clinton’s health. “It is one of the things worrying them, and that can be deadly.”',
      [
        'Pat Caddell | said | “This is in their heads. This is in their consciousness,” said Pat Caddell, speaking of Clinton’s health. “It is one of the things worrying them, and that can be deadly.”',
      ],
    ],
    [
      'an aside longer than the quotation: its longer piece',
      '“We need Chapter 9,” said Melba Acosta, referring to the bankruptcy chapter used by cities and other local governments. “Give us the tool and we will finalize what we are doing.”',
      ['Melba Acosta | said | “Give us the tool and we will finalize what we are doing.”'],
    ],
    [
      'an aside longer than the quotation: its longer piece, the first',
      '“I am not sure the voters have heard enough from either of them yet,” said Ruth Okafor, a pollster who has advised candidates in both parties for two decades. “Not yet.”',
      ['Ruth Okafor | said | “I am not sure the voters have heard enough from either of them yet”'],
    ],
    [
      'interrupted by a relative clause of the speaker’s own',
      '“Revenues are up a little bit, and so are rounds,” said Mark Ekovich, who noted that prices fell in the recession. “Things are moving in the right direction, but they are by no means meteoric rises.”',
      [
        'Mark Ekovich | said | “Revenues are up a little bit, and so are rounds,” said Mark Ekovich, who noted that prices fell in the recession. “Things are moving in the right direction, but they are by no means meteoric rises.”',
        'Mark Ekovich | noted | prices fell in the recession',
      ],
    ],
    [
      'interrupted by a long description of the speaker: its longer piece',
      '“It’s not about incumbents changing their positions,” said David Autor, an influential scholar of labor economics and trade at the Massachusetts Institute of Technology and one of the paper’s authors. “It’s about the replacement of moderates with more ideological successors.”',
      ['David Autor | said | “It’s about the replacement of moderates with more ideological successors.”'],
    ],
    [
      'a partial quotation that ends the writer’s sentence: the sentence',
      'The fire at the Shuaiba refinery started at 7 a.m. "due to an explosion," said Assem Jihad, the Oil Ministry spokesman.',
      ['Assem Jihad | said | The fire at the Shuaiba refinery started at 7 a.m. "due to an explosion'],
    ],
    [
      'a partial quotation after a clause of the writer’s',
      'Not paying taxes "makes me smart," Donald Trump said.',
      ['Donald Trump | said | Not paying taxes "makes me smart'],
    ],
    [
      'a quotation after a dash stands apart',
      'Donald Trump had shown a fondness for brutal leaders - "He would have loved Stalin," Joe Biden said.',
      ['Joe Biden | said | “He would have loved Stalin”'],
    ],
    [
      'not into a quotation inside the writer’s next sentence',
      '“It is the right thing to do,” President Barack Obama said. He called Burma a “good news story.”',
      ['Barack Obama | said | “It is the right thing to do”', 'Barack Obama | called | Burma a “good news story.”'],
    ],
    [
      'typewriter quotes',
      "''We must not overreact,'' Mr. Luis Guajardo told reporters.",
      ['Luis Guajardo | told | “We must not overreact”'],
    ],
    [
      'a party and state before the verb',
      '“It’s a dog whistle,” Rep. Gwen Moore (D-Wis.) said.',
      ['Gwen Moore | said | “It’s a dog whistle”'],
    ],
    ['a pull quote signed with a dash', '“Nobody told us anything.” ― Sonya Herridge', ['Sonya Herridge | ― | “Nobody told us anything.”']],
    [
      'continued in a paragraph that is only a quotation',
      '“We like a lot of the candidates,” Sheldon Adelson said during the interview in Macau.\n\n“It’s changing every day.”',
      ['Sheldon Adelson | said | “We like a lot of the candidates”', 'Sheldon Adelson | said | “It’s changing every day.”'],
    ],
    [
      'an unnamed party member',
      '“It’s Bernie’s to lose at this point,” added another New Hampshire Democrat.',
      ['another New Hampshire Democrat | added | “It’s Bernie’s to lose at this point”'],
    ],
    [
      'a descriptor with a body inside it',
      '“This is a broad statute,” former FBI agent Timothy Gill explained.',
      ['Timothy Gill | explained | “This is a broad statute”'],
    ],
    [
      'a nested quotation closing first',
      '“She has been the only one to talk with us about, ‘What can I do?’” Karen Weaver said.',
      ['Karen Weaver | said | “She has been the only one to talk with us about, ‘What can I do?’”'],
    ],
    [
      'typewriter quotes closing a nested one',
      "''I would use the word 'old-school,''' said Gregory W. Slayton, a former ambassador.",
      ["Gregory W. Slayton | said | “I would use the word 'old-school”"],
    ],
    [
      'pull quotes in a row, one with a turned mark',
      '”Fear is what he sells.” ― Edwin G. Monroy “We can build a wall around him.” ― Steve Quinlan',
      ['Edwin G. Monroy | ― | “Fear is what he sells.”', 'Steve Quinlan | ― | “We can build a wall around him.”'],
    ],
  ])('%s', (_name, text, expected) => expect(claims(run(text))).toEqual(expected));

  it('reads questioning a person as interrogation, not as a claim', () => {
    expect(claims(run('Sen. Elizabeth Warren questioned the bank chief for two hours.'))).toEqual([]);
    expect(claims(run('Sen. Elizabeth Warren questioned John Stumpf for two hours.'))).toEqual([]);
  });

  it('keeps a partial quotation inside the reported clause it belongs to', () => {
    const a = run('Hillary Clinton spoke in Toledo. Clinton says it means Trump “may not have paid a dime” in federal income taxes.');
    expect(claims(a)).toEqual(['Hillary Clinton | says | it means Trump “may not have paid a dime” in federal income taxes']);
    expect(a.attributions[0]!.direct).toBe(false);
  });

  it('reads a sentence that runs into a partial quotation as reported speech, not a direct quotation', () => {
    const a = run('Not paying taxes "makes me smart," Donald Trump said.');
    expect(a.attributions[0]!.direct).toBe(false);
  });

  it('does not carry a quotation on past another speaker in the paragraph between', () => {
    const a = run('“We will not sign,” Tomas Reyhani said. Elena Marsh disagreed.\n\n“The deal is done.”');
    expect(claims(a)).toEqual(['Tomas Reyhani | said | “We will not sign”']);
  });

  it("does not give a quotation to the next sentence's speaker", () => {
    const a = run('“We will not sign anything.” Calvaran envoy Tomas Reyhani said on Monday that his government was ready.');
    expect(claims(a)).toEqual(['Tomas Reyhani | said | his government was ready']);
  });
});

describe('reported speech', () => {
  it('reads "about" before a number as a hedge that opens the clause, not as "said about"', () => {
    const a = run('Gov. Terry McAuliffe has said about 20 people have indicated an interest in the seat.');
    expect(claims(a).filter((c) => c.includes(' | said | '))).toEqual([
      'Terry McAuliffe | said | about 20 people have indicated an interest in the seat',
    ]);
  });

  it.each([
    [
      '"said that"',
      'The Kremlin said on Tuesday that Kyiv was employing missiles made in the West, but it declined to comment.',
      ['Kremlin | said | Kyiv was employing missiles made in the West'],
    ],
    [
      'without "that"',
      'Peskov is the Kremlin spokesman. Dmitry Peskov said Ukraine had been employing Western missiles.',
      ['Dmitry Peskov | said | Ukraine had been employing Western missiles'],
    ],
    [
      '"told" with an audience',
      'Defense Minister Ana Ruiz told parliament that the army would withdraw.',
      ['Ana Ruiz | told | the army would withdraw'],
    ],
    [
      '"told" with a longer audience',
      'Hillary Clinton had told police officials that she did not want the escort.',
      ['Hillary Clinton | told | she did not want the escort'],
    ],
    [
      'a bare day after the verb',
      'Michael Flynn said Wednesday night that the generals had been reduced to rubble.',
      ['Michael Flynn | said | the generals had been reduced to rubble'],
    ],
    [
      'an age and an appositive before the verb',
      'Jimmy Ghazal, 39, a Lebanese man visiting Nice with his family, told ABC News that he had been watching the fireworks.',
      ['Jimmy Ghazal | told | he had been watching the fireworks'],
    ],
    [
      'an appositive before the verb',
      "Ines Calder, the ministry's spokeswoman, denied reports that the delegation had threatened to walk out.",
      ['Ines Calder | denied | reports that the delegation had threatened to walk out'],
    ],
    [
      'inverted, source last',
      'The talks would resume in December, a senior official said.',
      ['a senior official | said | The talks would resume in December'],
    ],
    [
      'inverted, verb first',
      'Several skippers had laid off their crews, said Harald Brenn, a trawler captain.',
      ['Harald Brenn | said | Several skippers had laid off their crews'],
    ],
    [
      'an anonymous source with its qualifier',
      'People familiar with the talks said the draft ran to about 40 pages.',
      ['People familiar with the talks | said | the draft ran to about 40 pages'],
    ],
    [
      'a participle with a quotation',
      'Donald Trump attacked Hillary Clinton over Libya, saying, "She\'s trigger-happy and very unstable."',
      ["Donald Trump | saying | “She's trigger-happy and very unstable.”"],
    ],
    [
      'a participle',
      'Gaspard spoke first. Martina Gaspard called it the hardest issue, adding that neither side could give it up.',
      ['Martina Gaspard | called | it the hardest issue', 'Martina Gaspard | adding | neither side could give it up'],
    ],
    [
      'a participle with an object',
      'The Supreme Court halted the plan, citing a threat to public health and safety.',
      ['Supreme Court | citing | a threat to public health and safety'],
    ],
    [
      'a participle after a long opening',
      'On Friday, in a speech in Ohio, Senator Ann Lee attacked the plan, saying it would cost jobs.',
      ['Ann Lee | saying | it would cost jobs'],
    ],
    [
      'a second verb after a first of saying no rule read',
      'Sen. Lindsey Graham called both Donald Trump and Hillary Clinton “crazy” and said the Republican party is bound to lose in November.',
      ['Lindsey Graham | said | the Republican party is bound to lose in November'],
    ],
    [
      'a second verb after a quotation',
      'Hillary Clinton declared “What a Super Tuesday!” and said that her campaign would continue to break barriers.',
      ['Hillary Clinton | declared | “What a Super Tuesday!”', 'Hillary Clinton | said | her campaign would continue to break barriers'],
    ],
    [
      'a second verb whose subject opens the sentence unnamed',
      'The judge rubbed his chin, and then said something very strange.',
      ['The judge | said | something very strange'],
    ],
    [
      'a name, its place and an appositive before the verb',
      'Republican Rep. Lee Zeldin of New York, a Trump supporter, said it will help both the candidate and the speaker.',
      ['Lee Zeldin | said | it will help both the candidate and the speaker'],
    ],
    [
      "a second verb with the sentence's subject",
      "Tom Wilson praised the senator's positions on defense and said the Florida senator could bring change.",
      ['Tom Wilson | said | the Florida senator could bring change'],
    ],
    [
      '"As X reported," before what it reports',
      'Voters were angry. As The Washington Post reported, even if Sanders split the delegates, he would trail.',
      ['Washington Post | reported | even if Sanders split the delegates, he would trail'],
    ],
    [
      '"as X said" as an aside',
      'The plan, as Senator Ann Lee said, was dead.',
      ['Ann Lee | said | The plan, as Senator Ann Lee said, was dead'],
    ],
    [
      'an attribution between commas inside the clause',
      'Senator Ann Lee spoke. Still, she said, officials have to decide who gets extra scrutiny.',
      ['Ann Lee | said | Still, she said, officials have to decide who gets extra scrutiny'],
    ],
    [
      'an aside whose subject is an unresolved "they"',
      'The skaters found support in their group. Riding alone as a woman in a male-dominated park, they said, can be hazardous.',
      ['they | said | Riding alone as a woman in a male-dominated park, they said, can be hazardous'],
    ],
    [
      'an aside whose subject is a description',
      'Six months ago, the independent Vermont senator said, the media considered him a fringe candidate.',
      [
        'the independent Vermont senator | said | Six months ago, the independent Vermont senator said, the media considered him a fringe candidate',
      ],
    ],
    [
      '"they" before a plain verb of saying',
      'Two aides spoke to reporters. They said the campaign ultimately entered into an agreement with L2.',
      ['They | said | the campaign ultimately entered into an agreement with L2'],
    ],
    [
      '"telling" with its audience',
      'Senator Ann Lee lashed out at the plan, telling reporters that it would cost jobs.',
      ['Ann Lee | telling | it would cost jobs'],
    ],
    [
      'a clause that opens with a subordinate one',
      'Senator Ann Lee said that however the governor does on Saturday, his showing will be enough.',
      ['Ann Lee | said | however the governor does on Saturday, his showing will be enough'],
    ],
    [
      'what a poll shows',
      'A new Gallup poll showed his net favorability numbers falling to 44 percent.',
      ['A new Gallup poll | showed | his net favorability numbers falling to 44 percent'],
    ],
    [
      'what a survey found',
      'The survey found that people had increased confidence in their finances.',
      ['The survey | found | people had increased confidence in their finances'],
    ],
    [
      'a promise',
      'Bernie Sanders promised to take bold action should he win the presidency.',
      ['Bernie Sanders | promised | to take bold action should he win the presidency'],
    ],
    [
      'a refusal, up to its comma',
      'When the appeals court refused to reconsider the decision, the governor appealed to the Supreme Court.',
      ['appeals court | refused | to reconsider the decision'],
    ],
    [
      'a quoted phrase the clause goes on from',
      'Vermont Sen. Bernie Sanders says “the wind is at our backs” despite his loss in the Nevada caucuses.',
      ['Bernie Sanders | says | “the wind is at our backs” despite his loss in the Nevada caucuses'],
    ],
    ['a judgement of someone', "Martin O'Malley criticized Sanders and Clinton.", ["Martin O'Malley | criticized | Sanders and Clinton"]],
    [
      'a verb of citing',
      'Donald Trump cited his own endorsements from 88 generals and admirals on Tuesday.',
      ['Donald Trump | cited | his own endorsements from 88 generals and admirals on Tuesday'],
    ],
    [
      'a verb of questioning',
      'Senator Ann Lee questioned the very need for moderators.',
      ['Ann Lee | questioned | the very need for moderators'],
    ],
    [
      'a verb of attack',
      'Senator Ann Lee blasted the American media for being dishonest.',
      ['Ann Lee | blasted | the American media for being dishonest'],
    ],
    [
      'an accusation',
      'Michelle Fields accused Corey Lewandowski of grabbing her at a press conference.',
      ['Michelle Fields | accused | Corey Lewandowski of grabbing her at a press conference'],
    ],
    [
      'a partial quotation inside the clause',
      'Senator Ann Lee warned that the “Washington cartel” is growing nervous.',
      ['Ann Lee | warned | the “Washington cartel” is growing nervous'],
    ],
    ['a belief', 'Analysts think the talks will fail.', ['Analysts | think | the talks will fail']],
    [
      'a belief inside what someone said is part of it',
      'Senator Ann Lee said she thinks the talks will fail.',
      ['Ann Lee | said | she thinks the talks will fail'],
    ],
    [
      'a pronoun for an institution',
      'The foreign ministry issued a note. It said the ambassador had been recalled.',
      ['foreign ministry | said | the ambassador had been recalled'],
    ],
    [
      "a participle after a quotation, the quotation's speaker",
      '“Ryan and Trump should sit down,” Sean Spicer said, adding, “They need to have a good talk.”',
      ['Sean Spicer | said | “Ryan and Trump should sit down”', 'Sean Spicer | adding | “They need to have a good talk.”'],
    ],
    [
      'a participle after a dateline',
      'WASHINGTON — Sen. Bernie Sanders defended his call to raise the minimum wage, saying the gains would outweigh the job losses.',
      ['Bernie Sanders | saying | the gains would outweigh the job losses'],
    ],
    [
      'an inversion after a clause with a noun before its comma',
      'Democrats accused Republicans, and the meeting deteriorated from there, said one GOP source in the room.',
      ['one GOP source | said | Democrats accused Republicans, and the meeting deteriorated from there'],
    ],
    [
      'a participle, not an inversion',
      'Bernie Sanders spoke in Las Vegas. He echoed that promise on Monday, saying he would direct the agency to stop deportations.',
      ['Bernie Sanders | saying | he would direct the agency to stop deportations'],
    ],
    [
      'a longer adverbial, to its "that"',
      'Ted Cruz said at a town hall meeting in Buffalo, New York, that the state is wrong to ban fracking.',
      ['Ted Cruz | said | the state is wrong to ban fracking'],
    ],
    [
      'an adverbial past a possessive, to "that"',
      'Mr. Khan said on NBC’s “Meet the Press” on Sunday that Mr. Trump had shown disrespect to his wife.',
      ['Khan | said | Mr. Trump had shown disrespect to his wife'],
    ],
    [
      'a source past two appositives; the clause after the verb is what was said, no inverted source',
      'Hillary Clinton spoke. But Murshed Zaheed, acting political director of CREDO Action, which organized the letter, said Clinton’s response was undercut.',
      ['Murshed Zaheed | said | Clinton’s response was undercut'],
    ],
    // Where the content ends: what trails it is the writer's or the reporting act's (lib/nlp/attribution/tails.ts).
    [
      '", which" on a noun after the clause: the writer\'s aside',
      'Governor Chris Christie said he would quarantine people over fears of the Zika virus, which is spread primarily by mosquitoes.',
      ['Chris Christie | said | he would quarantine people over fears of the Zika virus'],
    ],
    [
      '", which" on a person\'s illness, after the clause',
      'Don Fowler said he expects Clinton to fully recover from her bout with pneumonia, which forced her to leave a memorial early.',
      ['Don Fowler | said | he expects Clinton to fully recover from her bout with pneumonia'],
    ],
    [
      '", which" in an aside the clause resumes after',
      'Senator Ann Lee said the annual talks, which started a decade ago, remained the best chance to settle differences.',
      ['Ann Lee | said | the annual talks, which started a decade ago, remained the best chance to settle differences'],
    ],
    [
      '", which" on the whole clause stays',
      'Senator Ann Lee said the emails would take longer to be released, which is standard.',
      ['Ann Lee | said | the emails would take longer to be released, which is standard'],
    ],
    [
      "a participle of the speaker's next act",
      'Bernie Sanders told reporters he would not seek a recount, conceding the race to Clinton.',
      ['Bernie Sanders | told | he would not seek a recount'],
    ],
    [
      'a participle of the speaker pointing at something',
      'Donald Trump said things should be wrapped up by Cleveland, referring to the party’s July convention.',
      ['Donald Trump | said | things should be wrapped up by Cleveland'],
    ],
    ['the occasion after an object', 'Jerry Brown criticized Bill Clinton during a debate.', ['Jerry Brown | criticized | Bill Clinton']],
    [
      'the occasion after an object, with its day',
      'Donald Trump criticized Hillary Clinton during a rally Friday in Hartford.',
      ['Donald Trump | criticized | Hillary Clinton'],
    ],
    [
      'the occasion after an object, in a broadcast',
      'Donald Trump explained his reasoning in an appearance on CBS’s Face the Nation.',
      ['Donald Trump | explained | his reasoning'],
    ],
    [
      'a phrase after an object that is no occasion stays',
      'Senator Ann Lee called for more investment in schools.',
      ['Ann Lee | called for | more investment in schools'],
    ],
    [
      'an occasion inside a clause stays',
      'Senator Ann Lee noted any changes at the spring meeting would only be recommendations.',
      ['Ann Lee | noted | any changes at the spring meeting would only be recommendations'],
    ],
    [
      'a plural subject before a bare verb that is also a noun',
      'But experts note that despite the new limits, there are ways around them.',
      ['experts | note | despite the new limits, there are ways around them'],
    ],
  ])('%s', (_name, text, expected) => expect(claims(run(text))).toEqual(expected));

  it.each([
    ['a negation', 'Peskov did not say whether Moscow had fired the missiles.'],
    ['"they" before a verb of belief', 'Voters were polled on Tuesday. They believe the economy is getting worse.'],
    [
      'a second verb in a relative clause',
      'Voters saw a clip in which Donald Trump called himself “very pro-choice” and said he viewed gay rights differently.',
    ],
    ['an intention', 'The delegation threatened to walk out of the talks.'],
    ['recalling, not a belief', 'Karlheinz Schreiber grew angry when he thinks back to how he was treated in Ottawa.'],
    ['weighing, not a belief', 'Analysts think twice before backing such plans.'],
    ['"declined to comment"', 'The Kremlin declined to comment on the reports.'],
    ['a hope that is an intention', 'Senator Ann Lee hopes to win the nomination.'],
    ['no nameable source', 'It was said that the talks had failed.'],
    ['a verb whose object is not speech', 'Senator Lindsey Graham urged Republicans to act on climate change.'],
    ['"continues" with a plain object', 'Donald Trump continues his praise of Vladimir Putin.'],
    ['a party word as an adjective', 'Several traditionally Republican states like Arizona could be in play.'],
    ['"telling" with a request', 'Senator Ann Lee lashed out at the aides, telling them to leave.'],
    ['a person who found something', 'Senator Ann Lee found the report troubling.'],
    ['a document that shows up', 'The report showed up in the mail on Monday.'],
    ['a verb of intention before a place', 'Senator Ann Lee promised to Ohio voters a new plant.'],
    ['a participle of judgement', 'A Turkish religious movement accused of illegally financing travel abroad may have provided money.'],
    ['a time clause after the verb', 'Eric Garner said nothing more before he died.'],
    ['an adverbial past a possessive, with no clause after it', 'Sen. Ted Cruz said on Hugh Hewitt’s radio program on Monday.'],
    [
      'a thing and its name after "called"',
      'The council discussed whether a leader of a Pakistan-based group called Lashkar-e-Taiba belongs on the sanctions list.',
    ],
    ['"adding to" a lead', 'Hillary Clinton won Florida, adding to her run of victories in the South over rival Bernie Sanders.'],
    ['"state" in a title', 'Andrew Rice, a Democrat and former Oklahoma state senator who ran for the U.S. Senate in 2008, was there.'],
    ['"state" as a noun', 'Rand Paul’s Kentucky supporters in the state legislature are endorsing Rubio.'],
    [
      '"report" as a noun after a name',
      'The 30-second spot features a New York Times report from over the weekend that Trump may have paid no tax.',
    ],
    ['"report" as a noun', 'His campaign had misinterpreted a CNN report that Carson would not be continuing on to New Hampshire.'],
    [
      'a plural noun a verb follows',
      'Voters in Illinois and Ohio, Rust Belt states that have suffered from the loss of manufacturing jobs, went to the polls.',
    ],
    [
      '"according to" whose relative clause no comma closes',
      'According to officials who asked not to be named the deal could be signed next week.',
    ],
  ])('invents nothing from %s', (_name, text) => expect(claims(run(text))).toEqual([]));
});

describe('"according to", relays and nominal cues', () => {
  it.each([
    [
      'at the end',
      'Over 20 people died in the attack, according to Russian media.',
      ['Russian media | according to | Over 20 people died in the attack'],
    ],
    [
      'at the start',
      'According to the coastguard, there were 14 confrontations.',
      ['coastguard | According to | there were 14 confrontations'],
    ],
    [
      'a document',
      'Trump beats Clinton by four points, according to the poll.',
      ['the poll | according to | Trump beats Clinton by four points'],
    ],
    [
      'any noun phrase',
      'The plane had two couches and 11 single seats, according to F.A.A. records.',
      ['F.A.A. records | according to | The plane had two couches and 11 single seats'],
    ],
    [
      'a long one at the start',
      'According to early results of exit polls conducted for the Associated Press, about 4 in 10 are angry.',
      ['early results of exit polls conducted for the Associated Press | According to | about 4 in 10 are angry'],
    ],
    [
      'a longer one with no verb of its own',
      'According to early results of exit polls conducted by Edison Research for the Associated Press and television networks, about 4 in 10 are angry.',
      [
        'early results of exit polls conducted by Edison Research for the Associated Press and television networks | According to | about 4 in 10 are angry',
      ],
    ],
    [
      'inside the sentence, after a fronted phrase',
      'Since last November, according to Human Rights Watch, state security forces have killed more than 40 people.',
      [
        'Human Rights Watch | according to | Since last November, according to Human Rights Watch, state security forces have killed more than 40 people',
      ],
    ],
    [
      'inside the sentence, after a word that opens the clause',
      'Donald Trump spoke. Trump skipped the debate because, according to Trump, the media would call him a chicken.',
      ['Donald Trump | according to | the media would call him a chicken'],
    ],
    [
      "at the start, past the source's own phrase",
      'According to Jack Kelly, writing for RealClearPolitics, the inquiry was the FBI’s top priority.',
      ['Jack Kelly | According to | the inquiry was the FBI’s top priority'],
    ],
    [
      'at the start, past a relative clause on the source',
      'According to a senior U.S. official who briefed reporters on condition of anonymity, the strike killed three militants.',
      ['a senior U.S. official | According to | the strike killed three militants'],
    ],
    [
      'at the start, past a relative clause between commas',
      'According to two officials, who spoke on condition of anonymity because they were not authorized to discuss the matter, the president will sign the order on Friday.',
      ['two officials | According to | the president will sign the order on Friday'],
    ],
    [
      "at the start, past a document's relative clause",
      'According to the report, which was released on Tuesday, unemployment rose by two percent.',
      ['the report | According to | unemployment rose by two percent'],
    ],
    [
      "at the start, past the source's role",
      'According to John Smith, a spokesman for the ministry, the talks will resume on Monday.',
      ['John Smith | According to | the talks will resume on Monday'],
    ],
    [
      'at the start, a subject in apposition kept in the clause',
      'According to Smith, the minister, a former banker, will resign.',
      ['Smith | According to | the minister, a former banker, will resign'],
    ],
    [
      'at the start, past a relative clause, a subject in apposition kept',
      'According to officials, who spoke on condition of anonymity, the president, a former banker, will resign.',
      ['officials | According to | the president, a former banker, will resign'],
    ],
    [
      'a nominal cue',
      'Moscow declined to comment on claims made by the US and Ukraine that it had fired North Korean missiles.',
      ['United States | claims | it had fired North Korean missiles'],
    ],
  ])('%s', (_name, text, expected) => expect(claims(run(text))).toEqual(expected));

  // sources/index.ts coordinatedEnd: an item after a comma is more of the source only in a list an "and" closes.
  it.each([
    [
      'a name after the comma is what is said',
      'Alan Shearer played. According to the BBC, Shearer is happy with his role as a pundit.',
      'BBC | According to | Shearer is happy with his role as a pundit',
      'the BBC',
    ],
    [
      "a speaker's appositive is not a second source",
      '“We will fight,” said Josh Earnest, the White House press secretary.',
      'Josh Earnest | said | “We will fight”',
      'Josh Earnest',
    ],
    [
      'a list closed by "and" is one source',
      'According to Russia, France and Germany, the talks failed.',
      'Russia | According to | the talks failed',
      'Russia, France and Germany',
    ],
  ])('reads the source as written: %s', (_what, text, claim, source) => {
    const a = run(text);
    expect(claims(a)).toEqual([claim]);
    expect(a.attributions[0]!.source?.text).toBe(source);
  });

  it('makes "according to" after a claim its relay, not a second claim', () => {
    const a = run('Later, a senior Ukrainian official confirmed the report according to Reuters.');
    expect(claims(a)).toEqual(['a senior Ukrainian official | confirmed | the report']);
    expect(a.attributions[0]!.relay).toMatchObject({ speaker: 'Reuters', sourceType: 'media', source: { text: 'Reuters' } });
    expect(a.attributions[0]!.sourceType).toBe('anonymous');
  });

  it('makes ", Reuters reported" after a claim its relay', () => {
    const a = run('The Kremlin said on Tuesday that Moscow and Washington disagreed, Reuters reported.');
    expect(claims(a)).toEqual(['Kremlin | said | Moscow and Washington disagreed']);
    expect(a.attributions[0]!.relay?.speaker).toBe('Reuters');
  });
});

describe('"added" and "posted" that count, not say (claims.ts isTally)', () => {
  it.each([
    ['points', 'Carmelo Anthony added 30 points and eight rebounds for the Nuggets.'],
    ['a goal and an assist', 'Mark Streit added a goal and an assist for Montreal.'],
    ['a number and a clause after "and"', 'Nate Burleson added six grabs for 64 yards and can be dangerous in the open field.'],
    ['points posted and added', 'Brad Miller posted 20 points and six assists, Beno Udrih added 17 points.'],
    ['a goal posted', 'David Perron posted a goal and an assist and Erik Johnson collected three helpers.'],
    ['wickets claimed', 'Andrew Symonds claimed two wickets with his first four balls.'],
    ['a victory claimed', 'Bernie Sanders won Vermont on Tuesday, claiming his third victory in the string of contests.'],
  ])('reads no claim in %s', (_what, text) => {
    expect(claims(run(text))).toEqual([]);
  });

  it.each([['Though none of the hundreds of people at the funeral reception could say he had a single drink, the police charged him.']])(
    'reads no claim after a modal of possibility: %s',
    (text) => {
      expect(claims(run(text))).toEqual([]);
    },
  );

  it('reads "May said" as a name, not a modal', () => {
    expect(claims(run('British Prime Minister Theresa May said the country would leave by March.'))).toEqual([
      'Theresa May | said | the country would leave by March',
    ]);
  });

  it('still reads a clause that opens with "his"', () => {
    expect(claims(run('Freddy Trump told the story, claiming his father, the son of German immigrants, was Swedish.'))).toEqual([
      'Freddy Trump | claiming | his father, the son of German immigrants, was Swedish',
    ]);
  });

  it('reads no claim whose content opens with "and": the rest of its source', () => {
    expect(claims(run('According to label sources and pirate network tracking firms, fans downloaded the album.'))).not.toContainEqual(
      expect.stringMatching(/\| and /),
    );
  });

  it('still reads a clause that opens with a number', () => {
    expect(claims(run('Officials added 12 people were hurt in the blast.'))).toEqual([
      'Officials | added | 12 people were hurt in the blast',
    ]);
  });
});

describe('", who" after a place (sources/index.ts personBeforeAppositive)', () => {
  it.each([
    [
      'a town in his appositive',
      '“I will vote for Bernie,” said Nicky Driscoll, 24, from Manchester, who said Sanders is best suited to win.',
      'Nicky Driscoll',
    ],
    [
      'a region that is no known place',
      'The plan was derided by Armin Laschet, the leader of the opposition in North-Rhine Westphalia, who suggested that the minister had failed.',
      'Armin Laschet',
    ],
  ])('gives the clause to the person, not the place: %s', (_what, text, speaker) => {
    const a = run(text);
    const who = a.attributions.find((x) => x.source?.text === 'who');
    expect(who?.speaker).toBe(speaker);
    expect(a.entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual([speaker]);
  });

  it.each([
    ['Sarkozy defended French policies towards Lebanon, Syria and Algeria, reiterating he wanted to help developing states.'],
    ["One paper faults Washington's timing, saying the current leaders are both weak."],
  ])('reads no ", saying" of a place the subject acts on: %s', (text) => {
    expect(claims(run(text))).toEqual([]);
  });

  it('still reads a place that opens its sentence as its government', () => {
    expect(claims(run('Russia warned on Monday that sanctions would fail, saying they hurt trade.'))).toContain(
      'Russia | saying | they hurt trade',
    );
  });

  it('reads no claim where no person stands before the place', () => {
    expect(claims(run('The storm moved on to Manchester, who said it would recover.'))).toEqual([]);
  });
});

describe('a body named after its place, and an audience before a colon', () => {
  it.each([
    [
      'a place that opens a longer name',
      "Barton was released, according to the Los Angeles Sheriff's Department.",
      "the Los Angeles Sheriff's Department",
      'institution',
    ],
    [
      'a place and a body the rules know',
      'Turnout was higher, according to the Florida Department of State.',
      'the Florida Department of State',
      'institution',
    ],
    [
      'a person the body describes',
      '“This is the secret weapon,” said South Carolina Democratic Party Chairman Jaime Harrison.',
      'South Carolina Democratic Party Chairman Jaime Harrison',
      'named-person',
    ],
    ['a place alone', 'Talks stalled, according to Russia.', 'Russia', 'institution'],
  ])('reads the source whole: %s', (_what, text, source, type) => {
    const a = run(text);
    expect(a.attributions.map((x) => [x.source?.text, x.sourceType])).toEqual([[source, type]]);
  });

  it.each([
    ['told The Pretoria News: “…”', 'John Smit told The Pretoria News: "The guy wants what is best for the Springboks."'],
    [
      'told the Manchester Evening News: “…”',
      'City spokesman Paul Tyrrell told the Manchester Evening News: "The guy wants what is best for the Springboks."',
    ],
  ])('gives the quotation after a named audience: %s', (_what, text) => {
    expect(run(text).attributions.map((x) => [x.cue.text, x.content.text, x.direct])).toEqual([
      ['told', 'The guy wants what is best for the Springboks.', true],
    ]);
  });

  it('reads "that SUBJECT “…”" as the whole clause, subject and all', () => {
    expect(claims(run('Russia insisted that Pyongyang "stop its dangerous escapades."'))).toEqual([
      'Russia | insisted | Pyongyang "stop its dangerous escapades',
    ]);
  });
});

describe('a dateline before the first sentence (dateline.ts)', () => {
  it.each([
    [
      'a city and its country',
      'BANGKOK, Thailand - Princess Galyani Vadhana died on Wednesday, the royal palace announced.',
      'royal palace | announced | Princess Galyani Vadhana died on Wednesday',
    ],
    [
      'a city and its agency',
      'LOS ANGELES (Reuters) - The Weinstein Co. will cut 10 jobs, a company spokesman said on Friday.',
      'a company spokesman | said | The Weinstein Co. will cut 10 jobs',
    ],
    [
      'a dash with no space',
      'KABUL, Afghanistan—A roadside bomb killed a soldier, officials said.',
      'officials | said | A roadside bomb killed a soldier',
    ],
    [
      'a state abbreviated',
      'BLAIRSVILLE, Ga. - The search resumed at dawn, investigators said.',
      'investigators | said | The search resumed at dawn',
    ],
    ['"ST." in the place', 'ST. LOUIS ― A man was shot twice, police said.', 'police | said | A man was shot twice'],
    ['a known place in mixed case', 'Washington (AFP) – The deal is dead, officials said.', 'officials | said | The deal is dead'],
  ])('is no part of what is said: %s', (_what, text, expected) => {
    expect(claims(run(text))).toEqual([expected]);
  });

  it.each([
    [
      'a body in capitals that the sentence is about',
      'NATO - the alliance of 32 - will grow, officials said.',
      'officials | said | NATO - the alliance of 32 - will grow',
    ],
    [
      'words in capitals before a dash and a lower-case word',
      'WARNING - heavy rain will fall tonight, officials said.',
      'officials | said | WARNING - heavy rain will fall tonight',
    ],
    [
      'a dateline inside the paragraph',
      'It rained. LONDON - The rain stopped, officials said.',
      'officials | said | LONDON - The rain stopped',
    ],
  ])('is not read where there is none: %s', (_what, text, expected) => {
    expect(claims(run(text))).toEqual([expected]);
  });

  it('is stepped over to find the subject of a participle', () => {
    const text =
      'DECATUR, Ill. — Sen. Ted Cruz (R-Texas) weighed in on allegations against the campaign manager, who allegedly assaulted a reporter last week, calling the behavior a “fireable offense.”';
    expect(claims(run(text))).toEqual(['Ted Cruz | calling | the behavior a “fireable offense.”']);
  });
});

describe('source types and pronouns', () => {
  it.each([
    ['Chinese state media said the visit went well.', 'Chinese state media', 'media'],
    ['Police said two people were arrested.', 'Police', 'institution'],
    ['Two diplomats said the talks had stalled.', 'Two diplomats', 'anonymous'],
    ['The ministry issued a statement. The statement said the talks had stalled.', 'The statement', 'document'],
  ])('types "%s"', (text, source, type) => {
    const [a] = run(text).attributions;
    expect([a?.source?.text, a?.sourceType]).toEqual([source, type]);
  });

  it('types each source and resolves pronouns to the right earlier person', () => {
    const a = run(
      'Foreign Minister Elena Marsh met the envoy. “We have narrowed the gaps,” she said.\n\n' +
        'A senior official said the quota was settled. The Kremlin said it would respond. Reuters reported that the talks had stalled.',
    );
    expect(a.attributions.map((x) => [x.source?.text, x.speaker, x.sourceType])).toEqual([
      ['she', 'Elena Marsh', 'named-person'],
      ['A senior official', 'a senior official', 'anonymous'],
      ['The Kremlin', 'Kremlin', 'institution'],
      ['Reuters', 'Reuters', 'media'],
    ]);
  });
});

// Wrong sources and contents seen on unlabelled L3S-GN1 pages, each fixed where it arose.
describe('sources and contents as news writes them', () => {
  it.each([
    [
      'an audience with a possessive before a colon (direct.ts)',
      'Chief executive Mark Ashton told the club\'s official website: "Fulham have made a bid for Marlon King."',
      ['Mark Ashton | told | “Fulham have made a bid for Marlon King.”'],
      'Chief executive Mark Ashton',
    ],
    [
      'a subordinator before an unnamed source (words.ts FUNCTION_WORDS)',
      'Zardari flew in before the bomb went off, although officials said he was far away from the blast.',
      ['officials | said | he was far away from the blast'],
      'officials',
    ],
    [
      'a compound head: "a press release", not "a press" (sources/index.ts startingAt)',
      'A traffic officer spotted the vehicle east of the exit, according to a press release from the Burnaby RCMP.',
      ['Burnaby RCMP | according to | A traffic officer spotted the vehicle east of the exit'],
      'a press release from the Burnaby RCMP',
    ],
    [
      'a compound head: "a State Department spokesman"',
      'The information was contained in 22 emails, according to a State Department spokesman.',
      ['a State Department spokesman | according to | The information was contained in 22 emails'],
      'a State Department spokesman',
    ],
    [
      'a noun of speech before the verb (direct.ts)',
      '"It was determined that she was an unlicensed driver," the official report said.',
      ['the official report | said | “It was determined that she was an unlicensed driver”'],
      'the official report',
    ],
    [
      'a fronted source with a phrase of its own (according.ts asideEnd)',
      "According to a statement by a spokesman for Lionel Richie's daughter, Nicole and Madden named their daughter Harlow.",
      ['a statement | According to | Nicole and Madden named their daughter Harlow'],
      'a statement',
    ],
    [
      'a fronted source with a place of its own',
      'According to police in Baghdad, the bomb killed five people.',
      ['police | According to | the bomb killed five people'],
      'police',
    ],
    [
      'an unnamed source with the body it belongs to (sources/index.ts ofNamedBody)',
      'The child is in foster care in Bogota, according to the head of the Colombian Family Welfare Institute.',
      ['the head of the Colombian Family Welfare Institute | according to | The child is in foster care in Bogota'],
      'the head of the Colombian Family Welfare Institute',
    ],
    [
      "a fronted source's abbreviation (according.ts asideEnd)",
      'According to the Association of Zoos & Aquariums (AZA), the walls around a tiger exhibit should be at least 16.4ft high.',
      ['the Association of Zoos & Aquariums | According to | the walls around a tiger exhibit should be at least 16.4ft high'],
      'the Association of Zoos & Aquariums',
    ],
  ])('%s', (_what, text, expected, source) => {
    const a = run(text);
    expect(claims(a)).toEqual(expected);
    expect(a.attributions[0]!.source?.text).toBe(source);
  });

  it.each([
    [
      '"denied" someone a thing (reported.ts deniesSomeone)',
      'A timely intervention by Danny Collins denied Kevin Davies a free shot at goal.',
    ],
    ['"denied" him bail', 'The judge, Mary Hart, denied him bail on Tuesday.'],
    ['"answered back with" a goal', 'Edmonton answered back with 6:42 remaining when the blast beat Leclaire.'],
  ])('takes no claim from %s', (_what, text) => {
    expect(claims(run(text))).toEqual([]);
  });

  it.each([
    [
      'a score "added" before a clause of its own (claims.ts isTally)',
      'At Chicago, Dustin Brown added the overtime game winner as Los Angeles rallied to beat the Blackhawks.',
    ],
    [
      'a subject in a phrase of "by" (around-cue.ts)',
      'The attack by Labor Minister Mervyn Silva, who has been accused of threatening reporters, underscored accusations about corruption.',
    ],
    [
      'a noun before the head of a source (reported.ts isNounCue)',
      'While US state officials shape public opinion to the view that Iran is a threat, the reality is different.',
    ],
    [
      'a belief in a thing, no clause',
      'It is the brash confidence everybody expects from Martz, and Mike Nolan believes every word of it.',
    ],
    [
      'a state of emergency declared',
      'President Mikheil Saakashvili spoke on Monday. He declared a nine-day state of emergency after police beat protesters.',
    ],
    ['a disaster area declared', 'President Bush declared part of northern Nevada a national disaster area Tuesday.'],
    ['an election called', 'Saakashvili called the election a year early to try to defuse the crisis that erupted in November.'],
    [
      '"charged" someone with a crime',
      'ACT police have charged a Sydney man with manslaughter after he allegedly ran over his girlfriend.',
    ],
  ])('takes no claim from %s', (_what, text) => {
    expect(claims(run(text))).toEqual([]);
  });

  it.each([
    [
      '"added that" and a clause',
      'Megan Greene is chief economist at Manulife. Greene added that the Fed very much wants to get out of the way before the election.',
      'Megan Greene | added | the Fed very much wants to get out of the way before the election',
    ],
    [
      'a clause before "he added"',
      'Minister Raja Singh spoke in Delhi on Monday. The insurance scheme, valid to all mobile subscribers, has been launched in association with Bajaj Allianz, he added.',
      'Raja Singh | added | The insurance scheme, valid to all mobile subscribers, has been launched in association with Bajaj Allianz',
    ],
    [
      '"of" before a body named in full',
      'The Republic of Turkey denies that the crime was a genocide.',
      'Turkey | denies | the crime was a genocide',
    ],
    [
      'a verb after a plural subject',
      'U.S. commanders say militants are still dispatching suicide bombers.',
      'U.S. commanders | say | militants are still dispatching suicide bombers',
    ],
    [
      'a belief with a clause in quotation marks',
      'Donald Trump will not sue. He said, however, that he hopes “somebody else takes up the cause” against Cruz.',
      'Donald Trump | hopes | “somebody else takes up the cause” against Cruz',
    ],
    [
      'an audience with its medium after its name (reported.ts skipAudience)',
      'Spears was in hospital. Two family friends told People magazine Spears had not been formally diagnosed.',
      'Two family friends | told | Spears had not been formally diagnosed',
    ],
    [
      'a word quoted inside the clause (direct.ts)',
      'Roy Hodgson is the boss. And Hodgson claims "persuasive" Harrods owner Al Fayed will pay what it takes to keep Fulham up.',
      'Roy Hodgson | claims | "persuasive" Harrods owner Al Fayed will pay what it takes to keep Fulham up',
    ],
    [
      '"charged that"',
      'Prosecutors charged that the company had hidden its losses.',
      'Prosecutors | charged | the company had hidden its losses',
    ],
    [
      'a place inside the descriptor',
      '"People are proud of him," said former Manhattan Borough President Percy Sutton.',
      'Percy Sutton | said | “People are proud of him”',
    ],
  ])('still reads %s', (_what, text, claim) => {
    expect(claims(run(text))).toEqual([claim]);
  });

  it('does not take a source from a phrase of "by" ("a memo seen by Reuters said")', () => {
    const a = run(
      'Sheila Bair headed the agency. A redacted copy of the memo seen by Reuters said investigators were unable to determine which files had been taken.',
    );
    expect(a.attributions.map((c) => c.speaker)).not.toContain('Reuters');
  });

  it.each([
    [
      '"here" after the verb (clause.ts skipAdverbials)',
      'By 2010 India will have a missile defence system to intercept ballistic missiles, a top defence official said here Monday.',
      'a top defence official | said | By 2010 India will have a missile defence system to intercept ballistic missiles',
    ],
    [
      'an adverb before "that" (subject-phrase.ts, reported.ts)',
      'The Serena hotel said separately that two guests and two staff were killed.',
      'The Serena hotel | said | two guests and two staff were killed',
    ],
    [
      'an adverb before "that" after a named source (reported.ts)',
      'Bernie Sanders spoke in Ohio. Sanders said repeatedly that he plans to support the Democratic nominee.',
      'Bernie Sanders | said | he plans to support the Democratic nominee',
    ],
    [
      'a sentence adverb before an unnamed source (words.ts FUNCTION_WORDS)',
      'However EMI representatives denied the agreement affects the band.',
      'EMI representatives | denied | the agreement affects the band',
    ],
    [
      'a dateline of a place the lexicon does not know, dated (dateline.ts)',
      'Visakhapatnam, Jan 7 - By 2010 India will have an indigenous missile defence system, a top defence official said.',
      'a top defence official | said | By 2010 India will have an indigenous missile defence system',
    ],
    [
      'a dateline with a date, an agency and two dashes',
      'WUHAN, Jan. 11 (Xinhua) -- An urban management official has been sacked, officials said.',
      'officials | said | An urban management official has been sacked',
    ],
  ])('reads the content past %s', (_what, text, claim) => {
    expect(claims(run(text))).toEqual([claim]);
  });

  it.each([
    [
      '"That\'s according to …" (according.ts pointsBack)',
      "The group works hard for its members. That's according to an independent watchdog group.",
    ],
    [
      'a possessor opening the sentence as the subject of ", saying" (reported.ts)',
      'PARIS, Aug 31 (Reuters) - France’s far-right National Front party leader, Marine Le Pen, voiced support for Donald Trump on Wednesday, saying his rival would bring war to the world.',
    ],
  ])('takes no wrong source from %s', (_what, text) => {
    const a = run(text);
    expect(a.attributions.filter((c) => c.content.text === "That's" || c.speaker === 'France')).toEqual([]);
  });

  it('takes the speaker of ", noting" past a possessor opening the sentence (reported.ts)', () => {
    const a = run(
      'French President Francois Hollande attacked Donald Trump. Trump’s “excesses” are sickening, Hollande said Tuesday in Paris, noting the Republican nominee “makes you want to retch.”',
    );
    expect(a.attributions.filter((c) => c.cue.text === 'noting').map((c) => c.speaker)).toEqual(['Francois Hollande']);
  });

  it('reads "sources, with knowledge of …, said" as the sources\' claim, not an inversion (around-cue.ts)', () => {
    const a = run(
      "The adviser cleared him. However sources, with the knowledge of the independent adviser's report, said the University of Waterloo president was not as clear cut as he could have been.",
    );
    expect(claims(a)).toEqual(['sources | said | the University of Waterloo president was not as clear cut as he could have been']);
  });

  it('still reads "declared that"', () => {
    expect(claims(run('The minister declared that the war was over.'))).toEqual(['The minister | declared | the war was over']);
  });

  it('still reads a denial', () => {
    expect(claims(run('Senator Jones denied that he had taken any money from the group.'))).toEqual([
      'Jones | denied | he had taken any money from the group',
    ]);
  });

  it('reads ", citing …" after a claim as what the claim rests on, not a claim (reported.ts)', () => {
    const a = run('The White House announced last week that Russia had launched several strikes, citing recently released intelligence.');
    expect(claims(a)).toEqual(['White House | announced | Russia had launched several strikes']);
  });

  it('gives a question no source whose verb reports a clause of its own (direct.ts)', () => {
    const a = run(
      '"What happens when millions of dollars go after Trump?" Some party strategists said none of the attempts to trip up Trump will work unless Rubio steps up.',
    );
    expect(claims(a)).toEqual(['Some party strategists | said | none of the attempts to trip up Trump will work unless Rubio steps up']);
  });
});
