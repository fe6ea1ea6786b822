import { describe, expect, it } from 'vitest';
import { KNOWLEDGE } from '@/lib/knowledge';
import { createMatcher } from '@/lib/matching/matcher';
import { DETECTION_CASES } from './detection-cases';

const matcher = createMatcher(KNOWLEDGE);
const summary = (text: string) => matcher.matchBlock(text).map((m) => `${text.slice(m.start, m.end)}|${m.verdict}|${m.claimIds.join(' ')}`);

describe('claim detection in other words', () => {
  it('has at least 150 cases', () => {
    expect(DETECTION_CASES.length).toBeGreaterThanOrEqual(150);
  });

  it.each(DETECTION_CASES.map((c) => [c.class, c.text, c] as const))('%s: %s', (_cls, text, c) => {
    const mentions = matcher.matchBlock(text);
    const context = summary(text).join('\n');
    for (const want of c.find ?? []) {
      const [id, verdict] = want.split('|');
      const hit = mentions.some((m) => m.claimIds.includes(id!) && (!verdict || m.verdict === verdict));
      expect(hit, `expected ${want} in:\n${context}`).toBe(true);
    }
    for (const id of c.absent ?? []) {
      if (id === '*') expect(mentions, context).toEqual([]);
      else expect(mentions.filter((m) => m.claimIds.includes(id)), context).toEqual([]);
    }
    for (const verdict of c.noVerdict ?? []) {
      expect(mentions.filter((m) => m.verdict === verdict), context).toEqual([]);
    }
  });

  it('says why a passage matched: the words that triggered it', () => {
    const [m] = matcher.matchBlock('Chinese labs are renting restricted chips from cloud providers abroad.');
    expect(m!.why).toEqual(expect.arrayContaining(['renting', 'restricted chips', 'cloud providers', 'abroad']));
  });
});
