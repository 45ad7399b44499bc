import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { allowOnline, type OnlineSetting } from '@/lib/settings/allow-online';
import { loadSettings, saveSettings } from '@/lib/settings/settings';
import { fakePermissions } from '../../helpers/fake-permissions';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const HOSTS: Record<OnlineSetting, string[]> = {
  knowledge: ['https://www.wikidata.org/*', 'https://en.wikipedia.org/*'],
  onlineCoverage: ['https://api.gdeltproject.org/*'],
};

test.each<[OnlineSetting]>([['knowledge'], ['onlineCoverage']])(
  'the yes to %s asks the browser for exactly that service’s hosts, once, and is saved on its yes',
  async (setting) => {
    const { request } = fakePermissions();
    expect((await loadSettings())[setting]).not.toBe('allowed');
    expect(await allowOnline(setting)).toBe(true);
    expect(request.mock.calls).toEqual([[{ origins: HOSTS[setting] }]]);
    expect((await loadSettings())[setting]).toBe('allowed');
  },
);

test.each<[OnlineSetting]>([['knowledge'], ['onlineCoverage']])(
  'in Firefox one prompt asks for the hosts of %s and the data collection together',
  async (setting) => {
    const { request } = fakePermissions({ firefox: true });
    expect(await allowOnline(setting)).toBe(true);
    expect(request.mock.calls).toEqual([[{ origins: HOSTS[setting], data_collection: ['websiteContent'] }]]);
  },
);

const CANNOT_ASK = new Error('permissions.request may only be called from a user input handler');
test.each<[string, 'ask' | 'refused', 'ask' | 'refused', boolean | Error]>([
  ['refused', 'ask', 'refused', false],
  ['refused', 'refused', 'refused', false],
  ['unable to ask (it throws)', 'ask', 'ask', CANNOT_ASK],
  ['unable to ask (it throws)', 'refused', 'refused', CANNOT_ASK],
])('the browser’s prompt %s, the setting %s before: %s after, nothing allowed', async (_, before, after, answer) => {
  await saveSettings({ knowledge: before, onlineCoverage: before });
  fakePermissions({ answer });
  expect(await allowOnline('knowledge')).toBe(false);
  expect(await allowOnline('onlineCoverage')).toBe(false);
  expect(await loadSettings()).toMatchObject({ knowledge: after, onlineCoverage: after });
});
