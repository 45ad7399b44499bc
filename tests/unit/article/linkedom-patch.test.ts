/**
 * linkedom as installed, with patches/linkedom+0.18.15.patch applied by `npm install`'s
 * postinstall (patch-package): a node's listeners' map is made when a listener is first added, not
 * with every node. Events work as before.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

const dir = path.dirname(createRequire(import.meta.url).resolve('linkedom/package.json'));

function page() {
  const { document, Event } = parseHTML('<!doctype html><html><body><div id="outer"><p id="inner">text</p></div></body></html>');
  return { doc: document as unknown as Document, Event: Event as unknown as typeof globalThis.Event };
}

describe('linkedom, patched', () => {
  it('makes no listeners map in the constructor (both builds)', () => {
    for (const build of ['esm', 'cjs']) {
      const source = readFileSync(path.join(dir, build, 'interface/event-target.js'), 'utf8');
      const constructor = source.slice(source.indexOf('constructor()'), source.indexOf('_getParent()'));
      expect(constructor, build).not.toContain('wm.set');
      expect(source, build).toContain("Sourcelight's patch");
    }
  });

  it('calls a listener, bubbles to the parent, and stops calling it once removed', () => {
    const { doc, Event } = page();
    const inner = doc.getElementById('inner')!;
    const outer = doc.getElementById('outer')!;
    const heard: string[] = [];
    const onInner = () => heard.push('inner');
    inner.addEventListener('ping', onInner);
    outer.addEventListener('ping', () => heard.push('outer'));
    inner.dispatchEvent(new Event('ping', { bubbles: true }));
    expect(heard).toEqual(['inner', 'outer']);
    inner.removeEventListener('ping', onInner);
    inner.dispatchEvent(new Event('ping', { bubbles: true }));
    expect(heard).toEqual(['inner', 'outer', 'outer']);
  });

  it('takes a removal or an event on a node that never had a listener', () => {
    const { doc, Event } = page();
    const text = doc.getElementById('inner')!.firstChild!;
    expect(() => text.removeEventListener('ping', () => {})).not.toThrow();
    expect(() => doc.body.dispatchEvent(new Event('ping'))).not.toThrow();
    const once: string[] = [];
    doc.body.addEventListener('ping', () => once.push('x'), { once: true });
    doc.body.dispatchEvent(new Event('ping'));
    doc.body.dispatchEvent(new Event('ping'));
    expect(once).toEqual(['x']);
  });
});
