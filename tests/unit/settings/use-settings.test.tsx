// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Controls } from '@/components/Controls';
import { loadSettings, saveSettings, setSiteEnabled, type Settings } from '@/lib/settings/settings';
import { siteChange, useSettings } from '@/lib/settings/use-settings';

const HOST = 'news.example';

/** The popup's switches as the popup wires them; `redraw` stands for anything else that redraws it (the tab's state arriving). */
let redraw = () => {};
let saving: (host: string, on: boolean) => Promise<Settings> = setSiteEnabled;
function Popup() {
  const [settings, change] = useSettings();
  const [, setN] = useState(0);
  redraw = () => setN((n) => n + 1);
  if (!settings) return null;
  return (
    <Controls
      settings={settings}
      host={HOST}
      onEnabled={(enabled) => change({ enabled })}
      onSite={(host, on) => change(siteChange(settings, 'disabledSites', host, on)[0], () => saving(host, on))}
      onLevel={(level) => change({ level })}
    />
  );
}

const settle = () => act(() => new Promise<void>((r) => setTimeout(r, 0)));

async function mount() {
  const root = document.body.appendChild(document.createElement('div'));
  await act(() => render(<Popup />, root));
  await settle();
  const site = root.querySelector<HTMLInputElement>('[data-testid="site"]')!;
  return { root, site };
}

async function click(box: HTMLInputElement) {
  await act(() => {
    box.click();
  });
}

describe("useSettings: a switch shows the reader's click until it is stored", () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    saving = setSiteEnabled;
    await saveSettings({ disabledSites: [HOST] });
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('a redraw before the write is answered keeps the box as clicked, and the write lands', async () => {
    let answer = () => {};
    saving = (host, on) => new Promise((resolve) => (answer = () => resolve(setSiteEnabled(host, on))));
    const { site } = await mount();
    expect(site.checked).toBe(false);
    await click(site);
    await act(() => redraw());
    expect(site.checked).toBe(true); // drawn from stored settings alone, this was false again
    answer();
    await settle();
    expect(site.checked).toBe(true);
    expect((await loadSettings()).disabledSites).toEqual([]);
    await act(() => redraw());
    expect(site.checked).toBe(true);
  });

  it('a write that fails puts the box back to what is stored', async () => {
    let refuse = () => {};
    saving = () => new Promise((_, reject) => (refuse = () => reject(new Error('quota'))));
    const { site } = await mount();
    await click(site);
    expect(site.checked).toBe(true);
    refuse();
    await settle();
    expect(site.checked).toBe(false);
    expect((await loadSettings()).disabledSites).toEqual([HOST]);
  });

  it('a change made elsewhere (the options page) still shows here', async () => {
    const { root, site } = await mount();
    await click(site);
    await settle();
    expect(site.checked).toBe(true);
    await act(async () => {
      await saveSettings({ disabledSites: [HOST], level: 'names' });
    });
    await settle();
    expect(site.checked).toBe(false);
    expect(root.querySelector<HTMLSelectElement>('[data-testid="level"]')!.value).toBe('names');
  });

  it('two clicks in a row end on the second, whichever write is answered first', async () => {
    const answers: (() => void)[] = [];
    saving = (host, on) => new Promise((resolve) => answers.push(() => resolve(setSiteEnabled(host, on))));
    const { site } = await mount();
    await click(site);
    await click(site);
    expect(site.checked).toBe(false);
    answers[0]!();
    await settle();
    expect(site.checked).toBe(false); // the first write's answer does not undo the second click
    answers[1]!();
    await settle();
    expect(site.checked).toBe(false);
    expect((await loadSettings()).disabledSites).toEqual([HOST]);
  });

  it('siteChange: what a per-site switch shows at once is what its write stores', async () => {
    const settings = await loadSettings();
    const [shown, save] = siteChange(settings, 'rememberExcluded', 'bbc.co.uk', false);
    expect(shown).toEqual({ rememberExcluded: ['bbc.co.uk'] });
    expect((await save()).rememberExcluded).toEqual(['bbc.co.uk']);
    const [back, store] = siteChange(await loadSettings(), 'disabledSites', HOST, true);
    expect(back).toEqual({ disabledSites: [] });
    expect((await store()).disabledSites).toEqual([]);
  });
});
