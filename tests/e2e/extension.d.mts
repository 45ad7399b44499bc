/** Types for extension.mjs. */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { TabState } from '../../lib/messaging/protocol';

export declare const projectRoot: string;
export declare const extensionDir: string;
export declare const POPUP_SETTLED: string;

export declare function chromiumArgs(extDir?: string): string[];
export declare function launchWithExtension(options?: {
  headless?: boolean;
  userDataDir?: string;
  extDir?: string;
  viewport?: { width: number; height: number } | null;
  timeout?: number;
  /** An X display to run a headed Chromium in (tests/e2e/browser-prompt.mjs). */
  display?: string;
}): Promise<BrowserContext>;
export declare function serviceWorker(context: BrowserContext, timeout?: number): Promise<Worker>;
export declare function inWorker<R, A = undefined>(context: BrowserContext, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
export declare function extensionIdOf(context: BrowserContext): Promise<string>;
export declare function tabIdFor(context: BrowserContext, pageOrUrl: Page | string): Promise<number>;
export declare function readTabStates(context: BrowserContext): Promise<Record<number, TabState>>;
export declare function readTabState(context: BrowserContext, tabId: number): Promise<TabState | null>;
export declare function waitForTabState(
  context: BrowserContext,
  tabId: number,
  options?: { timeout?: number; interval?: number; since?: number },
): Promise<TabState>;
export declare function badgeText(context: BrowserContext, tabId: number): Promise<string>;
export declare function openPopupFor(
  context: BrowserContext,
  extensionId: string,
  tabId: number,
  options?: { width?: number; height?: number; timeout?: number },
): Promise<Page>;

export type PopupReading =
  | { kind: 'article'; title: string | null; outlet: string | null; date: string | null; words: string | null }
  | { kind: 'no-article'; message: string | null; why: string | null }
  | { kind: 'error'; message: string | null };
export declare function readPopup(popup: Page): Promise<PopupReading>;
