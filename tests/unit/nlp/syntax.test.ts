import { describe, expect, test } from 'vitest';
import { Context } from '../../../lib/nlp/context';
import { getLexicon } from '../../../lib/nlp/lexicon';
import { parseSyntax } from '../../../lib/nlp/syntax';
import { tokenize } from '../../../lib/nlp/tokenize';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TagRun, Tagger, type TaggerWeights } from '../../../lib/nlp/syntax/tagger';
import weights from '../../../lib/nlp/syntax/tagger-weights.json';
import { hasShared, readSample, SHARED } from '../../helpers/shared-data';

const POLNEAR_DEV = path.join(SHARED, 'data/polnear/dev/text');

const lex = getLexicon();
const parse = (text: string) => {
  const doc = tokenize(text, (w) => lex.abbreviations.has(w.toLowerCase()));
  const syn = parseSyntax(doc);
  /** The index of the first token reading `word` (its n-th with "word#n"). */
  const at = (word: string) => {
    const [w, n] = word.split('#');
    const hits = doc.tokens.flatMap((t, i) => (t.text === w ? [i] : []));
    const i = hits[Number(n ?? 1) - 1];
    if (i === undefined) throw new Error(`no token "${word}" in: ${text}`);
    return i;
  };
  const span = (a: number, b: number) => (b > a ? text.slice(doc.tokens[a]!.start, doc.tokens[b - 1]!.end) : '');
  return { doc, syn, at, span };
};

// Sentences written in the style of wire copy (none copied from the evaluation data).
describe('part-of-speech tags', () => {
  test.each([
    ['The minister said the plan had failed.', 'said', 'VERB'],
    ['The minister said the plan had failed.', 'had', 'AUX'],
    ['The minister said the plan had failed.', 'plan', 'NOUN'],
    ['Prime Minister Stephen Harper spoke in Ottawa on Tuesday.', 'Harper', 'PROPN'],
    ['Prime Minister Stephen Harper spoke in Ottawa on Tuesday.', 'in', 'ADP'],
    ['The central bank raised interest rates by half a point.', 'central', 'ADJ'],
    ['The central bank raised interest rates by half a point.', 'raised', 'VERB'],
    ['Police arrested 12 people after the protest turned violent.', '12', 'NUM'],
    ['Police arrested 12 people after the protest turned violent.', 'after', 'ADP'],
    ['He said that the company would cut 3,000 jobs.', 'that', 'SCONJ'],
    ['He said that the company would cut 3,000 jobs.', 'would', 'AUX'],
    ['She did not say whether talks would continue.', 'not', 'PART'],
    ['She did not say whether talks would continue.', 'did', 'AUX'],
    ['They have a long record of voting against the bill.', 'have', 'VERB'],
    ['Voters and lawmakers were divided, but the measure passed.', 'and', 'CCONJ'],
    ['Voters and lawmakers were divided, but the measure passed.', 'were', 'AUX'],
    ['The company’s shares fell sharply on Monday.', 'shares', 'NOUN'],
    ['It is unclear when the new rules will take effect.', 'It', 'PRON'],
  ])('%s  [%s]', (text, word, tag) => {
    const { syn, at } = parse(text);
    expect(syn.upos(at(word))).toBe(tag);
  });
});

describe('isFiniteVerb', () => {
  test.each([
    ['The minister said the plan had failed.', 'said', true],
    ['The minister said the plan had failed.', 'had', true],
    ['The minister said the plan had failed.', 'failed', false],
    ['The agency says it will review the decision.', 'says', true],
    ['The agency says it will review the decision.', 'will', true],
    ['The agency says it will review the decision.', 'review', false],
    ['Speaking to reporters, the mayor defended the budget.', 'Speaking', false],
    ['Speaking to reporters, the mayor defended the budget.', 'defended', true],
    ['The senator, who was elected in 2006, didn’t comment.', 'didn’t', true],
    ["Officials said they're reviewing the footage.", "they're", true],
    ['The bill was passed by the Senate last week.', 'passed', false],
  ])('%s  [%s]', (text, word, finite) => {
    const { syn, at } = parse(text);
    expect(syn.isFiniteVerb(at(word))).toBe(finite);
  });
});

// The dictionary's tag is the tagger's tag for its words in any context: a yes here is isFiniteVerb's yes,
// given before the sentence is tagged (the judge counts finite verbs this way first).
describe('isKnownFiniteVerb', () => {
  test.each([
    ['The agency says it will review the decision.', 'will', true],
    ['The senator, who was elected in 2006, didn’t comment.', 'didn’t', true],
    ["Officials said they're reviewing the footage.", "they're", true],
    ['The agency says it will review the decision.', 'review', false],
    ['Speaking to reporters, the mayor defended the budget.', 'Speaking', false],
  ])('%s  [%s]', (text, word, known) => {
    const { syn, at } = parse(text);
    expect(syn.isKnownFiniteVerb(at(word))).toBe(known);
  });

  test('says yes only where isFiniteVerb does, over a whole article', () => {
    const text = readSample('world', 'harbour-talks.html').replace(/<[^>]*>/g, ' ');
    const { doc, syn } = parse(text);
    const known = doc.tokens.map((_, i) => syn.isKnownFiniteVerb(i));
    expect(known.filter(Boolean).length).toBeGreaterThan(20);
    known.forEach((yes, i) => {
      if (yes) expect(syn.isFiniteVerb(i), doc.tokens[i]!.text).toBe(true);
    });
  });
});

describe('noun phrases', () => {
  test.each([
    ['The outgoing U.S. trade envoy said talks would resume.', 'The', {}, 'The outgoing U.S. trade envoy'],
    ['The company’s chief executive declined to comment.', 'The', {}, 'The company’s chief executive'],
    ['A spokesman for the ministry said the report was false.', 'A', {}, 'A spokesman'],
    ['The head of the agency said funding would be cut.', 'The', { of: true }, 'The head of the agency'],
    ['The head of the agency said funding would be cut.', 'The', {}, 'The head'],
    ['He told reporters the deal was done.', 'He', {}, 'He'],
    ['About 200 protesters gathered outside the embassy.', '200', {}, '200 protesters'],
    ['Critics of the proposed pipeline say it threatens water supplies.', 'the', {}, 'the proposed pipeline'],
  ])('starting at "%s" [%s]', (text, first, options, phrase) => {
    const { syn, at, span } = parse(text);
    const i = at(first);
    expect(span(i, syn.nounPhraseEnd(i, options))).toBe(phrase);
  });

  test('no noun phrase starts at a verb', () => {
    const { syn, at } = parse('The minister said the plan had failed.');
    expect(syn.nounPhraseEnd(at('said'))).toBe(at('said'));
  });

  test.each([
    ['Reporters were told by the outgoing U.S. trade envoy that talks would resume.', 'envoy', 'the outgoing U.S. trade envoy'],
    ['The statement was issued by the company’s chief executive on Monday.', 'executive', 'the company’s chief executive'],
    ['Asked about the vote, she declined to comment.', 'she', 'she'],
    ['Police said the two men were arrested late Friday.', 'men', 'the two men'],
    ['The plan was approved, according to three senior officials.', 'officials', 'three senior officials'],
  ])('ending at "%s" [%s]', (text, last, phrase) => {
    const { syn, at, span } = parse(text);
    const j = at(last);
    expect(span(syn.nounPhraseStart(j), j + 1)).toBe(phrase);
  });
});

describe('clauseEnd', () => {
  // The clause starts at the token after `after`; `clause` is its text, `kind` why it ends.
  test.each([
    ['The minister said the plan had failed, arguing that the budget was too small.', 'said', 'the plan had failed', 'participle'],
    ['Smith said the talks would resume, and when pressed he declined to give a date.', 'said', 'the talks would resume', 'subordinate'],
    ['The senator said the bill would pass, while critics said it lacked the votes.', 'said', 'the bill would pass', 'subordinate'],
    [
      'She said sales rose 5 percent in the quarter; analysts had expected more.',
      'said',
      'sales rose 5 percent in the quarter',
      'semicolon',
    ],
    ['The economy will recover next year, the central bank said on Thursday.', 'The', 'economy will recover next year', 'comma-clause'],
    ['Officials said the border would reopen, but they gave no date.', 'said', 'the border would reopen', 'coordinate'],
    ['He said the fire had been contained and residents could return home.', 'said', 'the fire had been contained', 'coordinate'],
    [
      'He said he would order a review of the nation’s defenses and warned against attacks from abroad.',
      'said',
      'he would order a review of the nation’s defenses',
      'verb-phrase',
    ],
    [
      'He said he accepted the science of climate change, which makes him an outlier among his colleagues.',
      'said',
      'he accepted the science of climate change',
      'relative',
    ],
    [
      'The president said he would campaign for her, implicitly putting his name on the line.',
      'said',
      'he would campaign for her',
      'participle',
    ],
    ['Critics said prices rose and fell with the weather.', 'said', 'prices rose and fell with the weather', 'sentence'],
    ['She said the players’ union would appeal the ruling.', 'said', 'the players’ union would appeal the ruling', 'sentence'],
    ['The economy will recover, he said.', 'The', 'economy will recover', 'comma-clause'],
    ['She said the phrase “a bomb” had been used too early.', 'said', 'the phrase “a bomb” had been used too early', 'sentence'],
    ['The suspect told police he had acted alone, according to court records.', 'police', 'he had acted alone', 'participle'],
    ['He said the deal, if approved, would cost $2 billion.', 'said', 'the deal, if approved, would cost $2 billion', 'sentence'],
    [
      'The governor said the state would appeal the ruling, including its order to pay damages.',
      'said',
      'the state would appeal the ruling, including its order to pay damages',
      'sentence',
    ],
    ['The mayor, speaking in Ottawa, said the city would build more housing.', 'said', 'the city would build more housing', 'sentence'],
    [
      'He said the leaders of France and Germany would attend the summit.',
      'said',
      'the leaders of France and Germany would attend the summit',
      'sentence',
    ],
    ['"We will not back down," she said, "and nothing will change that."', '“', 'We will not back down', 'quote'],
  ])('%s', (text, after, clause, kind) => {
    const input = text.replace(/^"/, '“').replace(/,"/, ',”').replace(/"$/, '”').replace(/ "/, ' “');
    const { syn, at, span } = parse(input);
    const i = at(after) + 1;
    const b = syn.clauseBoundary(i);
    expect([span(i, b.end), b.kind]).toEqual([clause, kind]);
    expect(syn.clauseEnd(i)).toBe(b.end);
  });
});

describe('tags align with our tokens', () => {
  test('one tag per token, whatever the text', () => {
    const text = 'He said: "It’s over." Didn’t they—the U.S. and E.U.—agree? Yes… 3.5% (or so).';
    const { doc, syn } = parse(text);
    expect(syn.allPtb()).toHaveLength(doc.tokens.length);
    expect(syn.allUpos()).toHaveLength(doc.tokens.length);
    expect(syn.allPtb().every(Boolean)).toBe(true);
    expect(syn.allUpos().every(Boolean)).toBe(true);
    expect([syn.ptb(-1), syn.ptb(doc.tokens.length), syn.upos(-1), syn.word(doc.tokens.length)]).toEqual([
      undefined,
      undefined,
      undefined,
      '',
    ]);
  });

  test('empty text', () => {
    const { syn } = parse('');
    expect(syn.allPtb()).toEqual([]);
  });

  // Sentences are tagged when first read: read last to first, each gets the tags it gets when all are tagged at once.
  test('a sentence read alone is tagged as in the whole text', () => {
    const text = readSample('world', 'harbour-talks.html').replace(/<[^>]*>/g, ' ');
    const whole = parse(text).syn;
    const { doc, syn } = parse(text);
    expect(doc.sentences.length).toBeGreaterThan(10);
    const read = doc.tokens.map((_, i) => doc.tokens.length - 1 - i).map((i) => [syn.ptb(i), syn.upos(i), syn.word(i)]);
    expect(read.reverse()).toEqual(whole.allPtb().map((t, i) => [t, whole.allUpos()[i], whole.word(i)]));
  });
});

// A word asked alone is tagged from the nearest two words before it whose tags are settled: in
// any order of asking, every token gets the tag that tagging each sentence from its start gives.
describe('tagging where asked', () => {
  const shuffled = (n: number, seed: number) => {
    const order = Array.from({ length: n }, (_, i) => i);
    let x = seed;
    for (let i = n - 1; i > 0; i--) {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      const j = x % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    return order;
  };
  const texts = () => {
    const sample = [readSample('world', 'harbour-talks.html').replace(/<[^>]*>/g, ' ')];
    if (!hasShared(POLNEAR_DEV, 'tagging where asked, on PolNeAR dev')) return sample;
    return [
      ...sample,
      ...readdirSync(POLNEAR_DEV)
        .sort()
        .slice(0, 12)
        .map((f) => readFileSync(path.join(POLNEAR_DEV, f), 'utf8')),
    ];
  };

  test('tokens asked in a random order get the tags of the whole text', () => {
    for (const [k, text] of texts().entries()) {
      const whole = parse(text).syn.allPtb();
      const { doc, syn } = parse(text);
      const asked = shuffled(doc.tokens.length, k + 1).map((i) => [i, syn.ptb(i)] as const);
      expect(asked.filter(([i, tag]) => tag !== whole[i]).length, `text ${k}`).toBe(0);
    }
  });

  test('a word after two dictionary words is tagged from there, the words before it untouched', () => {
    const tagger = new Tagger(weights as unknown as TaggerWeights);
    const words = 'Officials in the northern province of Kandahar said that the talks would resume soon .'.split(' ');
    const run = new TagRun(words);
    const would = words.indexOf('would');
    const from = tagger.tagAt(run, would);
    expect(from).toBeGreaterThan(0);
    expect(from).toBeLessThanOrEqual(would);
    expect(run.tags.slice(0, from).every((t) => t === '')).toBe(true);
    expect(run.tags[would]).toBe(tagger.tag(words)[would]);
    expect(tagger.tagAt(run, would)).toBe(would + 1); // asked again: nothing more to tag
    tagger.advance(run, words.length - 1);
    expect(run.tags).toEqual(tagger.tag(words));
  });
});

describe('Context.syntax', () => {
  test('is tagged once, on first use, over the context’s own tokens', () => {
    const doc = tokenize('The minister said the plan had failed.');
    const ctx = new Context(doc, lex);
    expect(ctx.syntax).toBe(ctx.syntax);
    expect(ctx.syntax.allUpos()).toHaveLength(ctx.tokens.length);
    expect(ctx.syntax.isFiniteVerb(2)).toBe(true);
  });
});
