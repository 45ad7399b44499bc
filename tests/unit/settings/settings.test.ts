import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, isActiveOn, loadSettings, normaliseSettings, saveSettings, setSiteEnabled, watchSettings } from '@/lib/settings/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts from the defaults, and repairs what is missing or malformed', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings({ enabled: 'yes', disabledSites: ['a.example', 3], level: 'loud' })).toEqual({ enabled: true, disabledSites: ['a.example'], level: 'full' });
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
