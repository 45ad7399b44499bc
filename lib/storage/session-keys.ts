/**
 * The keys of storage.session: the background writes a tab's state under its key and the popup
 * watches that key for changes, so both take it from here rather than from each other.
 */

/** The storage.session key of a tab's state. */
export const tabKey = (tabId: number) => `tab:${tabId}`;
