import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { PageReport } from '@/lib/page-report';
import { sendToBackground, sendToTab } from '@/lib/extension/messages';

export type TabState =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'unsupported'; tabId: number }
  | { kind: 'report'; tabId: number; report: PageReport };

/** The findings for a tab: from the background, or straight from the tab's content script. */
async function fetchReport(tabId: number): Promise<PageReport | null> {
  return (
    (await sendToBackground<PageReport | null>({ type: 'get-report', tabId })) ??
    (await sendToTab<PageReport>(tabId, { type: 'get-report' })) ??
    null
  );
}

/** The report for a tab (`undefined`: not known yet; `null`: no tab), kept current while the popup is open. */
export function useTabReport(tabId: number | null | undefined): TabState {
  const [loaded, setLoaded] = useState<{ tabId: number; report: PageReport | null } | null>(null);

  useEffect(() => {
    if (tabId == null) return;
    let cancelled = false;
    const load = async () => {
      const report = await fetchReport(tabId);
      if (!cancelled) setLoaded({ tabId, report });
    };
    void load();
    // Reports change while the popup is open (a site switched on, a live page): follow them.
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && `tab-report-${tabId}` in changes) void load();
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      cancelled = true;
      browser.storage.onChanged.removeListener(listener);
    };
  }, [tabId]);

  if (tabId === undefined) return { kind: 'loading' };
  if (tabId === null) return { kind: 'no-tab' };
  if (!loaded || loaded.tabId !== tabId) return { kind: 'loading' };
  return loaded.report ? { kind: 'report', tabId, report: loaded.report } : { kind: 'unsupported', tabId };
}
