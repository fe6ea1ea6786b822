/** Whether highlights are drawn, and by which rules (Chromium and Firefox alike). */
import type { Page } from '@playwright/test';

/**
 * Whether the highlighted range whose text is `text` is drawn: a screenshot of its box with the
 * range in its highlight differs from one without it (the range is taken out and put back).
 */
export async function isDrawn(page: Page, text: string): Promise<boolean> {
  const toggle = (remove: boolean) =>
    page.evaluate(
      ([t, remove]) => {
        const w = window as unknown as { __taken?: [Highlight, Range] };
        if (!remove) {
          const [h, r] = w.__taken!;
          h.add(r);
          return null;
        }
        for (const [, h] of CSS.highlights) {
          for (const r of h as unknown as Iterable<Range>) {
            if (r.toString() !== t) continue;
            r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
            const box = r.getBoundingClientRect();
            h.delete(r);
            w.__taken = [h, r];
            return { x: box.left - 2, y: box.top - 4, width: box.width + 4, height: box.height + 8 };
          }
        }
        return null;
      },
      [text, remove] as const,
    );
  const clip = await toggle(true);
  if (!clip) throw new Error(`no highlight reads "${text}"`);
  const without = await page.screenshot({ clip });
  await toggle(false);
  const withIt = await page.screenshot({ clip });
  return !Buffer.from(without).equals(Buffer.from(withIt));
}

/** The selectors of the highlight rules the page's adopted sheet holds for one highlight name. */
export function ruleSelectors(page: Page, name = 'countersignal-differs'): Promise<string[]> {
  return page.evaluate((n) => {
    const rules = [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules]) as CSSStyleRule[];
    return rules.filter((r) => r.selectorText.includes(`::highlight(${n})`)).flatMap((r) => r.selectorText.split(', '));
  }, name);
}
