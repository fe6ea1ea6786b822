import type { Page } from '@playwright/test';

/** The text of every range in Countersignal's highlights, by verdict (read from the page's highlight registry). */
export function highlightTexts(page: Page): Promise<Record<'consistent' | 'differs' | 'distorted' | 'mention', string[]>> {
  return page.evaluate(() => {
    const read = (name: string) => [...(CSS.highlights.get(`countersignal-${name}`) ?? [])].map((r) => (r as Range).toString());
    return { consistent: read('consistent'), differs: read('differs'), distorted: read('distorted'), mention: read('mention') };
  });
}

export async function scanCount(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('countersignal:scan-done').length);
}

/** Runs an action and waits for the content script to finish the scan it causes. */
export async function afterNextScan(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await scanCount(page);
  await action();
  await page.waitForFunction((n) => performance.getEntriesByName('countersignal:scan-done').length > n, before, { timeout: 10_000 });
}

/** A point inside the first client rect of the highlighted range whose text is `text` (scrolled into view). */
export function pointOfHighlight(page: Page, text: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((t) => {
    for (const [, h] of CSS.highlights) {
      for (const r of h as unknown as Iterable<Range>) {
        if (r.toString() === t) {
          const rect0 = r.getBoundingClientRect();
          if (rect0.top < 0 || rect0.bottom > innerHeight) r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const rect = r.getClientRects()[0];
          if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
    }
    return null;
  }, text);
}

/** The popover dialog, inside the extension's open shadow root. */
export const dialog = (page: Page) => page.getByRole('dialog');
