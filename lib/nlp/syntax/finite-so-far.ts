/**
 * Has a run of tokens a finite verb, asked only where a rule needs to know. The tokens are
 * gathered as a scan adds them and settled when asked: first by the tagger's dictionary ("said",
 * "is", "will" are finite verbs in any context), which tags nothing, and only then by the tags of
 * the sentence. A run with a dictionary verb never has its sentence tagged for this.
 */
export interface FiniteVerbs {
  isFiniteVerb(i: number): boolean;
  isKnownFiniteVerb(i: number): boolean;
}

export class FiniteSoFar {
  private found = false;
  private readonly pending: number[] = [];

  constructor(private readonly syn: FiniteVerbs) {}

  add(k: number): void {
    if (!this.found) this.pending.push(k);
  }

  /** Is any token added so far a finite verb? */
  seen(): boolean {
    if (this.found) return true;
    const { pending, syn } = this;
    // Any-of, so the order of asking cannot change the answer: the dictionary's sure yeses first.
    for (let p = 0; p < pending.length; p++) if (syn.isKnownFiniteVerb(pending[p]!)) return (this.found = true);
    for (let p = 0; p < pending.length; p++) if (syn.isFiniteVerb(pending[p]!)) return (this.found = true);
    pending.length = 0;
    return false;
  }
}
