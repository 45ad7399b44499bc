/** Whole articles through extraction and analysis: the seed page (hand labels in ../shared) and the sample article. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readArticle } from '@/lib/article';
import { analyze } from '@/lib/nlp/analyze';
import { GOLD, hasShared, parse, readSample, SEED_PAGE } from '../../helpers/shared-data';

function analysePage(html: string) {
  const { article } = readArticle(parse(html));
  return { text: article.text, analysis: analyze(article.text, { language: article.language }) };
}

describe.runIf(hasShared(SEED_PAGE, 'seed page analysis'))('the seed page against its hand labels', () => {
  it('finds its three officials with their roles, and nothing from the "most read" list', () => {
    const gold = JSON.parse(readFileSync(path.join(GOLD, 'seed-article.json'), 'utf8'));
    const { analysis } = analysePage(readFileSync(SEED_PAGE, 'utf8'));
    const people = analysis.entities.filter((e) => e.kind === 'person');
    expect(people.map((p) => [p.name, p.role, p.official])).toEqual([
      ['Vladimir Putin', 'President', true],
      ['Kim Jong Un', 'North Korean leader', true],
      ['Dmitry Peskov', 'Kremlin spokesperson', true],
    ]);
    const names = analysis.entities.map((e) => e.name);
    for (const outside of gold.notEntities) expect(names).not.toContain(outside);
  });

  it('finds all seven attributions with their speakers, and invents none', () => {
    const { analysis } = analysePage(readFileSync(SEED_PAGE, 'utf8'));
    expect(analysis.attributions.map((a) => [a.speaker, a.sourceType, a.cue.text, a.direct])).toEqual([
      ['Kremlin', 'institution', 'said', false],
      ['United States', 'institution', 'claims', false],
      ['White House', 'institution', 'announced', false],
      ['a senior Ukrainian official', 'anonymous', 'confirmed', false],
      ['Dmitry Peskov', 'named-person', 'responded', true],
      ['Dmitry Peskov', 'named-person', 'said', false],
      ['Russian media', 'media', 'according to', false],
    ]);
    expect(analysis.attributions[3]!.relay?.speaker).toBe('Reuters');
    expect(analysis.attributions[4]!.content.text).toBe('No comment');
  });
});

describe('the sample article (fictional, written for the project)', () => {
  const { analysis } = analysePage(readSample('world', 'harbour-talks.html'));

  it('finds its six people and the roles the article states', () => {
    expect(analysis.entities.filter((e) => e.kind === 'person').map((p) => [p.name, p.role])).toEqual([
      ['Elena Marsh', 'Foreign Minister'],
      ['Tomas Reyhani', 'Calvaran trade envoy'],
      ['Ines Calder', "Estmeri foreign ministry's spokeswoman"],
      ['Martina Gaspard', 'maritime law researcher at the University of Valmont'],
      ['Aurelia Fontaine', 'head of council’s maritime mediation unit'],
      ['Harald Brenn', 'trawler captain'],
    ]);
  });

  it('attributes every claim to its speaker, pronouns included', () => {
    const bySpeaker = (name: string) => analysis.attributions.filter((a) => a.speaker === name).map((a) => a.cue.text);
    expect(bySpeaker('Elena Marsh')).toEqual(['told', 'said']);
    expect(bySpeaker('Tomas Reyhani')).toEqual(['said', 'told', 'added']);
    expect(bySpeaker('Ines Calder')).toEqual(['denied', 'said']);
    expect(bySpeaker('Harald Brenn')).toEqual(['said', 'said']);
    const anonymous = analysis.attributions.filter((a) => a.sourceType === 'anonymous').map((a) => a.source?.text);
    expect(anonymous).toEqual(['A senior official', 'People familiar with the talks']);
    // Nothing from the "most read" list, the comments or the related stories.
    for (const name of ['Odile Brandvik', 'Kasimir Volk', 'Piet Vandermolen']) expect(JSON.stringify(analysis)).not.toContain(name);
  });
});
