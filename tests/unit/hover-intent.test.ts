import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_GRACE_MS, HoverIntent, OPEN_DELAY_MS } from '@/lib/hover-intent';

describe('HoverIntent', () => {
  let log: string[];
  let intent: HoverIntent<string>;
  beforeEach(() => {
    vi.useFakeTimers();
    log = [];
    intent = new HoverIntent<string>({ open: (t) => log.push(`open ${t}`), close: () => log.push('close') });
  });
  afterEach(() => vi.useRealTimers());

  it('opens only after the dwell', () => {
    intent.pointerAt('a');
    vi.advanceTimersByTime(OPEN_DELAY_MS - 1);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['open a']);
  });

  it('does not open when the pointer passes over quickly', () => {
    intent.pointerAt('a');
    vi.advanceTimersByTime(100);
    intent.pointerAt(null);
    vi.advanceTimersByTime(2000);
    expect(log).toEqual([]);
  });

  it('stays open while the pointer travels into the card, closes after the grace', () => {
    intent.pointerAt('a');
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    intent.pointerAt(null);
    vi.advanceTimersByTime(CLOSE_GRACE_MS - 50);
    intent.cardHover(true);
    vi.advanceTimersByTime(5000);
    expect(log).toEqual(['open a']);
    intent.cardHover(false);
    vi.advanceTimersByTime(CLOSE_GRACE_MS - 1);
    expect(log).toEqual(['open a']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['open a', 'close']);
  });

  it('keeps one card at a time and switches after a dwell on another target', () => {
    intent.pointerAt('a');
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    intent.pointerAt('b');
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    expect(log).toEqual(['open a', 'close', 'open b']);
  });

  it('a pinned card survives the pointer leaving and closes on request', () => {
    intent.openNow('a', true);
    intent.pointerAt(null);
    intent.pointerAt('b');
    vi.advanceTimersByTime(5000);
    expect(log).toEqual(['open a']);
    intent.closeNow();
    expect(log).toEqual(['open a', 'close']);
  });
});
