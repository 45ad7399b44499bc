/** The keyboard shortcut's save (Alt+Shift+S): it asks the active tab's content script, which holds the article. */
import { describe, expect, test } from 'vitest';
import { saveActiveTab } from '@/lib/library/save-tab';
import { setBadgeText, type ToolbarHost } from '@/lib/tabs/badge';
import { machineSaved } from '../export/fixtures';

test('the active tab is asked to save its article, and the badge says whether it was', async () => {
  const article = machineSaved();
  const badges: Array<[number, string]> = [];
  const badge = async (tabId: number, text: string) => void badges.push([tabId, text]);
  expect(await saveActiveTab({ activeTab: async () => 7, save: async () => ({ ok: true, value: article }), badge })).toEqual({
    ok: true,
    value: article,
  });
  expect(
    await saveActiveTab({
      activeTab: async () => 8,
      save: async () => ({ ok: false, error: 'Sourcelight is not running on this page' }),
      badge,
    }),
  ).toEqual({ ok: false, error: 'Sourcelight is not running on this page' });
  expect(await saveActiveTab({ activeTab: async () => undefined, save: async () => ({ ok: true, value: article }), badge })).toEqual({
    ok: false,
    error: 'no active tab',
  });
  expect(badges).toEqual([
    [7, '★'],
    [8, '!'],
  ]);
});

test('a badge that throws at once, as `browser.action` did in Firefox, leaves the save standing', async () => {
  const article = machineSaved();
  const throwsAtOnce = (): Promise<void> => {
    throw new TypeError('can\'t access property "setBadgeText", browser.action is undefined');
  };
  const rejects = async (): Promise<void> => {
    throw new Error('no tab with id 7');
  };
  for (const badge of [throwsAtOnce, rejects]) {
    expect(await saveActiveTab({ activeTab: async () => 7, save: async () => ({ ok: true, value: article }), badge })).toEqual({
      ok: true,
      value: article,
    });
  }
});

describe('setBadgeText', () => {
  const recorder = () => {
    const set: Array<{ tabId: number; text: string }> = [];
    return { set, api: { setBadgeText: async (d: { tabId: number; text: string }) => void set.push(d) } };
  };

  test.each([
    ['Chromium (MV3): action', 'action'],
    ["Firefox's MV2 build: browserAction only", 'browserAction'],
  ] as const)('%s', async (_, key) => {
    const { set, api } = recorder();
    await setBadgeText(3, '★', { [key]: api } as unknown as ToolbarHost);
    expect(set).toEqual([{ tabId: 3, text: '★' }]);
  });

  test('a browser with neither rejects rather than throwing in the caller', async () => {
    let thrownAtOnce = false;
    let promise: Promise<void> | undefined;
    try {
      promise = setBadgeText(3, '★', {});
    } catch {
      thrownAtOnce = true;
    }
    expect(thrownAtOnce).toBe(false);
    await expect(promise).rejects.toThrow(/no toolbar button API/);
  });
});
