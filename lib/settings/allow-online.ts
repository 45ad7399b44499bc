/**
 * The reader's yes to an online service, from the popup or the options page: the browser's own
 * consent first (Firefox asks for data collection by category, lib/services/data-consent.ts), then
 * the setting saved. One flow for both services and both pages; it must run in the click's handler.
 */
import { requestOnlineConsent } from '../services/data-consent';
import { saveSettings } from './settings';

/** The settings asked consent for: looking people up, and coverage from GDELT. */
export type OnlineSetting = 'knowledge' | 'onlineCoverage';

/** True once the reader and the browser agreed and the setting is saved; false when the browser said no. */
export async function allowOnline(setting: OnlineSetting): Promise<boolean> {
  if (!(await requestOnlineConsent())) return false;
  await saveSettings({ [setting]: 'allowed' });
  return true;
}
