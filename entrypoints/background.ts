import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { route } from '@/lib/background/router';
import { saveActiveTab } from '@/lib/library/save-tab';
import { loadSettings, saveSettings } from '@/lib/settings/settings';
import { forgetTab } from '@/lib/tabs/tab-store';
import { forgetWithdrawnConsent } from '@/lib/settings/withdrawn-consent';
import { warmWhenTabsLoad } from '@/lib/background/handlers/extract';

export default defineBackground(() => {
  // Not addListener(route): the listener's third argument is sendResponse, and route's is for tests.
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  // Whether a saved state is still current is checked when it is asked for (handlers/tab.ts):
  // a tab's "loading" status also fires for in-page links, which keep the same document.
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // A page starting to load wakes a stopped worker, which readies the analysis meanwhile.
  warmWhenTabsLoad();
  // The reader took a service's hosts back in the browser's settings: its setting stops saying 'allowed'.
  browser.permissions.onRemoved.addListener(() => void forgetWithdrawnConsent());
  // The keyboard shortcut turns highlights on or off everywhere; pages follow the setting.
  browser.commands.onCommand.addListener((command) => {
    if (command === 'toggle-highlights') void loadSettings().then((s) => saveSettings({ enabled: !s.enabled }));
    if (command === 'save-article') void saveActiveTab();
  });
});
