/** Sources as reporters write them: offices with long names, bodies, unnamed people, and outlets that are told. */
import { describe, expect, it } from 'vitest';
import { run } from '../../helpers/nlp';

/** The first claim as "source as written (type) | content". */
function first(text: string): string | null {
  const a = run(text).attributions[0];
  return a ? `${a.source?.text} (${a.sourceType}) | ${a.content.text}` : null;
}

describe('sources as written', () => {
  it.each([
    [
      'an office with a long name',
      "The U.S. Attorney's Office for the Western District of New York said in a statement that the man had been charged.",
      "The U.S. Attorney's Office for the Western District of New York (institution) | the man had been charged",
    ],
    [
      'a prosecutor’s office',
      "The prosecutor's office said the suspect would appear in court on Monday.",
      "The prosecutor's office (institution) | the suspect would appear in court on Monday",
    ],
    [
      'a military',
      'The US military said two soldiers were wounded in the attack.',
      'The US military (institution) | two soldiers were wounded in the attack',
    ],
    [
      'a spokesman for a body',
      'A spokesman for the agency said the ship had been refloated.',
      'A spokesman for the agency (anonymous) | the ship had been refloated',
    ],
    [
      'a spokeswoman for an embassy in a city',
      'A spokeswoman for the US embassy in Baghdad told Reuters the new law showed progress.',
      'A spokeswoman for the US embassy in Baghdad (anonymous) | the new law showed progress',
    ],
    [
      'officials somewhere',
      'Ruling coalition officials in Johor insisted they want Chua to defend his seat.',
      'Ruling coalition officials in Johor (anonymous) | they want Chua to defend his seat',
    ],
    [
      'a panel',
      'A two-member agency panel said the extra cost was not an undue burden.',
      'A two-member agency panel (institution) | the extra cost was not an undue burden',
    ],
    [
      'an official who asked not to be named',
      'A senior official, who spoke on condition of anonymity, said the talks had stalled.',
      'A senior official, who spoke on condition of anonymity (anonymous) | the talks had stalled',
    ],
    [
      'a person behind a descriptor naming a place',
      'Lahore police chief Malik Iqbal told AFP the attack killed 22 policemen.',
      'Lahore police chief Malik Iqbal (named-person) | the attack killed 22 policemen',
    ],
    [
      'a person a place owns, after the cue',
      '"I\'m not worried about the type of form," said Manitoba\'s Gary Doer.',
      "Manitoba's Gary Doer (named-person) | I'm not worried about the type of form",
    ],
    [
      'a person of a country, with a role',
      '"We will see," said Iraq\'s defense minister Abdul-Qader al-Obeidi.',
      "Iraq's defense minister Abdul-Qader al-Obeidi (named-person) | We will see",
    ],
    [
      'a correspondent in a capital',
      "The BBC's Humphrey Hawksley in Baghdad says the legislation is seen as an attempt to end the sectarian divide.",
      'Humphrey Hawksley in Baghdad (named-person) | the legislation is seen as an attempt to end the sectarian divide',
    ],
    [
      'a person of a province',
      'Gary Doer of Manitoba said the meeting went well.',
      'Gary Doer of Manitoba (named-person) | the meeting went well',
    ],
    [
      'a description named in an appositive',
      '"There was no physical evidence," the director, Nicholas Cowdery, said.',
      'the director, Nicholas Cowdery (named-person) | There was no physical evidence',
    ],
    [
      'a spokesman named in an appositive',
      '"We are leaving," said the group\'s spokesman, Ali Khan.',
      "the group's spokesman, Ali Khan (named-person) | We are leaving",
    ],
    [
      'a letter from its author',
      '"This constitutes an invasion of our client\'s rights," says the letter from the law firm Walsh, Wilkins, Creighton.',
      "the letter from the law firm Walsh, Wilkins, Creighton (institution) | This constitutes an invasion of our client's rights",
    ],
    [
      'a statement from a ministry',
      '"We object," said a statement from the Foreign Ministry.',
      'a statement from the Foreign Ministry (institution) | We object',
    ],
  ])('%s', (_name, text, expected) => expect(first(text)).toBe(expected));

  it.each([
    [
      '"the airline" for the airline named last',
      'WestJet said it would wait, echoing Air Canada\'s earlier release. "It is the policy of Air Canada to comply with all laws," said the airline.',
      'Air Canada',
    ],
    ['"the airline" for a compound name', 'The ruling covers WestJet. "We will comply," said the airline.', 'WestJet'],
    [
      '"the transport agency" for the Canadian Transportation Agency',
      'The Canadian Transportation Agency ruled on Thursday. The ruling applies only to the named carriers, but the transport agency said it sets a precedent.',
      'Canadian Transportation Agency',
    ],
    [
      '"the panel" for the panel the article introduced',
      'In a 179-page report, a two-member agency panel concurred. The panel said the extra cost would not constitute undue hardship.',
      'a two-member agency panel',
    ],
    [
      '"it" for the body that spoke, not the object of a preposition',
      'A two-member agency panel ruled. The panel said the extra cost to the airlines would not constitute undue hardship. It said the current practice limits travel.',
      'a two-member agency panel',
    ],
    [
      'a relative clause for the last of two names, not the first',
      'Bush flew to Jerusalem for talks with Olmert and Israeli President Shimon Peres, who cautioned that peace negotiations "may be slow, but the progress can be sweet."',
      'Shimon Peres',
    ],
    [
      'an aide to someone, not the one he serves',
      'A senior aide to Prime Minister Nouri al-Maliki said Rice also encouraged the prime minister to press on.',
      'a senior aide to Prime Minister Nouri al-Maliki',
    ],
    [
      'a description with its modifier, not another minister',
      'Rice spoke with Iraqi Foreign Minister Hoshyar Zebari.\n\nIraq\'s defense minister said the country would not be able to assume full responsibility until 2012.\n\n"We will be able to take full control," the minister, Abdul-Qader al-Obeidi, was quoted as saying.',
      'Abdul-Qader al-Obeidi',
    ],
    [
      '"he" for the spokesman who has just spoken',
      'MCA spokeswoman Rosie Tapping spoke. The tugs are towing it to an anchorage off the coast of Deal, a spokesman said.\n\nHe said: "I\'m pleased to say that the removal of the vessel has been a success."',
      'a spokesman',
    ],
    [
      '"he" for one member of a body who has just spoken',
      'A Dover coastguard said it was a mystery why the ship ran aground. He said: "We haven\'t a clue why it ran aground."',
      'a Dover coastguard',
    ],
    [
      '"the speaker" of a recording, and "he" after it',
      '(CNN) -- An audio recording attributed to Osama bin Laden called on Europeans to leave Afghanistan. It mentions British Prime Minister Gordon Brown.\n\nThe speaker also repeats his claim of responsibility for the attacks. He says the Taliban were not at fault.',
      'Osama bin Laden',
    ],
    [
      '"he" in a quotation after "the speaker" of a recording',
      '(CNN) -- An audio recording attributed to Osama bin Laden called on Europeans to leave. It mentions British Prime Minister Gordon Brown.\n\nThe speaker also repeats his claim of responsibility. He says the Taliban were not at fault.\n\n"I assure you that all the Afghans were not aware of our operations," he says.',
      'Osama bin Laden',
    ],
    [
      'an epithet for the subject of the sentence before',
      'Dave Cournoyer bought the domain.\n\nCournoyer says it is ridiculous that the lawyers are seeking a share of the profits.\n\nThe blogger says there was no intention to earn a profit.',
      'Dave Cournoyer',
    ],
    [
      '"our correspondent" for the outlet\'s own journalist',
      "The law was passed on Saturday.\n\nThe BBC's Humphrey Hawksley in Baghdad says the legislation is seen as an attempt to end the divide.\n\nBut it is unclear how many former Baathists will take up the offer, our correspondent adds.",
      'Humphrey Hawksley',
    ],
  ])('resolves %s', (_name, text, speaker) => expect(run(text).attributions.at(-1)?.speaker).toBe(speaker));

  it.each([
    [
      'a place is no epithet of a person',
      'Gov. Maggie Hassan spoke on Friday.\n\nHassan touts her record of leading New Hampshire through growth. The state reported a 2.8 percent unemployment rate in June.',
    ],
    [
      'a headline in capitals is no company',
      'Poll Numbers Jump Post-Democratic Convention.\n\nThe poll also noted that 73 percent of Democrats were satisfied.',
    ],
  ])('resolves to no one: %s', (_name, text) => {
    for (const a of run(text).attributions) expect(a.speaker ?? '').not.toMatch(/Hassan|Convention/);
  });

  it('takes "the Florida senator" for the senator from Florida', () => {
    const a = run(
      'Marco Rubio, a Florida senator, spoke on Friday. Sen. Bernie Sanders spoke too. "It is a difficult issue," said the Florida senator.',
    );
    expect(a.attributions.map((x) => x.speaker)).toEqual(['Marco Rubio']);
  });

  it.each([
    [
      'by a place beside a mention',
      'Sen. Ted Cruz of Texas spoke. Sen. Bernie Sanders spoke too. "He cannot make deals," said the Texas senator.',
      'Ted Cruz',
    ],
    [
      'by the role as written',
      'Senate Democratic Leader Harry M. Reid spoke. Sen. Bernie Sanders spoke too. Reflecting on his career, the Senate Democratic leader said, "I never knew."',
      'Harry M. Reid',
    ],
  ])('takes a description with a name in it for the person it fits: %s', (_name, text, speaker) =>
    expect(run(text).attributions.map((x) => x.speaker)).toEqual([speaker]),
  );

  it('does not take "the Texas senator" for a senator from elsewhere', () => {
    const a = run('Sen. Bernie Sanders spoke on Friday. "He cannot make deals," said the Texas senator.');
    expect(a.attributions.map((x) => x.speaker)).not.toContain('Bernie Sanders');
  });

  it('does not take "Simpson\'s lawyer" for the prosecutor', () => {
    const a = run(
      "Clark County District Attorney David Roger filed the motion. O.J. Simpson was jailed.\n\nSimpson's lawyer denied the allegations that he had tampered with witnesses.",
    );
    expect(a.attributions.map((x) => x.speaker)).not.toContain('David Roger');
  });

  it('leaves an epithet unresolved when the sentence before opened with no one', () => {
    const a = run(
      'Dave Cournoyer bought the domain. The lawyers are seeking a share of the profits.\n\nThe blogger says there was no intention to earn a profit.',
    );
    expect(a.attributions.at(-1)?.speaker).not.toBe('Dave Cournoyer');
  });

  it.each([
    [
      'a surname that is also a country',
      'Rep. Jim Jordan questioned the director. Mills "got an immunity agreement," Jordan said.',
      'Jim Jordan',
    ],
    [
      'a country read as a given name',
      '"We have run into trade frictions," said Chad Bown, an expert on trade. Mr. Bown said Mexico had other tools.',
      'Bown',
    ],
  ])('takes for the person %s', (_name, text, speaker) => expect(run(text).attributions[0]?.speaker).toBe(speaker));

  it.each([
    [
      'with its agency',
      'Washington (AFP) – Democrat Hillary Clinton has taken a swipe at Republican rival Donald Trump, saying that comments do more harm than good.',
      'Hillary Clinton',
    ],
    [
      'in capitals',
      'PARIS — France’s far-right leader Marine Le Pen backed Donald Trump on Wednesday, saying his rival Hillary Clinton would bring war.',
      'Marine Le Pen',
    ],
    ['but a country that acts speaks', 'Russia vetoed the resolution on Friday, saying it was biased.', 'Russia'],
  ])('skips a dateline before the subject of "…, saying": %s', (_name, text, speaker) =>
    expect(run(text).attributions[0]?.speaker).toBe(speaker),
  );

  it('never gives a claim to a place that follows a preposition', () => {
    for (const a of run('Senator from Texas says he cannot allow Clinton to win.').attributions) expect(a.speaker).not.toBe('Texas');
  });

  it('gives "the minister … was quoted as saying" to the minister named beside it', () => {
    const a = run(
      'Rice spoke with Iraqi Foreign Minister Hoshyar Zebari.\n\n"We will be able to take full control," the minister, Abdul-Qader al-Obeidi, was quoted as saying.',
    );
    expect(a.attributions.map((x) => `${x.speaker} | ${x.cue.text}`)).toEqual(['Abdul-Qader al-Obeidi | was quoted as saying']);
  });

  it('leaves "the airline" unnamed where no airline was named', () => {
    expect(run('Airline stocks fell on Monday. "We will comply," said the airline.').attributions.map((a) => a.speaker)).toEqual([
      'airline',
    ]);
  });

  it('takes "the agency" for the agency the article named', () => {
    const a = run(
      'The Canadian Transportation Agency ruled on Thursday. The agency said airlines must not charge disabled travellers for a second seat.',
    );
    expect(a.attributions.map((x) => x.speaker)).toEqual(['Canadian Transportation Agency']);
  });
});

describe('a person named by a role is the person the article gave it', () => {
  it.each([
    [
      'the prosecutor, a district attorney',
      'Clark County District Attorney David Roger filed the motion on Monday. The prosecutor alleges that Simpson broke the terms of his bail.',
      'David Roger',
    ],
    ['the senator, an abbreviated title', 'Sen. Ann Lee spoke on Monday. The senator said the bill would pass.', 'Ann Lee'],
  ])('%s', (_name, text, speaker) => expect(run(text).attributions.map((a) => a.speaker)).toEqual([speaker]));
});

describe('an outlet that is told is never the source', () => {
  it.each([
    ['after a quotation', '"We will fight on," Smith told Business Insider.'],
    ['after a clause', 'The company will cut 300 jobs, told Business Insider.'],
    ['before a clause', 'Mayor Jane Ruiz told CNN the bridge would reopen on Monday.'],
  ])('%s', (_name, text) => {
    for (const a of run(text).attributions) expect(a.sourceType).not.toBe('media');
  });
});

describe('requests are not claims', () => {
  it.each([
    ['asked … to', 'The government asked the two officials to leave the country last week.'],
    ['told … to', 'Mayor Jane Ruiz told residents to stay indoors.'],
    ['a participle with a phrase', 'Karlheinz Schreiber wrote a letter to Mulroney, asking for help with his legal problems.'],
  ])('%s', (_name, text) => expect(run(text).attributions).toEqual([]));
});

describe('a description that speaks states the role of the person it resolves to', () => {
  it.each([
    [
      'more than the appositive says',
      'Rice spoke with Iraqi Foreign Minister Hoshyar Zebari.\n\nIraq\'s defense minister said the country would not be able to assume full responsibility until 2012.\n\n"We will be able to take full control," the minister, Abdul-Qader al-Obeidi, was quoted as saying.',
      'Abdul-Qader al-Obeidi',
      "Iraq's defense minister",
    ],
    [
      'a correspondent',
      "The law was passed on Saturday.\n\nThe BBC's Humphrey Hawksley in Baghdad says the legislation is seen as an attempt to end the divide.\n\nBut it is unclear how many former Baathists will take up the offer, our correspondent adds.",
      'Humphrey Hawksley',
      'correspondent',
    ],
    [
      'but not the voice on a tape',
      '(CNN) -- An audio recording attributed to Osama bin Laden called on Europeans to leave.\n\n"You did not respect the rules of war," the speaker says.',
      'Osama bin Laden',
      null,
    ],
  ])('%s', (_name, text, person, role) => expect(run(text).entities.find((e) => e.name === person)?.role).toBe(role));
});
