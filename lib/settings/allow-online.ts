/**
 * The reader's yes to an online service, from the popup or the options page: the browser's own
 * prompt first (the service's hosts, and in Firefox data collection: lib/services/data-consent.ts),
 * then the setting saved. One flow for both services and both pages; it must run in the click's handler.
 */
import { requestOnlineConsent } from '../services/data-consent';
import type { OnlineSetting } from './online-hosts';
import { saveSettings } from './settings';

export type { OnlineSetting } from './online-hosts';

/**
 * True once the reader and the browser agreed and the setting is saved. A refusal in the browser's
 * prompt is the reader's "no", saved as one (the popup then says so, and asks no more); a browser
 * that could not ask leaves the setting as it was. Either way nothing is sent.
 */
export async function allowOnline(setting: OnlineSetting): Promise<boolean> {
  const answer = await requestOnlineConsent(setting);
  if (answer === 'cannot-ask') return false;
  await saveSettings({ [setting]: answer === 'granted' ? 'allowed' : 'refused' });
  return answer === 'granted';
}
