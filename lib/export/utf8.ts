/**
 * Reading an import's bytes as UTF-8, the encoding Sourcelight writes. A browser's `file.text()`
 * turns every invalid byte into "�" without a word, and the researcher's quotes would come back
 * changed; here the decoding is fatal and each line with invalid bytes is named, with where the
 * first bad byte is and what the file probably was instead.
 */

export interface BadBytes {
  /** 1-based line of the file. */
  line: number;
  /** 0-based offset of the first invalid byte in the file. */
  byte: number;
  /** Its value. */
  value: number;
  /** The text just before it, to find it in an editor. */
  before: string;
}

export interface Decoded {
  /** The file's text; lines with invalid bytes are left empty, so line numbers stay the file's. */
  text: string;
  bad: BadBytes[];
}

const LF = 0x0a;

/** Where in bytes[from, to) the first invalid UTF-8 sequence starts (Unicode Table 3-7), or -1. */
export function invalidUtf8At(bytes: Uint8Array, from = 0, to = bytes.length): number {
  let i = from;
  while (i < to) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      n = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // a surrogate, which UTF-8 may not encode
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // past U+10FFFF
    } else return i;
    if (i + n >= to) return i;
    const second = bytes[i + 1]!;
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= n; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

const strict = () => new TextDecoder('utf-8', { fatal: true });

/**
 * The file's text. A line feed byte never occurs inside a multi-byte UTF-8 sequence, so the lines
 * can be told apart and decoded one by one even when some of them are not UTF-8.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { text: strict().decode(bytes), bad: [] };
  } catch {
    // Some bytes are not UTF-8: find them line by line, below.
  }
  const lines: string[] = [];
  const bad: BadBytes[] = [];
  const lenient = new TextDecoder('utf-8');
  for (let start = 0, line = 1; start <= bytes.length; line++) {
    let end = bytes.indexOf(LF, start);
    if (end < 0) end = bytes.length;
    const at = invalidUtf8At(bytes, start, end);
    if (at < 0) lines.push(strict().decode(bytes.subarray(start, end)));
    else {
      lines.push('');
      bad.push({
        line,
        byte: at,
        value: bytes[at]!,
        before: lenient
          .decode(bytes.subarray(Math.max(start, at - 40), at))
          .replace(/^\uFFFD+/, '')
          .slice(-24),
      });
    }
    start = end + 1;
  }
  return { text: lines.join('\n'), bad };
}

/** What the bytes probably are: the most common ways a file stops being UTF-8. */
function guess(bytes: Uint8Array | null, value: number): string {
  if (bytes && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
    return 'it looks like UTF-16; save it as UTF-8';
  if (value >= 0x80) return 'was it saved as Latin-1 or Windows-1252 (an editor or spreadsheet may do that)? Save it as UTF-8';
  return 'save it as UTF-8';
}

/** One bad line in words: where, which byte, after what, and what to do. */
export function describeBadBytes(b: BadBytes, bytes: Uint8Array | null = null): string {
  const hex = `0x${b.value.toString(16).toUpperCase().padStart(2, '0')}`;
  const after = b.before.trim() ? `, after “${b.before}”` : '';
  return `is not UTF-8 text: byte ${hex} at byte ${b.byte.toLocaleString('en')} of the file${after}; ${guess(bytes, b.value)}`;
}
