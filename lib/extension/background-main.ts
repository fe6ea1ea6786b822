/**
 * The background: keeps each tab's findings (sent by its content script) in session storage so
 * they survive the service worker going to sleep, clears them on navigation, sets the toolbar
 * badge, and answers the popup.
 */
import { browser, type Browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { PageReport } from '../page-report';
import { badgeFor } from '../toolbar-badge';
import { isOwnSender, type BackgroundRequest } from './messages';

const reportKey = (tabId: number) => `session:tab-report-${tabId}` as const;

export function getTabReport(tabId: number): Promise<PageReport | null> {
  return storage.getItem<PageReport>(reportKey(tabId));
}

function action() {
  // MV3 has `action`; Firefox MV2 has `browserAction`.
  return (browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction) as typeof browser.action;
}

async function setBadge(tabId: number, report: PageReport | null): Promise<void> {
  const { text, color } = badgeFor(report);
  try {
    await action().setBadgeText({ tabId, text });
    if (text) await action().setBadgeBackgroundColor({ tabId, color });
  } catch {
    // The tab may have closed meanwhile.
  }
}

async function handle(request: BackgroundRequest, sender: Browser.runtime.MessageSender): Promise<unknown> {
  switch (request.type) {
    case 'page-report': {
      const tabId = sender.tab?.id;
      // Only top-level frames report for the tab.
      if (tabId === undefined || (sender.frameId ?? 0) !== 0) return undefined;
      await storage.setItem(reportKey(tabId), request.report);
      await setBadge(tabId, request.report);
      return undefined;
    }
    case 'get-report':
      return getTabReport(request.tabId);
    case 'open-summary':
      await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?claim=${encodeURIComponent(request.claimId)}`) });
      return undefined;
    default:
      return undefined;
  }
}

export function startBackground(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isOwnSender(sender) || typeof message !== 'object' || message === null || !('type' in message)) return undefined;
    return handle(message as BackgroundRequest, sender);
  });
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    // A new page is loading in the tab: its findings are gone until its content script reports.
    if (changeInfo.status === 'loading') {
      void storage.removeItem(reportKey(tabId));
      void setBadge(tabId, null);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void storage.removeItem(reportKey(tabId)));
}
