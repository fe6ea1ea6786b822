/** Chinese numbers, figures, sentence ends, folding with offsets, and the lexicon's fit with the knowledge base. */
import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE } from '@/lib/knowledge';
import { applyLexicons, lexiconProblems } from '@/lib/knowledge/lexicon/apply-lexicons';
import { buildHantMap } from '@/lib/knowledge/lexicon/generate-hant-map';
import { ZH_HANT_PAIRS } from '@/lib/knowledge/lexicon/zh-hant-map';
import { lexiconSchema } from '@/lib/knowledge/lexicon/schema';
import { ZH } from '@/lib/knowledge/lexicon/zh';
import { extractFigures } from '@/lib/matching/figure-extractor';
import { createHanFigureReader } from '@/lib/matching/han-figures';
import { parseHanNumber } from '@/lib/matching/han-numerals';
import { normalizeText, toOriginalRange } from '@/lib/matching/normalized-text';
import { sentenceAt } from '@/lib/matching/sentences';

const readHan = createHanFigureReader([ZH]);
const figures = (text: string) =>
  extractFigures(normalizeText(text).text, readHan).map((f) => [text.slice(f.start, f.end), f.kind, f.value, f.value2]);

describe('Han numerals', () => {
  it.each([
    ['四', 4], ['九十四', 94], ['十三', 13], ['二十', 20], ['一百零五', 105], ['两千三百', 2300], ['二十五亿', 2.5e9],
    ['25亿', 2.5e9], ['2.5亿', 2.5e8], ['5.1亿', 5.1e8], ['1,600万', 1.6e7], ['2.4万', 24_000], ['三百四十万', 3.4e6],
    ['一亿二千万', 1.2e8], ['二〇二六', 2026], ['0.5', 0.5],
  ])('%s = %d', (text, value) => {
    expect(parseHanNumber(text)).toBe(value);
  });

  it('is not fooled by words', () => {
    expect(parseHanNumber('华为')).toBeNaN();
    expect(parseHanNumber('')).toBeNaN();
  });
});

describe('Chinese figures', () => {
  it.each([
    ['只有英伟达的4%', ['4%', 'percent', 4, undefined]],
    ['只有英伟达的４％', ['４％', 'percent', 4, undefined]],
    ['仅为百分之四', ['百分之四', 'percent', 4, undefined]],
    ['百分之九十四的请求', ['百分之九十四', 'percent', 94, undefined]],
    ['约25亿美元的服务器', ['25亿美元', 'money', 2.5e9, undefined]],
    ['二十五亿美元', ['二十五亿美元', 'money', 2.5e9, undefined]],
    ['US$25億', ['US$25億', 'money', 2.5e9, undefined]],
    ['约20倍', ['20倍', 'multiple', 20, undefined]],
    ['二十倍', ['二十倍', 'multiple', 20, undefined]],
    ['领先12至24个月', ['12至24个月', 'duration-range', 12, 24]],
    ['领先12到24个月', ['12到24个月', 'duration-range', 12, 24]],
    ['领先12～24个月', ['12～24个月', 'duration-range', 12, 24]],
    ['以369票对22票通过', ['369票对22票', 'vote', 369, 22]],
    ['13家中的3家', ['13家中的3家', 'count-of-total', 3, 13]],
    ['十三家中仅三家', ['十三家中仅三家', 'count-of-total', 3, 13]],
    ['二〇二六年', ['二〇二六年', 'year', 2026, undefined]],
    ['2026年', ['2026', 'year', 2026, undefined]],
    ['约2.4万个账户', ['2.4万个', 'count', 24_000, undefined]],
    ['数千个欺诈账户', ['数千', 'count', 1000, 999_999]],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual([expected]);
  });

  it('reads what a count counts', () => {
    const [f] = extractFigures('共修复423个安全漏洞', readHan);
    expect(f?.unitWords).toEqual(['fix', 'bug']);
  });

  it.each(['一个月之后', '统一部署', '万一失败', '第一次', '2024至2025年'])('finds no count in “%s”', (text) => {
    expect(figures(text).filter((f) => f[1] === 'count' || f[1] === 'duration-range')).toEqual([]);
  });
});

describe('Chinese sentences', () => {
  it.each([
    ['华为发布新机。英伟达的4%是预测！', '英伟达', '英伟达的4%是预测！'],
    ['他问：“这是真的吗？”报告称算力差距在扩大。', '报告', '报告称算力差距在扩大。'],
    ['一是堵住漏洞；二是捍卫创新。', '捍卫', '二是捍卫创新。'],
    ['「這是預測。」華為回應稱。', '華為', '華為回應稱。'],
  ])('%s', (text, word, sentence) => {
    const folded = normalizeText(text).text;
    const [s, e] = sentenceAt(folded, folded.indexOf(normalizeText(word).text));
    expect(text.slice(s, e)).toBe(sentence);
  });
});

describe('folding Chinese text', () => {
  it('folds Traditional characters the lexicon reads, one for one', () => {
    const text = '華為今年的算力只有輝達的４％，遠程訪問';
    const n = normalizeText(text);
    expect(n.text).toBe('华为今年的算力只有辉达的4%，远程访问');
    expect(n.text.length).toBe(text.length);
    expect(n.editAt).toEqual([]);
  });

  it('maps offsets back across dropped characters', () => {
    const text = '华\u200b为的算力只有英伟达的4%';
    const n = normalizeText(text);
    const at = n.text.indexOf('4%');
    const [s, e] = toOriginalRange(n, at, at + 2);
    expect(text.slice(s, e)).toBe('4%');
  });

  it('keeps the generated Traditional map current with the lexicon', () => {
    expect(ZH_HANT_PAIRS).toBe(buildHantMap());
  }, 30_000);

  it('folds every Traditional spelling of the lexicon’s words to the lexicon', () => {
    const toTw = Converter({ from: 'cn', to: 'tw' });
    const toHk = Converter({ from: 'cn', to: 'hk' });
    const words = [...Object.values(ZH.entities).flat(), ...Object.values(ZH.claims).flatMap((c) => [...(c.phrases ?? []), ...(c.topicWords ?? [])])];
    const missed = words.flatMap((w) => [toTw(w), toHk(w)].filter((t) => normalizeText(t).text !== w).map((t) => `${w} ${t}`));
    expect(missed).toEqual([]);
  }, 30_000);
});

describe('the Chinese lexicon', () => {
  it('validates and fits the knowledge base', () => {
    expect(lexiconSchema.safeParse(ZH).success).toBe(true);
    expect(lexiconProblems(ZH, KNOWLEDGE.claims, KNOWLEDGE.entities)).toEqual([]);
  });

  it('reports what does not fit', () => {
    const broken = { ...ZH, entities: { nobody: ['某人'] }, claims: { 'huawei-compute-share': { cues: { '5%': ['x'] } } } };
    expect(lexiconProblems(broken, KNOWLEDGE.claims, KNOWLEDGE.entities)).toEqual([
      'zh: unknown entity nobody',
      'zh: huawei-compute-share has no figure 5%',
    ]);
  });

  it('adds its words without changing the English ones', () => {
    const merged = applyLexicons(KNOWLEDGE.claims, KNOWLEDGE.entities, [ZH]);
    const huawei = merged.entities.find((e) => e.id === 'huawei')!;
    expect(huawei.aliases).toEqual(expect.arrayContaining(['Huawei', '华为']));
    const fourPercent = merged.claims.find((c) => c.id === 'huawei-compute-share')!.figures.find((f) => f.display === '4%')!;
    expect(fourPercent.cues).toEqual(expect.arrayContaining(['of nvidia', '英伟达的']));
    expect(KNOWLEDGE.entities.find((e) => e.id === 'huawei')!.aliases).not.toContain('华为');
  });
});
