/**
 * Organisations and official bodies inside a phrase: a capitalised sequence that ends in an
 * organisation head word ("Foreign Ministry") is an organisation, and a role tied to a known
 * body or a nationality ("Kremlin spokesperson", "Wardak police chief") speaks officially.
 */
import type { Context } from '../context';
import type { Sequence } from './types';

/** A known organisation, place or nationality among tokens a..b. */
export function hasOfficialWord(ctx: Context, a: number, b: number): boolean {
  const { lex, tokens } = ctx;
  for (let k = a; k < b; k++) {
    const known = lex.known.match(tokens, k, b);
    if (known && (known.value.kind === 'organization' || known.value.kind === 'place')) return true;
    if (lex.demonyms.match(tokens, k, b)) return true;
  }
  return false;
}

/** Ends in an organisation head word ("Ministry", "Party", "Association"). */
export function endsInOrgHead(ctx: Context, seq: Sequence): boolean {
  return ctx.lex.orgHeads.has(ctx.lower(seq.last - 1));
}

/** A named organisation of two words or more: "Foreign Ministry", "Calvaran Fishermen’s Association". */
export function isOrganizationName(ctx: Context, seq: Sequence): boolean {
  return endsInOrgHead(ctx, seq) && seq.last - seq.first >= 2;
}
