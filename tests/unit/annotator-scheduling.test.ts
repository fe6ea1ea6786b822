// @vitest-environment happy-dom
/**
 * The cold start (issue 11): the matcher's set-up and the first slice of a scan once ran in one
 * task (60-109 ms). A scan now reads nothing in the task that starts it: whatever set it off (the
 * matcher's set-up, the listeners, a batch of the page's edits) has had its share of the thread.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Annotator } from '@/lib/dom/annotator';
import { KNOWLEDGE } from '@/lib/knowledge';
import { createMatcher } from '@/lib/matching/matcher';

const matcher = createMatcher(KNOWLEDGE);

describe('annotator scheduling', () => {
  afterEach(() => vi.restoreAllMocks());

  it('starts reading the page in a task of its own, then reads it', async () => {
    // A page about something else: the scan reads it, finds it unrelated and paints nothing.
    document.body.innerHTML = '<article><p>The bakery on the corner now opens at seven.</p><p>Its rye bread sells out by noon.</p></article>';
    const walkers = vi.spyOn(document, 'createTreeWalker');
    const scans: string[] = [];
    const annotator = new Annotator(document, { matcher, highlightStyle: 'underline', onScan: (status) => scans.push(status) });
    const done = annotator.start();
    expect(walkers).not.toHaveBeenCalled();
    await done;
    expect(walkers).toHaveBeenCalled();
    expect(scans).toEqual(['not-relevant']);
    annotator.dispose();
  });

  it('a rescan also begins in a task of its own', async () => {
    document.body.innerHTML = '<p>Nothing here but the weather.</p>';
    const annotator = new Annotator(document, { matcher, highlightStyle: 'underline' });
    await annotator.start();
    const walkers = vi.spyOn(document, 'createTreeWalker');
    const done = annotator.rescan();
    expect(walkers).not.toHaveBeenCalled();
    await done;
    expect(walkers).toHaveBeenCalled();
    annotator.dispose();
  });
});
