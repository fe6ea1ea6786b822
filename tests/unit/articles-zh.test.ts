/** Whole Chinese pages written for these tests: articles about the paper, and unrelated pages that must stay clean. */
import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE } from '@/lib/knowledge';
import { createMatcher } from '@/lib/matching/matcher';

const matcher = createMatcher(KNOWLEDGE);
const summarize = (blocks: string[]) =>
  matcher
    .matchPage(blocks)
    .flatMap((mentions, i) => mentions.map((m) => `${blocks[i]!.slice(m.start, m.end)}|${m.verdict}|${m.claimIds.join(' ')}`));
const toTraditional = Converter({ from: 'cn', to: 'hk' });

const POLICY_ARTICLE = [
  'Anthropic发文：算力决定2028年的AI格局',
  '美国人工智能公司Anthropic发布《2028：全球AI领导地位的两种情景》，主张收紧对华AI芯片出口管制。',
  '文章称，按总处理性能计算，华为今年的AI算力只有英伟达的4%，明年将降至2%。',
  '文章援引美国政府的评估称，在一种常见的越狱手段下，DeepSeek的R1-0528配合了94%的明显恶意请求，美国参考模型只有8%。',
  '此外，美超微联合创始人涉嫌转运约25亿美元的服务器一案，也被视为管制漏洞的例证。',
  '众议院此前以369票对22票通过了《远程访问安全法》，但参议院尚未表决。',
];

const MISQUOTING_ARTICLE = [
  '五个数字看懂中美AI芯片战',
  '出口管制是人工智能政策争论的核心，但GPU相关的数字在转述中不断走样。',
  '一位分析师称，华为2026年的产量为英伟达的14%。',
  '在美国政府的测试中，DeepSeek R1-0528响应了64%的恶意请求。',
  '检方称，价值2.5亿美元的美超微服务器被非法转运到中国。',
  '美国参考模型拒绝了92%的同类恶意请求。',
];

const NEGATIVE_PAGES: Record<string, string[]> = {
  'phone launch': [
    '华为Mate 80系列发布：续航更长，影像更强',
    '华为今天在深圳发布Mate 80系列手机，屏占比达到94%，首销当天销量同比增长11倍。',
    '新机搭载麒麟芯片，支持AI修图。起售价5499元，比上一代便宜4%。',
  ],
  'stock note': [
    '英伟达股价收涨4%',
    '周二美股收盘，英伟达股价上涨4%，报每股185美元，市值再创新高。',
    '超微电脑同日上涨2%，成交额约25亿美元。',
  ],
  distillery: [
    '走进百年酒坊',
    '蒸馏从清晨开始，酒坊每年产出数千坛白酒，其中94%销往省内。',
    '老师傅说，一坛好酒要窖藏12至24个月。',
  ],
  poll: [
    '民调：多数居民支持延长地铁运营时间',
    '94%的受访者表示支持，8%表示反对。十三个区中有三个区的支持率低于平均水平。',
  ],
  recipe: [
    '家常红烧肉',
    '五花肉切块，焯水两分钟。加入2%的盐和十倍的清水，小火炖40分钟。',
  ],
};

describe('whole Chinese articles', () => {
  it.each([
    ['Simplified', (t: string) => t],
    ['Traditional', toTraditional],
  ])('finds the figures of a faithful article, all consistent (%s)', (_script, convert) => {
    const blocks = POLICY_ARTICLE.map(convert);
    expect(summarize(blocks).map((s) => s.split('|').slice(1).join('|'))).toEqual([
      // The paper, and its ask to tighten chip export controls (Anthropic, 主张, 出口管制).
      'mention|policy-asks',
      'mention|the-paper',
      'consistent|huawei-compute-share',
      'consistent|huawei-compute-share',
      'consistent|deepseek-r1-0528-jailbreak',
      'consistent|deepseek-r1-0528-jailbreak',
      'consistent|supermicro-diversion',
      'consistent|remote-access-bill-vote',
    ]);
  });

  it('flags the misquotes of an article that gets the numbers wrong', () => {
    expect(summarize(MISQUOTING_ARTICLE)).toEqual([
      '14%|differs|huawei-compute-share',
      '64%|differs|deepseek-r1-0528-jailbreak',
      '2.5亿美元|differs|supermicro-diversion',
      '92%|consistent|deepseek-r1-0528-jailbreak',
    ]);
  });

  it.each(Object.entries(NEGATIVE_PAGES))('leaves an unrelated page (%s) clean', (_name, blocks) => {
    for (const page of [blocks, blocks.map(toTraditional)]) {
      expect(matcher.assessPage(page.join('\n')).relevant).toBe(false);
      expect(summarize(page)).toEqual([]);
    }
  });

  it.each([
    ['a chips story', '美国官员担心华为昇腾芯片和中芯国际的进展，呼吁收紧对中国AI公司的芯片出口管制。'],
    ['a safety story', '美国国家标准与技术研究院测试了深度求索的大模型：在越狱攻击下，这款聊天机器人回答了有害问题。'],
    ['a distillation story', 'Anthropic称，中国实验室通过虚假账户对Claude发动蒸馏攻击，窃取前沿模型的能力。'],
    ['a Traditional chips story', '美國官員擔心華為昇騰晶片與中芯國際的進展，呼籲收緊對中國AI公司的晶片出口管制。'],
  ])('treats %s as relevant', (_name, text) => {
    expect(matcher.assessPage(text).relevant).toBe(true);
  });

  it('treats a page that names the paper as relevant however short', () => {
    expect(matcher.assessPage('关于《2028：全球AI领导地位的两种情景》的一点看法').relevant).toBe(true);
  });
});
