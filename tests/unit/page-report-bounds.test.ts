import { describe, expect, it } from 'vitest';
import { KNOWLEDGE } from '@/lib/knowledge';
import { createMatcher, type Mention } from '@/lib/matching/matcher';
import { MAX_LISTED_PER_CLAIM, boundReport, summarizeMentions, type PageReport } from '@/lib/page-report';

const matcher = createMatcher(KNOWLEDGE);

/** A page that misquotes one figure thousands of ways ("Huawei will make 5.001% of Nvidia's compute" …). */
function manyDistinctMisquotes(count: number): Mention[] {
  const [template] = matcher.matchBlock("Huawei will make 14 percent of Nvidia's compute.").filter((m) => m.verdict === 'differs');
  expect(template).toBeDefined();
  return Array.from({ length: count }, (_, i) => ({ ...template!, pageFigure: { ...template!.pageFigure!, text: `${5 + i / 1000}%` } }));
}

describe('page report bounds', () => {
  it('keeps a bounded list per claim however many distinct figures a page holds, and counts every mention', () => {
    const [claim] = summarizeMentions(manyDistinctMisquotes(20_000));
    expect(claim!.mentions).toBe(20_000);
    expect(claim!.pageFigures).toHaveLength(MAX_LISTED_PER_CLAIM);
    expect(claim!.differences).toHaveLength(MAX_LISTED_PER_CLAIM);
    expect(claim!.pageFigures[0]).toBe('5%');
  });

  it('stores a bounded report whatever it is sent (long address, long figures, many entries)', () => {
    const figures = Array.from({ length: 1_000 }, (_, j) => `${j}${'9'.repeat(1_000)}`);
    const huge: PageReport = {
      url: `https://x.test/${'a'.repeat(3_000_000)}`,
      host: 'x.test',
      status: 'scanned',
      mentions: 1,
      claims: Array.from({ length: 5_000 }, (_, i) => ({
        claimId: `c${i}`,
        verdicts: ['differs'],
        mentions: 1,
        pageFigures: figures,
        differences: [{ page: 'x'.repeat(10_000), sourced: '4%' }],
        distortions: [],
      })),
    };
    const stored = JSON.stringify(boundReport(huge)).length;
    // Session storage (10 MB) is shared by every tab: one report stays a small part of it.
    expect(stored).toBeLessThan(600_000);
    expect(JSON.stringify(boundReport(huge)).length).toBe(stored);
    const small: PageReport = { url: 'https://x.test/', host: 'x.test', status: 'scanned', mentions: 1, claims: summarizeMentions(manyDistinctMisquotes(3)) };
    expect(boundReport(small)).toEqual(small);
  });
});
