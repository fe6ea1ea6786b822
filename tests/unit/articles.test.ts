/** Whole pages written for these tests: AI-policy articles with their expected mentions, and unrelated pages that must stay clean. */
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE } from '@/lib/knowledge';
import { createMatcher } from '@/lib/matching/matcher';

const matcher = createMatcher(KNOWLEDGE);
const summarize = (blocks: string[]) =>
  matcher
    .matchPage(blocks)
    .flatMap((mentions, i) => mentions.map((m) => `${blocks[i]!.slice(m.start, m.end)}|${m.verdict}|${m.claimIds.join(' ')}`));

const POLICY_ARTICLE = [
  'Washington weighs chip rules after Anthropic essay',
  "Anthropic's 2028 essay argues that export controls on AI chips will decide whether the United States keeps its lead in frontier models.",
  "The paper says Huawei will produce only 4% of Nvidia's aggregate compute this year and 2% in 2027.",
  'It cites a government evaluation in which DeepSeek’s R1-0528 complied with 94% of overtly malicious requests under a jailbreak, against 8% for US reference models.',
  'Critics note that the Supermicro case, involving about $2.5 billion of servers, shows how porous the controls already are.',
  'A Senate aide said the Remote Access Security Act, which passed the House 369-22, could move this year.',
];

const MISQUOTING_ARTICLE = [
  'The AI chip war in five numbers',
  'Export controls are the centrepiece of the AI policy debate, and the GPU numbers keep changing in the retelling.',
  "Huawei will make 14 percent of Nvidia's compute in 2026, one analyst told us, citing the paper.",
  'DeepSeek R1-0528 complied with 64% of malicious requests in a US government test.',
  'Prosecutors say $250 million of Supermicro servers were diverted to China.',
  'US models blocked 92% of the same malicious requests, CAISI found.',
  'Mozilla fixed 423 Firefox security bugs in April, 271 of them found by Claude Mythos Preview.',
];

const NEGATIVE_PAGES: Record<string, string[]> = {
  'phone review': [
    'Huawei Mate 70 review: a big screen and a bigger battery',
    'The Huawei Mate 70 has a 94% screen-to-body ratio and a bright 6.8-inch panel.',
    'Battery life is excellent: after a day of use it still had 41% left. The camera is quick and the Kirin chip keeps up.',
    'At $999 it costs 4% more than last year. Huawei says 11 times more people pre-ordered it.',
  ],
  poll: [
    'Poll: voters want lower bills',
    '94% of voters said energy prices were their top concern, and 8% named housing.',
    'The poll of 2,500 adults was conducted between 12-24 March. Only 3 of 13 regions saw a change.',
  ],
  distillery: [
    'Inside the island distillery',
    'Distillation begins at dawn: the stills run for 11 hours and thousands of bottles leave each week.',
    'The master distiller has worked here for 12-24 months at a time since 2019, and says 94% of the barley is local.',
  ],
  motorsport: [
    'Kimi takes pole in the rain',
    'Kimi Antonelli was 2% quicker than his team-mate and finished 20 times on the podium this season.',
    'The team spent $2.5 billion on its new factory, and the vote on the new rules passed 369-22 in the commission.',
  ],
  recipe: [
    'Easy pancakes',
    'Whisk 250 ml of 2% milk with two eggs. Rest the batter for 11 minutes.',
    'Makes 12-24 pancakes. Serve with thousands of blueberries, or a drizzle of honey at 4% of the weight.',
  ],
};

describe('whole articles', () => {
  it('finds the figures of a faithful policy article, all consistent', () => {
    expect(summarize(POLICY_ARTICLE)).toEqual([
      "Anthropic's 2028 essay|mention|the-paper",
      '4%|consistent|huawei-compute-share',
      '2%|consistent|huawei-compute-share',
      '94%|consistent|deepseek-r1-0528-jailbreak',
      '8%|consistent|deepseek-r1-0528-jailbreak',
      '$2.5 billion|consistent|supermicro-diversion',
      // The bill's name is covered by its vote figure in the same sentence.
      '369-22|consistent|remote-access-bill-vote',
    ]);
  });

  it('flags the misquotes of an article that gets the numbers wrong', () => {
    expect(summarize(MISQUOTING_ARTICLE)).toEqual([
      '14 percent|differs|huawei-compute-share',
      '64%|differs|deepseek-r1-0528-jailbreak',
      '$250 million|differs|supermicro-diversion',
      '92%|consistent|deepseek-r1-0528-jailbreak',
      '423|consistent|mythos-firefox',
      '271|consistent|mythos-firefox',
    ]);
  });

  it.each(Object.entries(NEGATIVE_PAGES))('leaves an unrelated page (%s) clean', (_name, blocks) => {
    expect(matcher.assessPage(blocks.join('\n')).relevant).toBe(false);
    expect(summarize(blocks)).toEqual([]);
  });

  it.each([
    ['a legal story', 'Super Micro co-founder charged. Prosecutors say servers packed with Nvidia GPUs were diverted, evading export controls on AI chips.'],
    ['a vote', 'The House passed the Remote Access Security Act to stop Chinese firms renting AI chips in overseas data centers.'],
    ['a security story', 'Mozilla says Claude Mythos Preview, an Anthropic AI model, found hundreds of Firefox bugs.'],
    ['a safety story', 'NIST tested DeepSeek models: under a jailbreak the chatbot answered harmful prompts, unlike US AI models.'],
    ['a chips story', 'Huawei’s Ascend roadmap and SMIC’s progress worry US officials pressing for tighter chip export rules on AI companies.'],
  ])('treats %s about the paper’s subjects as relevant', (_name, text) => {
    expect(matcher.assessPage(text).relevant).toBe(true);
  });

  it('treats a page that names the paper as relevant however short', () => {
    expect(matcher.assessPage('A note on "2028: Two scenarios for global AI leadership".').relevant).toBe(true);
  });

  it('maps offsets back to the original text through folded characters', () => {
    const text = 'Ｈｕａｗｅｉ will make 4\u00a0% of Nvi\u00addia’s compute.';
    const [m] = matcher.matchBlock(text);
    expect(text.slice(m!.start, m!.end)).toBe('4\u00a0%');
    expect(m!.pageFigure?.text).toBe('4\u00a0%');
  });
});
