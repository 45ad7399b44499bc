/**
 * A yes the browser no longer backs: the reader can take a service's hosts (or, in Firefox, its
 * data collection) back in the browser's own settings, and the setting must not go on saying
 * 'allowed'. It goes back to 'ask': the browser was told no, not Sourcelight, so the next yes asks
 * the browser again.
 */
import { hasOnlineConsent } from '../services/data-consent';
import { ONLINE_SETTINGS, type OnlineSetting } from './online-hosts';
import { loadSettings, saveSettings } from './settings';

/** Sets back to 'ask' each allowed setting the browser no longer allows; answers which. */
export async function forgetWithdrawnConsent(has: (s: OnlineSetting) => Promise<boolean> = hasOnlineConsent): Promise<OnlineSetting[]> {
  const settings = await loadSettings();
  const allowed = ONLINE_SETTINGS.filter((s) => settings[s] === 'allowed');
  const withdrawn: OnlineSetting[] = [];
  for (const s of allowed) if (!(await has(s))) withdrawn.push(s);
  if (withdrawn.length) await saveSettings(Object.fromEntries(withdrawn.map((s) => [s, 'ask'])));
  return withdrawn;
}
