import { analyze } from '@/lib/nlp/analyze';
import type { Analysis, Attribution } from '@/lib/nlp/types';

/** People as "Name (role)" or "Name", in order of first mention. */
export function people(a: Analysis): string[] {
  return a.entities.filter((e) => e.kind === 'person').map((e) => (e.role ? `${e.name} (${e.role})` : e.name));
}

/** Attributions as "speaker | cue | content" with ⟨direct⟩ marked, in text order. */
export function claims(a: Analysis): string[] {
  return a.attributions.map(
    (x: Attribution) => `${x.speaker ?? x.source?.text ?? '?'} | ${x.cue.text} | ${x.direct ? '“' + x.content.text + '”' : x.content.text}`,
  );
}

/** What the rules propose, every candidate shown (threshold 0): the rule families' tests do not depend on the judge's training. */
export function run(text: string): Analysis {
  const a = analyze(text, { threshold: 0 });
  // Every span must index into the text: the contract of FORMAT.md.
  for (const e of a.entities)
    for (const m of e.mentions) if (text.slice(m.start, m.end) !== m.text) throw new Error(`bad mention span ${JSON.stringify(m)}`);
  for (const x of a.attributions) {
    for (const s of [x.source, x.cue, x.content, x.relay?.source])
      if (s && text.slice(s.start, s.end) !== s.text) throw new Error(`bad span ${JSON.stringify(s)}`);
  }
  return a;
}
