/** What a card shows, from the analysis: plain data for the Preact views. */
import { i18n } from '#i18n';
import { claimOf } from '../memory/claim';
import type { Analysis, SourceType } from '../nlp/types';

export interface CardClaim {
  /** Index in analysis.attributions, to jump to it. */
  index: number;
  cue: string;
  content: string;
  direct: boolean;
  relay: string | null;
}

export interface PersonCardModel {
  type: 'person';
  name: string;
  role: string | null;
  /** The kind of entity, in the reader's words. */
  kind: string;
  /** A person has a role, stated or not; an institution or a place need none. */
  person: boolean;
  official: boolean;
  mentions: number;
  claims: CardClaim[];
}

export interface ClaimCardModel {
  type: 'claim';
  speaker: string;
  source: string | null;
  sourceType: SourceType;
  cue: string;
  content: string;
  direct: boolean;
  /** The chain as a reader says it: "a senior Ukrainian official → Reuters". */
  chain: string[];
}

const KIND_LABEL: Record<string, () => string> = {
  person: () => i18n.t('kind.person'),
  organization: () => i18n.t('kind.organization'),
  media: () => i18n.t('kind.media'),
  group: () => i18n.t('kind.group'),
  place: () => i18n.t('kind.place'),
};

export function personCard(analysis: Analysis, entityIndex: number): PersonCardModel | null {
  const e = analysis.entities[entityIndex];
  if (!e) return null;
  const claims: CardClaim[] = [];
  analysis.attributions.forEach((a, index) => {
    if (a.speaker !== e.name) return;
    const { cue, shown, direct, relay } = claimOf(a);
    claims.push({ index, cue, content: shown, direct, relay });
  });
  return {
    type: 'person',
    name: e.name,
    role: e.role,
    kind: KIND_LABEL[e.kind]?.() ?? e.kind,
    person: e.kind === 'person',
    official: e.official,
    mentions: e.mentions.length,
    claims,
  };
}

export function claimCard(analysis: Analysis, index: number): ClaimCardModel | null {
  const a = analysis.attributions[index];
  if (!a) return null;
  const { source, sourceType, cue, shown, direct, relay, ...claim } = claimOf(a);
  const speaker = claim.speaker ?? source ?? i18n.t('card.unknownSource');
  const chain = [source ?? speaker, ...(relay ? [relay] : [])];
  return { type: 'claim', speaker, source, sourceType, cue, content: shown, direct, chain };
}
