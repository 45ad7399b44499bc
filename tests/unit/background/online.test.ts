import { beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { route as handleMessage, type Deps } from '@/lib/background/router';
import { loadSettings, saveSettings } from '@/lib/settings/settings';
import type { OnlineSetting } from '@/lib/settings/online-hosts';

beforeEach(() => fakeBrowser.reset());

const request = { name: 'Dmitry Peskov', context: { role: null, organizations: [], places: [], date: null } };

function deps(granted: OnlineSetting[]) {
  const sent: string[] = [];
  const d: Partial<Deps> = {
    onlineConsent: async (s) => granted.includes(s),
    openOptions: vi.fn(async () => {}),
    knowledge: async (r) => (sent.push(r.name), { status: 'not-found', fetchedAt: 1, stale: false, problem: null }),
    coverage: async (name) => (sent.push(name), { status: 'ok', articles: [], fetchedAt: 1, fromCache: false }),
  };
  return { d, sent };
}

it("a card's one-time look-up without the browser's hosts sends nothing and says the permission is missing", async () => {
  const { d, sent } = deps(['onlineCoverage']);
  expect(await handleMessage({ type: 'knowledge:lookup', request, once: true }, {}, d)).toEqual({
    ok: true,
    value: { status: 'not-allowed', needs: 'permission' },
  });
  expect(sent).toEqual([]);
  // With the hosts, the same click is sent.
  expect(await handleMessage({ type: 'knowledge:lookup', request, once: true }, {}, deps(['knowledge']).d)).toMatchObject({
    value: { status: 'not-found' },
  });
});

it("a card's 'Always look up' is saved when the browser granted the hosts, else opens the options page and saves nothing", async () => {
  const without = deps([]);
  expect(await handleMessage({ type: 'knowledge:allow' }, {}, without.d)).toEqual({ ok: true, value: false });
  expect(without.d.openOptions).toHaveBeenCalledOnce();
  expect((await loadSettings()).knowledge).toBe('ask');

  const granted = deps(['knowledge']);
  expect(await handleMessage({ type: 'knowledge:allow' }, {}, granted.d)).toEqual({ ok: true, value: true });
  expect(granted.d.openOptions).not.toHaveBeenCalled();
  expect((await loadSettings()).knowledge).toBe('allowed');
});

it('coverage allowed in the settings but not by the browser: nothing sent, the reason given, the setting no longer allowed', async () => {
  await saveSettings({ onlineCoverage: 'allowed' });
  const { d, sent } = deps(['knowledge']);
  expect(await handleMessage({ type: 'coverage:online', name: 'Mikhail Orlovsky' }, {}, d)).toMatchObject({
    ok: true,
    value: { status: 'unavailable', reason: 'no-permission', cached: null },
  });
  expect(sent).toEqual([]);
  expect((await loadSettings()).onlineCoverage).toBe('ask');
});

it('the browser is not even asked while the reader has not allowed anything to be sent', async () => {
  const onlineConsent = vi.fn(async () => true);
  expect(await handleMessage({ type: 'knowledge:lookup', request }, {}, { onlineConsent })).toEqual({
    ok: true,
    value: { status: 'not-allowed' },
  });
  expect(onlineConsent).not.toHaveBeenCalled();
});
