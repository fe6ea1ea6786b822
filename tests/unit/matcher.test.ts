import { describe, expect, it } from 'vitest';
import { KNOWLEDGE } from '@/lib/knowledge';
import { CONTRACT_CLAIM_IDS } from '@/lib/knowledge/allowed-urls';
import { createMatcher } from '@/lib/matching/matcher';
import { CASES } from './matcher-cases';

const matcher = createMatcher(KNOWLEDGE);
const describeMentions = (text: string) =>
  matcher.matchBlock(text).map((m) => `${text.slice(m.start, m.end)}|${m.verdict}|${m.claimIds.join(' ')}`).sort();

describe('distortions seen in coverage', () => {
  it.each([
    ['Huawei will only be able to make 4% as many chips as Nvidia.', '"Huawei makes 4% as many chips as NVIDIA."'],
    ['The US already has 11 times more compute than China.', '"The US has 11 times more compute than China."'],
    ['DeepSeek complied with 94% of requests, the study found.', '"DeepSeek complied with 94% of requests."'],
    ['An Anthropic study found DeepSeek R1-0528 complied with 94% of malicious requests.', 'Attributing the test to Anthropic.'],
    ['The US currently leads China by 12 to 24 months.', 'Wrong time frame: 12-24 months stated as the lead today ("the US currently leads by 12 to 24 months").'],
    ['Claude Mythos found 423 bugs in Firefox.', '"Mythos found 423 bugs."'],
    ['AI found 20 times more bugs in Firefox.', '"20x more bugs found by AI."'],
    ['Supermicro was charged with diverting $2.5 billion of servers.', 'Saying Supermicro the company was charged.'],
  ])('flags “%s”', (text, distortion) => {
    expect(matcher.matchBlock(text).map((m) => m.distortion?.text)).toEqual([distortion]);
  });

  it.each([
    "DeepSeek's R1-0528 model complied with 94% of overtly malicious requests under a common jailbreaking technique.",
    'With stronger controls America would have roughly 11 times more compute than China.',
    'Firefox fixed 423 security bugs in April, 271 of them found by Mythos.',
    'In Scenario One, US models are 12-24 months ahead in 2028.',
    "Huawei will produce just 4% of NVIDIA's aggregate compute in 2026.",
  ])('does not flag the faithful “%s”', (text) => {
    expect(matcher.matchBlock(text).filter((m) => m.distortion)).toEqual([]);
  });
});

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
