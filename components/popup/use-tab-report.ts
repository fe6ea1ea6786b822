import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { PageReport } from '@/lib/page-report';
import { sendToBackground, sendToTab } from '@/lib/extension/messages';

export type TabState = { kind: 'loading' } | { kind: 'no-tab' } | { kind: 'unsupported'; tabId: number } | { kind: 'report'; tabId: number; report: PageReport };

/** The findings for a tab: from the background, or straight from the tab's content script. */
export function useTabReport(tabId: number | null | undefined): [TabState, () => void] {
  const [state, setState] = useState<TabState>({ kind: 'loading' });
  const load = useCallback(async () => {
    if (tabId === undefined) return;
    if (tabId === null) {
      setState({ kind: 'no-tab' });
      return;
    }
    const report =
      (await sendToBackground<PageReport | null>({ type: 'get-report', tabId })) ??
      (await sendToTab<PageReport>(tabId, { type: 'get-report' })) ??
      null;
    setState(report ? { kind: 'report', tabId, report } : { kind: 'unsupported', tabId });
  }, [tabId]);

  useEffect(() => {
    void load();
    // Reports change while the popup is open (a site switched on, a live page): follow them.
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && tabId != null && `tab-report-${tabId}` in changes) void load();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [load, tabId]);

  return [state, load];
}
