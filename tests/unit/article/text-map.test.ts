import { describe, expect, it } from 'vitest';
import { buildTextMap, locateOffset, sliceNodes, type TextMap } from '@/lib/article/text-map';
import { expectRunsFaithful } from '../../helpers/expect-runs';
import { parse } from '../../helpers/shared-data';

function mapOf(body: string): { map: TextMap; doc: Document } {
  const doc = parse(`<!doctype html><html><body>${body}</body></html>`);
  return { map: buildTextMap(doc.body), doc };
}

describe('buildTextMap', () => {
  it.each([
    ['collapses white space inside a paragraph', '<p>The   Kremlin\n said  on <b>Tuesday</b></p>', 'The Kremlin said on Tuesday'],
    ['separates blocks with a blank line', '<p>One.</p><p>Two.</p><div>Three.</div>', 'One.\n\nTwo.\n\nThree.'],
    ['turns <br> into a line break', '<p>Line one<br>line two</p>', 'Line one\nline two'],
    [
      'keeps inline elements within the sentence',
      '<p>President <a href="#">Vladimir Putin</a> met <em>Kim</em>.</p>',
      'President Vladimir Putin met Kim.',
    ],
    [
      'skips scripts, styles, buttons and hidden elements',
      '<p>Shown<script>var x = 1</script><style>p{}</style><button>Share</button><span hidden>no</span><span style="display: none">no</span> text</p>',
      'Shown text',
    ],
    ['keeps pre-formatted white space', '<pre>a  b\n  c</pre>', 'a  b\n  c'],
    ['keeps no-break spaces, which do not collapse', '<p>Dmitry\u00a0Peskov</p>', 'Dmitry\u00a0Peskov'],
    ['trims leading and trailing white space', '<div>\n\n  <p>  Text.  </p>\n</div>', 'Text.'],
    ['separates table cells', '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>', 'a b\n\nc'],
    ['handles an empty element', '<div></div>', ''],
  ])('%s', (_name, body, text) => {
    const { map } = mapOf(body);
    expect(map.text).toBe(text);
    expectRunsFaithful(map);
  });

  it('keeps astral characters and combining marks intact (UTF-16 offsets)', () => {
    const { map } = mapOf('<p>Erdoğan 👋 said “no”.</p>');
    expect(map.text).toBe('Erdoğan 👋 said “no”.');
    const quote = map.text.indexOf('“');
    expect(locateOffset(map, quote)?.node.data[locateOffset(map, quote)!.offset]).toBe('“');
  });

  it('resolves nodes through the given function (clone → live page)', () => {
    const live = parse('<html><body><p>Kim <b>Jong Un</b></p></body></html>');
    const clone = live.cloneNode(true) as Document;
    const liveTexts = [live.body.querySelector('p')!.firstChild as Text, live.body.querySelector('b')!.firstChild as Text];
    const cloneTexts = [clone.body.querySelector('p')!.firstChild as Text, clone.body.querySelector('b')!.firstChild as Text];
    const map = buildTextMap(clone.body, (n) => liveTexts[cloneTexts.indexOf(n)] ?? null);
    expect(map.runs.map((r) => r.node)).toEqual(liveTexts);
  });
});

describe('locateOffset and sliceNodes', () => {
  const body = '<p>Kremlin spokesperson <a href="/p">Dmitry   Peskov</a> responded, "No comment."</p><p>Peskov said that...</p>';

  it('locates every mapped character in its node', () => {
    const { map } = mapOf(body);
    for (let i = 0; i < map.text.length; i++) {
      const at = locateOffset(map, i);
      if (at) expect(at.node.data[at.offset]).toBe(map.text[i]);
      else expect(map.text[i]).toMatch(/\s/); // only invented separators are unmapped
    }
  });

  it('splits a span across nodes, leaving collapsed white space out', () => {
    const { map } = mapOf(body);
    const start = map.text.indexOf('spokesperson Dmitry Peskov');
    const slices = sliceNodes(map, start, start + 'spokesperson Dmitry Peskov'.length);
    expect(slices.map((s) => s.node.data.slice(s.startOffset, s.endOffset))).toEqual(['spokesperson', 'Dmitry', 'Peskov']);
  });

  it('maps a span in the second paragraph', () => {
    const { map } = mapOf(body);
    const start = map.text.lastIndexOf('Peskov said');
    const [slice] = sliceNodes(map, start, start + 6);
    expect(slice!.node.data.slice(slice!.startOffset, slice!.endOffset)).toBe('Peskov');
  });

  it('returns nothing past the end or in an empty map', () => {
    const { map } = mapOf(body);
    expect(sliceNodes(map, map.text.length, map.text.length + 5)).toEqual([]);
    expect(locateOffset(map, map.text.length)).toBeNull();
    expect(locateOffset({ text: '', runs: [] }, 0)).toBeNull();
  });
});
