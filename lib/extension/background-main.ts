/**
 * The background: keeps each tab's findings (sent by its content script, bounded) in session
 * storage so they survive the service worker going to sleep, sets the toolbar badge, and answers
 * the popup. When a tab has loaded something, its top document is asked for its report: a
 * sub-frame load (an ad reloading) leaves the page's report and badge as they are; a new page
 * without our content script (or not answering yet) clears them until it reports.
 */
import { browser, type Browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { boundReport, type PageReport } from '../page-report';
import { badgeFor } from '../toolbar-badge';
import { isOwnSender, sendToTab, type BackgroundRequest } from './messages';

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

/** Stores a tab's report (bounded) and sets its badge; a full storage costs the report, not the badge. */
async function keepReport(tabId: number, report: PageReport | null): Promise<void> {
  try {
    if (report) await storage.setItem(reportKey(tabId), boundReport(report));
    else await storage.removeItem(reportKey(tabId));
  } catch {
    // Session storage full or unavailable: the popup asks the tab directly instead.
  }
  await setBadge(tabId, report);
}

/** After a load in the tab: the report of the tab's top document as it is now, if it has our content script. */
async function refreshReport(tabId: number): Promise<void> {
  const report = await sendToTab<PageReport>(tabId, { type: 'get-report' }, 0);
  await keepReport(tabId, report && typeof report === 'object' ? report : null);
}

async function handle(request: BackgroundRequest, sender: Browser.runtime.MessageSender): Promise<unknown> {
  switch (request.type) {
    case 'page-report': {
      const tabId = sender.tab?.id;
      // Only top-level frames report for the tab.
      if (tabId === undefined || (sender.frameId ?? 0) !== 0) return undefined;
      await keepReport(tabId, request.report);
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
    // A new address in the tab: the old page's findings are gone (sub-frame loads have no url).
    if (changeInfo.status === 'loading' && changeInfo.url) void keepReport(tabId, null);
    // "complete" follows every load in the tab, the top page's or a sub-frame's alike.
    if (changeInfo.status === 'complete') void refreshReport(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void storage.removeItem(reportKey(tabId)));
}
