import type { Page as PlaywrightPage } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import * as shared from '../e2e/page-helpers';
import * as drawing from '../e2e/highlight-drawing';

// The Chromium suite's page helpers only call `page.evaluate(fn, arg)`, which puppeteer's Page has
// with the same meaning, so Firefox reads the page exactly as Chromium does.
const evaluator = (page: Page) => page as unknown as PlaywrightPage;

export const highlightTexts = (page: Page) => shared.highlightTexts(evaluator(page));
export const pointOfHighlight = (page: Page, text: string) => shared.pointOfHighlight(evaluator(page), text);
// The drawing checks also take `page.screenshot({ clip })`, the same in puppeteer.
export const isDrawn = (page: Page, text: string) => drawing.isDrawn(evaluator(page), text);
export const ruleSelectors = (page: Page, name?: string) => drawing.ruleSelectors(evaluator(page), name);

/** Every text painted by Countersignal's highlight registry entries, whatever their verdict, sorted. */
export function paintedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...CSS.highlights]
      .filter(([name]) => name.startsWith('countersignal-'))
      .flatMap(([, h]) => [...(h as unknown as Iterable<Range>)].map(String))
      .sort(),
  );
}

export interface CardState {
  /** The dialog's accessible name (aria-label, or the text of the elements aria-labelledby names). */
  name: string;
  text: string;
  /** The accessible name of the element focused inside the card, if focus is inside it. */
  focused: string | null;
}

/**
 * The open card, per the contract: an element with role="dialog" in the open shadow root of
 * `<div data-countersignal-ui="popover">`, a child of `<html>`. Null when there is none.
 */
export function openCard(page: Page): Promise<CardState | null> {
  return page.evaluate(() => {
    const root = document.querySelector(':root > [data-countersignal-ui="popover"]')?.shadowRoot;
    const card = root?.querySelector<HTMLElement>('[role="dialog"]');
    if (!root || !card || card.getClientRects().length === 0) return null;
    const nameOf = (el: Element) =>
      el.getAttribute('aria-label') ??
      (el.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .map((id) => root.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
    const active = root.activeElement;
    const focused = document.activeElement === root.host && active && card.contains(active) ? nameOf(active) || (active.textContent ?? '') : null;
    return { name: nameOf(card), text: card.textContent ?? '', focused };
  });
}

/** Presses a key with modifiers held (`pressChord(page, ['Alt', 'Shift'], 'ArrowRight')`). */
export async function pressChord(page: Page, modifiers: Array<'Alt' | 'Shift' | 'Control'>, key: 'ArrowRight' | 'ArrowLeft'): Promise<void> {
  for (const m of modifiers) await page.keyboard.down(m);
  await page.keyboard.press(key);
  for (const m of [...modifiers].reverse()) await page.keyboard.up(m);
}
