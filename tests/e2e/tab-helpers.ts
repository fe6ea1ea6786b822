import type { BrowserContext, Page } from '@playwright/test';
import { serviceWorkerOf } from './extension-fixture';

type Api = {
  tabs: { query(q: object): Promise<Array<{ id: number }>> };
  storage: { local: { set(v: object): Promise<void>; get(k: string): Promise<Record<string, unknown>> }; session: { get(k: string): Promise<Record<string, unknown>> } };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

/** The browser's id for a page's tab (the extension has no "tabs" permission, so ask for the active tab). */
export async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await serviceWorkerOf(page.context());
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id;
  });
}

/** The report the background keeps for a tab, and its badge text. */
export async function tabState(context: BrowserContext, tabId: number): Promise<{ status: string | null; claims: number; badge: string }> {
  const worker = await serviceWorkerOf(context);
  return worker.evaluate(async (id) => {
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    const report = (await api.storage.session.get(`tab-report-${id}`))[`tab-report-${id}`] as { status: string; claims: unknown[] } | undefined;
    return { status: report?.status ?? null, claims: report?.claims.length ?? 0, badge: await api.action.getBadgeText({ tabId: id }) };
  }, tabId);
}

export const DEFAULT_STORED = { version: 1, runMode: 'all', sites: [], highlightStyle: 'underline', openOn: 'hover', counterSignals: 'expanded', language: 'auto' };

/** Writes settings straight into extension storage, as another extension page would. */
export async function storeSettings(context: BrowserContext, settings: object): Promise<void> {
  const worker = await serviceWorkerOf(context);
  await worker.evaluate(async (s) => {
    await (globalThis as unknown as { chrome: Api }).chrome.storage.local.set({ settings: s });
  }, settings);
}

export async function storedSettings(context: BrowserContext): Promise<unknown> {
  const worker = await serviceWorkerOf(context);
  return worker.evaluate(async () => (await (globalThis as unknown as { chrome: Api }).chrome.storage.local.get('settings')).settings);
}

/**
 * Resolves once the content script has reported this status for the page's tab: how to wait for
 * pages it leaves alone, which record no scan mark (they learn nothing of it).
 */
export async function waitForReport(page: Page, status: 'not-relevant' | 'disabled' | 'scanned'): Promise<void> {
  const tabId = await tabIdOf(page);
  const deadline = Date.now() + 15_000;
  while ((await tabState(page.context(), tabId)).status !== status) {
    if (Date.now() > deadline) throw new Error(`no "${status}" report for ${page.url()}`);
    await page.waitForTimeout(100);
  }
}
