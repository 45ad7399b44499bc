import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { allowOnline, type OnlineSetting } from '@/lib/settings/allow-online';
import { loadSettings } from '@/lib/settings/settings';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

/** A Firefox with data consent by category: its manifest declares it, and its prompt answers `yes`. */
function firefoxAnswering(yes: boolean) {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 2,
    name: 'x',
    version: '1',
    browser_specific_settings: { gecko: { data_collection_permissions: {} } },
  } as never);
  const request = vi.fn(async () => yes);
  (fakeBrowser as unknown as { permissions: { request: typeof request } }).permissions.request = request;
  return request;
}

test.each<[OnlineSetting]>([['knowledge'], ['onlineCoverage']])(
  'the reader’s yes to %s is saved where the browser has no prompt of its own',
  async (setting) => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'x', version: '1' } as never);
    expect((await loadSettings())[setting]).not.toBe('allowed');
    expect(await allowOnline(setting)).toBe(true);
    expect((await loadSettings())[setting]).toBe('allowed');
  },
);

test.each<[boolean, OnlineSetting]>([
  [true, 'knowledge'],
  [false, 'knowledge'],
  [true, 'onlineCoverage'],
  [false, 'onlineCoverage'],
])('Firefox’s prompt answering %s for %s: saved only on its yes', async (yes, setting) => {
  const request = firefoxAnswering(yes);
  expect(await allowOnline(setting)).toBe(yes);
  expect(request).toHaveBeenCalledOnce();
  expect((await loadSettings())[setting] === 'allowed').toBe(yes);
});
