/**
 * Japanese pages: the cases of `matcher-cases-ja.ts`, whole articles (one faithful, one misquoting)
 * and unrelated pages that use the same names and numbers, which must stay clean.
 */
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE } from '@/lib/knowledge';
import { createMatcher } from '@/lib/matching/matcher';
import { JA_CASES } from './matcher-cases-ja';

const matcher = createMatcher(KNOWLEDGE);
const describeMentions = (text: string) =>
  matcher.matchBlock(text).map((m) => `${text.slice(m.start, m.end)}|${m.verdict}|${m.claimIds.join(' ')}`).sort();
const summarize = (blocks: string[]) =>
  matcher
    .matchPage(blocks)
    .flatMap((mentions, i) => mentions.map((m) => `${blocks[i]!.slice(m.start, m.end)}|${m.verdict}|${m.claimIds.join(' ')}`));

const POLICY_ARTICLE = [
  'Anthropic、2028年のAI覇権を左右するのは計算資源だと主張',
  '米AI企業アンソロピックは報告書「2028年：世界のAIリーダーシップをめぐる2つのシナリオ」を公表し、対中輸出規制の強化を訴えた。',
  '報告書によると、総処理性能で見たファーウェイの今年のAI計算能力はエヌビディアの4%にすぎず、来年は2%に下がる。',
  '米政府の評価では、一般的な脱獄手法を用いると、DeepSeekのR1-0528は明らかに悪意のある要求の94%に応じ、米国の参照モデルは8%だった。',
  'スーパーマイクロの共同創業者らが約25億ドル相当のサーバーを中国に迂回輸出した疑いで起訴された事件も、規制の抜け穴の例として挙げられた。',
  '下院は遠隔アクセス安全法を369対22で可決したが、上院はまだ採決していない。',
];

const MISQUOTING_ARTICLE = [
  '数字で読む米中AIチップ競争',
  '輸出規制はAI政策論争の中心にあるが、GPUをめぐる数字は伝わるうちに変わっていく。',
  'あるアナリストは、ファーウェイの2026年の計算能力はエヌビディアの14%になると述べた。',
  '米政府のテストで、DeepSeekのR1-0528は悪意のある要求の64%に応じたという。',
  '検察によると、2.5億ドル相当のスーパーマイクロ製サーバーが中国に不正に輸出された。',
];

const NEGATIVE_PAGES: Record<string, string[]> = {
  'phone review': [
    'ファーウェイ新型スマホ「Mate 80」レビュー',
    'ファーウェイの新機種は画面占有率94%で、バッテリー持ちは前モデルより大きく改善した。',
    '価格は前モデルより4%安く、AIによる写真補正にも対応する。',
  ],
  poll: [
    '世論調査：市民の大多数が終電延長を支持',
    '回答者の94%が支持し、8%が反対した。13区のうち3区では支持率が平均を下回った。',
  ],
  distillery: [
    '山あいの蒸留所を訪ねて',
    'この蒸留所では毎年数千樽のウイスキーを蒸留し、その94%を海外に出荷している。',
    '熟成には最低でも12〜24か月かかるという。',
  ],
  'a runner called Kimi': [
    '週末のマラソン大会、キミさんが自己ベスト',
    '地元ランナーのKimiさんは、昨年より4%速いタイムで完走し、参加者2万4000人の中で上位に入った。',
  ],
  'stock note': [
    'エヌビディア株が4%高',
    '火曜日の米国株式市場で、エヌビディアの株価は4%上昇した。スーパーマイクロも2%上げ、売買代金は25億ドルに達した。',
  ],
};

describe('Japanese matcher cases', () => {
  it('has at least 40 cases', () => {
    expect(JA_CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(JA_CASES.map((c) => [c.text, c]))('%s', (_text, c) => {
    expect(describeMentions(c.text)).toEqual([...c.expected].sort());
  });
});

describe('whole Japanese articles', () => {
  it('finds the figures of a faithful article, all consistent', () => {
    expect(summarize(POLICY_ARTICLE)).toEqual([
      'AIリーダーシップをめぐる2つのシナリオ|mention|the-paper',
      '4%|consistent|huawei-compute-share',
      '2%|consistent|huawei-compute-share',
      '94%|consistent|deepseek-r1-0528-jailbreak',
      '8%|consistent|deepseek-r1-0528-jailbreak',
      '25億ドル|consistent|supermicro-diversion',
      '369対22|consistent|remote-access-bill-vote',
    ]);
  });

  it('flags the misquotes of an article that gets the numbers wrong', () => {
    expect(summarize(MISQUOTING_ARTICLE)).toEqual([
      '14%|differs|huawei-compute-share',
      '64%|differs|deepseek-r1-0528-jailbreak',
      '2.5億ドル|differs|supermicro-diversion',
    ]);
  });

  it.each(Object.entries(NEGATIVE_PAGES))('leaves an unrelated page clean: %s', (_name, blocks) => {
    expect(matcher.assessPage(blocks.join('\n')).relevant).toBe(false);
    expect(summarize(blocks)).toEqual([]);
  });

  it('counts Japanese terms and the paper’s Japanese title towards relevance', () => {
    for (const title of ['アンソロピックの報告書「AIの覇権をめぐる2つのシナリオ」', '「2028年：世界のAI主導権をめぐる2つのシナリオ」を読む']) {
      expect(matcher.assessPage(title).namesPaper).toBe(true);
    }
    expect(matcher.assessPage('2つのシナリオを想定した事業計画').relevant).toBe(false);
    const terms = matcher.assessPage('輸出規制とデータセンター、そして大規模言語モデルの話。');
    expect(terms.relevant).toBe(true);
    expect(terms.terms).toEqual(expect.arrayContaining(['export control', 'data center', 'language model']));
  });
});
