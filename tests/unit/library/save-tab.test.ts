/** The keyboard shortcut's save (Alt+Shift+S): it asks the active tab's content script, which holds the article. */
import { expect, test } from 'vitest';
import { saveActiveTab } from '@/lib/library/save-tab';
import { machineSaved } from '../export/fixtures';

test('the active tab is asked to save its article, and the badge says whether it was', async () => {
  const article = machineSaved();
  const badges: Array<[number, string]> = [];
  const badge = async (tabId: number, text: string) => void badges.push([tabId, text]);
  expect(await saveActiveTab({ activeTab: async () => 7, save: async () => ({ ok: true, value: article }), badge })).toEqual({ ok: true, value: article });
  expect(await saveActiveTab({ activeTab: async () => 8, save: async () => ({ ok: false, error: 'Sourcelight is not running on this page' }), badge })).toEqual({ ok: false, error: 'Sourcelight is not running on this page' });
  expect(await saveActiveTab({ activeTab: async () => undefined, save: async () => ({ ok: true, value: article }), badge })).toEqual({ ok: false, error: 'no active tab' });
  expect(badges).toEqual([[7, '★'], [8, '!']]);
});
