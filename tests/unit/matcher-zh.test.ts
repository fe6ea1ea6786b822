import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE } from '@/lib/knowledge';
import { createMatcher } from '@/lib/matching/matcher';
import { ZH_CASES, ZH_HANT_CASES } from './matcher-cases-zh';
import type { MatcherCase } from './matcher-cases';

const matcher = createMatcher(KNOWLEDGE);
const describeMentions = (text: string) =>
  matcher.matchBlock(text).map((m) => `${text.slice(m.start, m.end)}|${m.verdict}|${m.claimIds.join(' ')}`).sort();

/** The Simplified cases in Traditional script (OpenCC, Taiwan standard), spans converted alike. */
const toTraditional = Converter({ from: 'cn', to: 'tw' });
const CONVERTED: MatcherCase[] = ZH_CASES.map((c) => ({
  text: toTraditional(c.text),
  expected: c.expected.map((e) => {
    const [span, ...rest] = e.split('|');
    return [toTraditional(span!), ...rest].join('|');
  }),
}));

describe('Chinese matcher cases', () => {
  it('has at least 120 cases in both scripts', () => {
    expect(ZH_CASES.length + CONVERTED.length + ZH_HANT_CASES.length).toBeGreaterThanOrEqual(120);
    expect(ZH_HANT_CASES.length).toBeGreaterThanOrEqual(15);
  });

  it('converts the cases to Traditional script for real', () => {
    const changed = CONVERTED.filter((c, i) => c.text !== ZH_CASES[i]!.text);
    expect(changed.length).toBeGreaterThan(ZH_CASES.length * 0.8);
  });

  describe.each([
    ['Simplified', ZH_CASES],
    ['Traditional (converted)', CONVERTED],
    ['Traditional (written)', ZH_HANT_CASES],
  ])('%s', (_script, cases) => {
    it.each(cases.map((c) => [c.text, c]))('%s', (_text, c) => {
      expect(describeMentions(c.text)).toEqual([...c.expected].sort());
    });
  });
});
