/**
 * Direct quotations: pairs of quote marks within a paragraph. Curly marks say which way they
 * face; straight ones alternate. A quotation left open at the end of a paragraph counts only when
 * the next paragraph opens with a quote mark (news style for a quotation running on); any other
 * unbalanced mark is ignored rather than guessed at.
 */
import type { Tokenized } from './tokenize';

export interface Quotation {
  /** Token index of the opening mark, and of the closing mark (-1 when it runs to the paragraph's end). */
  open: number;
  close: number;
  /** Token index of the last token inside or closing the quotation. */
  last: number;
  /** Character offsets of what is quoted, without the marks, white space or a trailing comma. */
  start: number;
  end: number;
  paragraph: number;
}

const OPENERS = new Set(['“', '„', '«', '‘', '‚', '``']);
const CLOSERS = new Set(['”', '»', '’']);
const MATCHING: Record<string, string> = { '“': '”', '„': '“', '«': '»', '‘': '’', '‚': '‘', '"': '"', "''": "''", '``': "''" };

export function findQuotations(doc: Tokenized): Quotation[] {
  const { tokens, sentences, text } = doc;
  const out: Quotation[] = [];
  let open: { index: number; mark: string } | null = null;
  const push = (openIndex: number, closeIndex: number, endChar: number, lastIndex: number) => {
    let start = tokens[openIndex]!.end;
    let end = endChar;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
    // (The paragraph of its last token, read here rather than at every token of the text.)
    if (end > start) out.push({ open: openIndex, close: closeIndex, last: lastIndex, start, end, paragraph: paragraphOf(lastIndex) });
  };
  const paragraphOf = (i: number) => sentences[tokens[i]!.sentence]!.paragraph;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.paraStart && i > 0) {
      if (open) {
        // Open at the end of its paragraph: a run-on quotation if this paragraph opens with a mark.
        if (t.kind === 'quote' && (OPENERS.has(t.text) || t.text === '"' || t.text === "''"))
          push(open.index, -1, tokens[i - 1]!.end, i - 1);
        open = null;
      }
    }
    if (t.kind !== 'quote') continue;
    const mark = t.text;
    if (mark === '’' && tokens[i - 1]?.end === t.start && /[\p{L}]/u.test(text[t.end] ?? '')) continue; // an apostrophe
    if (open) {
      const straight = mark === '"' || mark === "''";
      const closes =
        MATCHING[open.mark] === mark ||
        (straight && open.mark !== '‘') ||
        (CLOSERS.has(mark) && mark !== '’') ||
        (mark === '’' && open.mark === '‘');
      if (closes) {
        push(open.index, i, t.start, i);
        open = null;
      }
      continue;
    }
    // A paragraph that opens with a closing mark opens a quotation all the same (a common typo).
    const misturned = mark === '”' && t.paraStart;
    if (OPENERS.has(mark) || mark === '"' || mark === "''" || misturned) {
      // A single opening mark must start a word: ‘ inside a word is a typographic apostrophe.
      if (mark === '‘' && /[\p{L}]/u.test(text[t.start - 1] ?? '')) continue;
      open = { index: i, mark };
    }
  }
  return out;
}

/** For each token, the index of the quotation it is in (marks included), or -1. */
export function quotationIndex(tokenCount: number, quotations: Quotation[]): (i: number) => number {
  const inside = new Int32Array(tokenCount).fill(-1);
  quotations.forEach((q, n) => {
    for (let i = q.open; i <= q.last; i++) inside[i] = n;
  });
  return (i) => inside[i] ?? -1;
}
