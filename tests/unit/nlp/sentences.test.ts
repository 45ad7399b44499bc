import { describe, expect, test } from 'vitest';
import { getLexicon } from '../../../lib/nlp/lexicon';
import { tokenize } from '../../../lib/nlp/tokenize';

const lex = getLexicon();
const sentencesOf = (text: string) => {
  const doc = tokenize(text, (w) => lex.abbreviations.has(w.toLowerCase()));
  return doc.sentences.map((s) => text.slice(s.start, s.stop));
};

// Sentences written in the style of wire copy; each case names the trap it sets.
describe('splitSentences', () => {
  test.each([
    ['acronym inside', 'Officers of the U.S. Army met on Friday.', ['Officers of the U.S. Army met on Friday.']],
    [
      'acronym at the end',
      'The envoy flew back to the U.S. The talks resume next week.',
      ['The envoy flew back to the U.S.', 'The talks resume next week.'],
    ],
    ['acronym before a name', 'U.S. Rep. John Lewis spoke first.', ['U.S. Rep. John Lewis spoke first.']],
    ['month and day', 'The vote was held on Jan. 5 in Ottawa.', ['The vote was held on Jan. 5 in Ottawa.']],
    ['generational suffix inside', 'Martin Luther King Jr. said it best.', ['Martin Luther King Jr. said it best.']],
    [
      'generational suffix at the end',
      'The prize went to Harold Ford Jr. He accepted it in person.',
      ['The prize went to Harold Ford Jr.', 'He accepted it in person.'],
    ],
    [
      'rank before a name',
      'Gen. David Petraeus told senators the surge had worked.',
      ['Gen. David Petraeus told senators the surge had worked.'],
    ],
    ['number sign', 'He is the No. 2 official at the ministry.', ['He is the No. 2 official at the ministry.']],
    ['clock time inside', 'The polls close at 8 p.m. Eastern time.', ['The polls close at 8 p.m. Eastern time.']],
    [
      'clock time at the end',
      'The blast happened at 9 a.m. It shook the whole block.',
      ['The blast happened at 9 a.m.', 'It shook the whole block.'],
    ],
    ['saint', 'She grew up in St. Louis before moving east.', ['She grew up in St. Louis before moving east.']],
    ['company inside', 'Acme Corp. shares fell 3 percent.', ['Acme Corp. shares fell 3 percent.']],
    [
      'company at the end',
      'The deal was signed with Globex Inc. The price was not disclosed.',
      ['The deal was signed with Globex Inc.', 'The price was not disclosed.'],
    ],
    [
      'company before a quote',
      'He sold the plant to Initech Corp. "The price was fair," he said.',
      ['He sold the plant to Initech Corp.', '"The price was fair," he said.'],
    ],
    [
      'decimal number',
      'Inflation rose 2.5 percent in May. Prices fell in June.',
      ['Inflation rose 2.5 percent in May.', 'Prices fell in June.'],
    ],
    ['calibre', 'Police found a .45-caliber pistol in the car.', ['Police found a .45-caliber pistol in the car.']],
    ['ellipsis inside', 'He said the plan was ... not ready.', ['He said the plan was ... not ready.']],
    ['ellipsis at the end', 'We will see... The rest is up to them.', ['We will see...', 'The rest is up to them.']],
    ['quote closing after the stop', '"We are ready." The minister left.', ['"We are ready."', 'The minister left.']],
    ['straight quote opening the next', 'He left early. "We will be back," he said.', ['He left early.', '"We will be back," he said.']],
    ['question inside a quote', '"Why now?" she asked.', ['"Why now?" she asked.']],
    [
      'missing space after the stop',
      'The premier is Dalton McGuinty.Had he known, he would have acted.',
      ['The premier is Dalton McGuinty.', 'Had he known, he would have acted.'],
    ],
    ['web address', 'Tickets are sold on Amazon.com and elsewhere.', ['Tickets are sold on Amazon.com and elsewhere.']],
    ['initial in a name', 'John F. Kennedy was elected in 1960.', ['John F. Kennedy was elected in 1960.']],
    [
      'state abbreviation',
      'He lives in Springfield, Ill. The town voted for him.',
      ['He lives in Springfield, Ill.', 'The town voted for him.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  test('a glued full stop becomes its own token; other offsets are unchanged', () => {
    const text = 'Dalton McGuinty.Had he known';
    const doc = tokenize(text);
    expect(doc.tokens.map((t) => t.text)).toEqual(['Dalton', 'McGuinty', '.', 'Had', 'he', 'known']);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
