/**
 * Roles stated by the descriptions that speak: "Iraq's defense minister said …" names the role of
 * the minister the article names later ("the minister, Abdul-Qader al-Obeidi"). A described source
 * that resolves to a person gives that person its description as role where the person had none,
 * or where the description holds the role and says more ("minister" -> "Iraq's defense minister").
 */
import type { Context } from '../context';
import type { EntityIndex, EntityRecord } from '../entities';
import { RECORDED_VOICES } from '../lexicons/sources';
import type { Source } from './types';
import { isLowerCased } from '../words';

const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);

export function rolesFromDescriptions(ctx: Context, index: EntityIndex, sources: Source[]): Map<EntityRecord, string> {
  const roles = new Map<EntityRecord, string>();
  for (const s of sources) {
    const e = s.entity;
    // "the minister", "Iraq's defense minister", and a medium's "our correspondent".
    const opener = ctx.lower(s.first);
    if (!e || e.kind !== 'person' || (opener !== 'the' && opener !== 'our' && ctx.tokens[s.first + 1]?.kind !== 'poss')) continue;
    // The description only: up to an appositive name or the first name of anyone.
    let last = s.first + 1;
    while (last < s.last && ctx.tokens[last]!.kind !== 'punct' && !(index.mentionAt.get(last)?.entity.kind === 'person')) last++;
    if (last < s.last && ctx.tokens[last]!.kind !== 'punct') continue;
    const description = ctx.slice(s.first, last).replace(/^(?:the|our)\s+/i, '');
    // "the speaker" on a tape says who is heard, not what they are.
    if ((!isLowerCased(description) && ctx.tokens[s.first + 1]?.kind !== 'poss') || RECORDED_VOICES.has(description.toLowerCase()))
      continue;
    const current = roles.get(e) ?? e.role;
    const given = current ? words(current) : [];
    const said = words(description);
    if (said.length > 6 || (given.length && (!given.every((w) => said.includes(w)) || said.length <= given.length))) continue;
    roles.set(e, description);
  }
  return roles;
}
