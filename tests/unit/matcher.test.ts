import { describe, expect, it } from 'vitest';
import { KNOWLEDGE } from '@/lib/knowledge';
import { CONTRACT_CLAIM_IDS } from '@/lib/knowledge/allowed-urls';
import { createMatcher } from '@/lib/matching/matcher';
import { CASES } from './matcher-cases';

const matcher = createMatcher(KNOWLEDGE);
const describeMentions = (text: string) =>
  matcher.matchBlock(text).map((m) => `${text.slice(m.start, m.end)}|${m.verdict}|${m.claimIds.join(' ')}`).sort();

describe('matcher cases', () => {
  it('has at least 150 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(150);
  });

  it.each(CASES.map((c) => [c.text, c]))('%s', (_text, c) => {
    expect(describeMentions(c.text)).toEqual([...c.expected].sort());
  });

  it('covers every claim id with a positive case', () => {
    const covered = new Set(CASES.flatMap((c) => c.expected.flatMap((e) => e.split('|')[2]!.split(' '))));
    const missing = CONTRACT_CLAIM_IDS.filter((id) => !covered.has(id));
    expect(missing).toEqual([]);
  });
});
