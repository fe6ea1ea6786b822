/**
 * Typed messages between the content script, the background, the popup and the options page.
 * Every receiver checks that the sender is this extension itself.
 */
import { browser, type Browser } from 'wxt/browser';
import type { PageReport } from '../page-report';

export type BackgroundRequest =
  | { type: 'page-report'; report: PageReport }
  | { type: 'get-report'; tabId: number }
  | { type: 'open-summary'; claimId: string };

export type ContentRequest = { type: 'show-claim'; claimId: string } | { type: 'get-report' };

export interface ShowClaimResult {
  shown: boolean;
}

/** Whether a message comes from this extension (its pages or its content scripts). */
export function isOwnSender(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

export function sendToBackground<T = unknown>(message: BackgroundRequest): Promise<T | undefined> {
  return browser.runtime.sendMessage(message).catch(() => undefined) as Promise<T | undefined>;
}

/** To a tab's content script (its top document only when `frameId` is 0). */
export function sendToTab<T = unknown>(tabId: number, message: ContentRequest, frameId?: number): Promise<T | undefined> {
  const options = frameId === undefined ? undefined : { frameId };
  return browser.tabs.sendMessage(tabId, message, options).catch(() => undefined) as Promise<T | undefined>;
}
