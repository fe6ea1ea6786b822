/**
 * Highlights are not only registered but drawn: the rules reach the elements the text sits in.
 * The rules start scoped to those elements (picked out by id or position, so adopting them does
 * not make the browser restyle the whole page) and turn wide on a page with many of them.
 */
import { test, expect, fixtureUrl, waitForScan } from './extension-fixture';
import { afterNextScan } from './page-helpers';
import { isDrawn, ruleSelectors } from './highlight-drawing';

test.describe('highlights are drawn', () => {
  test('scoped to the elements holding highlighted text, across inline elements', async ({ context, consoleErrors }) => {
    const page = await context.newPage();
    await page.goto(fixtureUrl('cross-element.html'));
    await waitForScan(page);
    const selectors = await ruleSelectors(page, 'countersignal-consistent');
    // One rule per element holding highlighted text, none for the whole page.
    expect(selectors.length).toBeGreaterThan(0);
    expect(selectors.every((s) => !s.startsWith('::highlight'))).toBe(true);
    expect(selectors).toContain('#note > b:nth-child(1)::highlight(countersignal-consistent)');
    for (const text of ['94%', '4%', '$2.5 billion']) expect(await isDrawn(page, text), text).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  test('still drawn after the page moves the highlighted paragraph', async ({ context, consoleErrors }) => {
    const page = await context.newPage();
    await page.goto(fixtureUrl('cross-element.html'));
    await waitForScan(page);
    expect(await isDrawn(page, '94%')).toBe(true);
    // A block inserted before the paragraph shifts its position among its siblings.
    await afterNextScan(page, () =>
      page.evaluate(() => {
        const aside = document.createElement('aside');
        aside.textContent = 'Advertisement';
        document.querySelector('article')!.insertBefore(aside, document.querySelector('h1'));
      }),
    );
    expect(await isDrawn(page, '94%')).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  test('picks out an element by an id that needs escaping', async ({ context, consoleErrors }) => {
    const page = await context.newPage();
    await page.goto(fixtureUrl('cross-element.html'));
    await waitForScan(page);
    await afterNextScan(page, () =>
      page.evaluate(() => {
        const p = document.createElement('p');
        p.id = '2028: "odd" id';
        p.textContent = 'The Remote Access Security Act cleared the House 369-22.';
        document.querySelector('article')!.append(p);
      }),
    );
    expect(await ruleSelectors(page, 'countersignal-consistent')).toContain('#\\32 028\\:\\ \\"odd\\"\\ id::highlight(countersignal-consistent)');
    expect(await isDrawn(page, '369-22')).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  test('wide once the page holds highlighted text in many elements', async ({ context, consoleErrors }) => {
    const page = await context.newPage();
    await page.goto(fixtureUrl('cross-element.html'));
    await waitForScan(page);
    expect((await ruleSelectors(page, 'countersignal-consistent')).length).toBeLessThanOrEqual(16);
    // The page adds twenty paragraphs, each with a sourced figure in its own element.
    await afterNextScan(page, () =>
      page.evaluate(() => {
        const more = document.createDocumentFragment();
        for (let i = 0; i < 20; i++) {
          const p = document.createElement('p');
          p.textContent = `Update ${i + 1}: DeepSeek R1-0528 went along with 94% of the malicious prompts in that jailbreak test.`;
          more.append(p);
        }
        document.querySelector('article')!.append(more);
      }),
    );
    expect(await ruleSelectors(page, 'countersignal-consistent')).toEqual(['::highlight(countersignal-consistent)']);
    expect(await isDrawn(page, '$2.5 billion')).toBe(true);
    const last = await page.evaluate(() => {
      const ranges = [...(CSS.highlights.get('countersignal-consistent') as unknown as Iterable<Range>)];
      return ranges.filter((r) => r.startContainer.parentElement!.textContent!.startsWith('Update 20:')).map((r) => r.toString());
    });
    expect(last).toEqual(['94%']);
    expect(consoleErrors).toEqual([]);
  });
});
