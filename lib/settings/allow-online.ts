/**
 * The reader's yes to an online service, from the popup or the options page: the browser's own
 * prompt first (the service's hosts, and in Firefox data collection: lib/services/data-consent.ts),
 * then the setting saved. One flow for both services and both pages; it must run in the click's handler.
 */
import { requestOnlineConsent } from '../services/data-consent';
import type { OnlineSetting } from './online-hosts';
import { saveSettings } from './settings';

export type { OnlineSetting } from './online-hosts';

/** True once the reader and the browser agreed and the setting is saved; false when the browser's prompt was refused (nothing saved). */
export async function allowOnline(setting: OnlineSetting): Promise<boolean> {
  if (!(await requestOnlineConsent(setting))) return false;
  await saveSettings({ [setting]: 'allowed' });
  return true;
}
