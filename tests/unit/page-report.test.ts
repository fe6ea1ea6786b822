import { describe, expect, it } from 'vitest';
import { KNOWLEDGE } from '@/lib/knowledge';
import { createMatcher } from '@/lib/matching/matcher';
import { summarizeMentions, type PageReport } from '@/lib/page-report';
import { badgeFor } from '@/lib/toolbar-badge';

const matcher = createMatcher(KNOWLEDGE);
const mentions = [
  "Anthropic's 2028 essay names Huawei.",
  "Huawei will produce just 4% of Nvidia's aggregate compute in 2026.",
  "Huawei will make 14 percent of Nvidia's compute, a newsletter said.",
  "Elsewhere: Huawei will make 14 percent of Nvidia's compute.",
  'The House passed the Remote Access Security Act 369-22.',
].flatMap((t) => matcher.matchBlock(t));

describe('page report', () => {
  it('summarises per claim, differing claims first, with the verdicts, counts and figures', () => {
    expect(summarizeMentions(mentions)).toEqual([
      {
        claimId: 'huawei-compute-share',
        verdicts: ['differs', 'consistent', 'mention'],
        mentions: 4,
        pageFigures: ['4%', '14 percent'],
        differences: [{ page: '14 percent', sourced: '4%' }],
        distortions: [],
        why: expect.arrayContaining(['Huawei']),
      },
      { claimId: 'remote-access-bill-vote', verdicts: ['consistent'], mentions: 1, pageFigures: ['369-22'], differences: [], distortions: [], why: expect.arrayContaining(['Remote Access Security Act']) },
      { claimId: 'the-paper', verdicts: ['mention'], mentions: 1, pageFigures: [], differences: [], distortions: [], why: ["Anthropic's 2028 essay"] },
    ]);
  });

  it('lists the distortions a page repeats', () => {
    const [finding] = summarizeMentions(matcher.matchBlock('The US already has 11 times more compute than China.'));
    expect(finding!.distortions).toEqual([
      { text: '"The US has 11 times more compute than China."', correction: expect.stringContaining('conditional estimate') },
    ]);
  });

  it('lists a distorted claim as a misquote too: "differs distorted"', () => {
    const [finding] = summarizeMentions(matcher.matchBlock('US models are currently 12-24 months ahead of China.'));
    expect(finding!.claimId).toBe('scenario-one-lead');
    expect(finding!.verdicts).toEqual(['differs', 'distorted']);
    expect(finding!.differences).toEqual([]);
    expect(badgeFor({ url: 'https://x.test/', host: 'x.test', status: 'scanned', claims: [finding!], mentions: 1 }).text).toBe('1!');
  });

  it('sets the badge from the number of claims, flagging a difference', () => {
    const report = (claims: PageReport['claims'], status: PageReport['status'] = 'scanned'): PageReport => ({ url: 'https://x.test/', host: 'x.test', status, claims, mentions: 0 });
    const claims = summarizeMentions(mentions);
    expect(badgeFor(report(claims))).toEqual({ text: '3!', color: '#c2410c' });
    expect(badgeFor(report(claims.slice(1)))).toEqual({ text: '2', color: '#11734f' });
    expect(badgeFor(report([])).text).toBe('');
    expect(badgeFor(report(claims, 'disabled')).text).toBe('');
    expect(badgeFor(null).text).toBe('');
  });
});
