/** The online look-ups (GDELT's coverage, who a person is): only with the reader's consent, and the browser's. */
import { onlineCoverage } from '../../services/online-coverage';
import { lookUpPerson } from '../../services/online-knowledge';
import { loadSettings, saveSettings } from '../../settings/settings';
import { hostsOf, type OnlineSetting } from '../../settings/online-hosts';
import { forgetWithdrawnConsent } from '../../settings/withdrawn-consent';
import type { Deps, Handlers } from '../handler';

/**
 * Whether the browser backs the reader's choice for `setting`; when it does not, an 'allowed' left
 * over from before the reader took the hosts back becomes 'ask' (the options page and the cards
 * then show the truth).
 */
async function browserAllows(setting: OnlineSetting, { onlineConsent }: Deps): Promise<boolean> {
  if (await onlineConsent(setting)) return true;
  await forgetWithdrawnConsent(onlineConsent);
  return false;
}

export const onlineHandlers: Pick<Handlers, 'coverage:online' | 'knowledge:lookup' | 'knowledge:allow' | 'options:open'> = {
  'coverage:online': async (message, _sender, deps) => {
    const allowed = (await loadSettings()).onlineCoverage === 'allowed';
    if (allowed && !(await browserAllows('onlineCoverage', deps))) {
      return {
        ok: true,
        value: {
          status: 'unavailable',
          reason: 'no-permission',
          message: `The browser has not granted ${hostsOf('onlineCoverage').join(', ')}.`,
          cached: null,
        },
      };
    }
    return { ok: true, value: await onlineCoverage(message.name, allowed, deps.coverage) };
  },
  'knowledge:lookup': async (message, _sender, deps) => {
    const settings = await loadSettings();
    // Not even the browser is asked while the reader has said nothing that could send a name.
    if (settings.knowledge !== 'allowed' && message.once !== true) return { ok: true, value: { status: 'not-allowed' } };
    if (!(await browserAllows('knowledge', deps))) return { ok: true, value: { status: 'not-allowed', needs: 'permission' } };
    return { ok: true, value: await lookUpPerson(message.request, message.once === true, settings, deps.knowledge) };
  },
  // A card's "Always look up": the content script cannot raise the browser's prompt. With the hosts
  // already granted (a yes given before) the setting is saved; else the options page opens, where
  // the reader's yes raises it.
  'knowledge:allow': async (_message, _sender, deps) => {
    if (await deps.onlineConsent('knowledge')) {
      await saveSettings({ knowledge: 'allowed' });
      return { ok: true, value: true };
    }
    await deps.openOptions();
    return { ok: true, value: false };
  },
  'options:open': async (_message, _sender, { openOptions }) => {
    await openOptions();
    return { ok: true, value: null };
  },
};
