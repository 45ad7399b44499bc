import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import {
  changesHighlights,
  DEFAULT_SETTINGS,
  isActiveOn,
  loadSettings,
  normaliseSettings,
  remembers,
  saveSettings,
  setRememberSite,
  setSiteEnabled,
  watchSettings,
} from '@/lib/settings/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts from the defaults, and repairs what is missing or malformed', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(
      normaliseSettings({ enabled: 'yes', disabledSites: ['a.example', 3], level: 'loud', remember: 'no', onlineCoverage: 'sure' }),
    ).toEqual({
      ...DEFAULT_SETTINGS,
      disabledSites: ['a.example'],
    });
    await browser.storage.local.set({ settings: 'garbage' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('turns sites off and on, once each, and everything off', async () => {
    await setSiteEnabled('news.example', false);
    await setSiteEnabled('news.example', false);
    await setSiteEnabled('blog.example', false);
    let s = await loadSettings();
    expect(s.disabledSites).toEqual(['blog.example', 'news.example']);
    expect(isActiveOn(s, 'news.example')).toBe(false);
    expect(isActiveOn(s, 'other.example')).toBe(true);
    s = await setSiteEnabled('news.example', true);
    expect(s.disabledSites).toEqual(['blog.example']);
    s = await saveSettings({ enabled: false });
    expect(isActiveOn(s, 'other.example')).toBe(false);
  });

  it('settings saved by an older version gain the new ones at their defaults: remembering on, online off', async () => {
    await browser.storage.local.set({ settings: { enabled: false, disabledSites: ['a.example'], level: 'names' } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, enabled: false, disabledSites: ['a.example'], level: 'names' });
    expect(DEFAULT_SETTINGS.remember).toBe(true);
    expect(DEFAULT_SETTINGS.onlineCoverage).toBe('ask');
  });

  it('remembers articles unless told not to, or not from an excluded outlet', async () => {
    let s = await loadSettings();
    expect(remembers(s, 'bbc.co.uk')).toBe(true);
    s = await setRememberSite('bbc.co.uk', false);
    expect(remembers(s, 'bbc.co.uk')).toBe(false);
    expect(remembers(s, 'reuters.com')).toBe(true);
    s = await saveSettings({ remember: false });
    expect(remembers(s, 'reuters.com')).toBe(false);
    s = await setRememberSite('bbc.co.uk', true);
    expect(s.rememberExcluded).toEqual([]);
  });

  it('only switches, sites and level change what a page shows; consent and remembering do not', () => {
    const s = DEFAULT_SETTINGS;
    expect(changesHighlights(null, s)).toBe(true);
    expect(changesHighlights(s, { ...s, enabled: false })).toBe(true);
    expect(changesHighlights(s, { ...s, level: 'names' })).toBe(true);
    expect(changesHighlights(s, { ...s, disabledSites: ['a.example'] })).toBe(true);
    expect(changesHighlights(s, { ...s, knowledge: 'allowed', onlineCoverage: 'refused', remember: false, rememberExplained: true })).toBe(
      false,
    );
  });

  it('tells watchers of every change', async () => {
    const seen: boolean[] = [];
    const stop = watchSettings((s) => seen.push(s.enabled));
    await saveSettings({ enabled: false });
    await saveSettings({ enabled: true });
    stop();
    await saveSettings({ enabled: false });
    expect(seen).toEqual([false, true]);
  });
});
