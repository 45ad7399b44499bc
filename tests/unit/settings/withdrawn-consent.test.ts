import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hasOnlineConsent } from '@/lib/services/data-consent';
import { loadSettings, saveSettings } from '@/lib/settings/settings';
import { forgetWithdrawnConsent } from '@/lib/settings/withdrawn-consent';
import { fakePermissions } from '../../helpers/fake-permissions';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const KNOWLEDGE = ['https://www.wikidata.org/*', 'https://en.wikipedia.org/*'];
const GDELT = ['https://api.gdeltproject.org/*'];

test('a service is backed by the browser only with all its hosts, and in Firefox with the data collection too', async () => {
  fakePermissions({ granted: [...GDELT, KNOWLEDGE[0]!] });
  expect(await hasOnlineConsent('onlineCoverage')).toBe(true);
  expect(await hasOnlineConsent('knowledge')).toBe(false);
  vi.restoreAllMocks();
  fakePermissions({ firefox: true, granted: GDELT });
  expect(await hasOnlineConsent('onlineCoverage')).toBe(false);
  vi.restoreAllMocks();
  fakePermissions({ firefox: true, granted: [...GDELT, 'websiteContent'] });
  expect(await hasOnlineConsent('onlineCoverage')).toBe(true);
});

test('a browser that cannot answer backs nothing', async () => {
  const { contains } = fakePermissions();
  contains.mockRejectedValue(new Error('gone'));
  expect(await hasOnlineConsent('knowledge')).toBe(false);
});

test('hosts taken back in the browser: that service’s setting goes back to ask, the other stays', async () => {
  await saveSettings({ knowledge: 'allowed', onlineCoverage: 'allowed' });
  fakePermissions({ granted: KNOWLEDGE });
  expect(await forgetWithdrawnConsent()).toEqual(['onlineCoverage']);
  expect(await loadSettings()).toMatchObject({ knowledge: 'allowed', onlineCoverage: 'ask' });
});

test('a no stays a no, and nothing is written when all is backed', async () => {
  await saveSettings({ knowledge: 'refused', onlineCoverage: 'allowed' });
  fakePermissions({ granted: GDELT });
  const set = vi.spyOn(fakeBrowser.storage.local, 'set');
  expect(await forgetWithdrawnConsent()).toEqual([]);
  expect(set).not.toHaveBeenCalled();
  expect(await loadSettings()).toMatchObject({ knowledge: 'refused', onlineCoverage: 'allowed' });
});
