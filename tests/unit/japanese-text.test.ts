/** Japanese forms in the fold (middle dot, long vowel mark, wave dash, ヶ月), Japanese numbers and figures, and the Japanese lexicon's fit. */
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE } from '@/lib/knowledge';
import { lexiconProblems } from '@/lib/knowledge/lexicon/apply-lexicons';
import { JA } from '@/lib/knowledge/lexicon/ja';
import { lexiconSchema, type Lexicon } from '@/lib/knowledge/lexicon/schema';
import { ZH } from '@/lib/knowledge/lexicon/zh';
import { aliasKey } from '@/lib/matching/anchor-index';
import { extractFigures } from '@/lib/matching/figure-extractor';
import { createHanFigureReader } from '@/lib/matching/han-figures';
import { parseHanNumber } from '@/lib/matching/han-numerals';
import { normalizeText, toOriginalRange } from '@/lib/matching/normalized-text';

const readHan = createHanFigureReader([ZH, JA]);
const figures = (text: string) =>
  extractFigures(normalizeText(text).text, readHan).map((f) => [text.slice(f.start, f.end), f.kind, f.value, f.value2]);

describe('folding Japanese text', () => {
  it.each([
    ['クロード・ミトス', 'クロードミトス'],
    ['ｸﾛｰﾄﾞ･ﾐﾄｽ', 'クロードミトス'],
    ['クロード·ミトス', 'クロードミトス'],
    ['スーパ―マイクロ', 'スーパーマイクロ'],
    ['スーパ－マイクロ', 'スーパーマイクロ'],
    ['12〜24ヶ月', '12~24か月'],
    ['数カ月', '数か月'],
    ['アメリカ月面', 'アメリカ月面'],
    ['３ヶ月', '3か月'],
    ['1～2ヵ年', '1~2ヵ年'],
    ['リード—米国', 'リード-米国'],
    ['米国・中国', '米国中国'],
  ])('%s reads %s', (text, folded) => {
    expect(normalizeText(text).text).toBe(folded);
  });

  it.each([
    ['スーパー・マイクロの25億ドル', 'スーパー・マイクロ'],
    ['ｽｰﾊﾟｰﾏｲｸﾛの25億ドル', 'ｽｰﾊﾟｰﾏｲｸﾛ'],
  ])('maps offsets back across dropped and joined characters: %s', (text, name) => {
    const n = normalizeText(text);
    expect(n.text).toBe('スーパーマイクロの25亿ドル');
    const at = n.text.indexOf('25亿ドル');
    const [s, e] = toOriginalRange(n, at, at + 5);
    expect(text.slice(s, e)).toBe('25億ドル');
    const [ns, ne] = toOriginalRange(n, 0, n.text.indexOf('の'));
    expect(text.slice(ns, ne)).toBe(name);
  });

  it('folds terms as page text', () => {
    expect(aliasKey('スーパー・マイクロ')).toBe(aliasKey('スーパーマイクロ'));
    expect(aliasKey('数ヶ月リード')).toBe('数か月リード');
    expect(aliasKey('アメリカ月面')).toBe('アメリカ月面');
    expect(aliasKey('輸出規制')).toBe(normalizeText('輸出規制').text);
  });
});

describe('Japanese numbers and figures', () => {
  it.each([
    ['5亿1000万', 5.1e8], ['2万4000', 24_000], ['1亿5000万', 1.5e8], ['2万3千', 23_000], ['3亿4000万', 3.4e8],
  ])('%s = %d', (text, value) => {
    expect(parseHanNumber(text)).toBe(value);
  });

  it.each([
    ['総額25億ドルのサーバー', ['25億ドル', 'money', 2.5e9, undefined]],
    ['5億1000万ドル相当', ['5億1000万ドル', 'money', 5.1e8, undefined]],
    ['２５億米ドル', ['２５億米ドル', 'money', 2.5e9, undefined]],
    ['12〜24ヶ月のリード', ['12〜24ヶ月', 'duration-range', 12, 24]],
    ['12から24カ月', ['12から24カ月', 'duration-range', 12, 24]],
    ['1～2年の優位', ['1～2年', 'duration-range', 12, 24]],
    ['369対22で可決', ['369対22', 'vote', 369, 22]],
    ['賛成369票、反対22票', ['賛成369票、反対22票', 'vote', 369, 22]],
    ['13社のうち3社', ['13社のうち3社', 'count-of-total', 3, 13]],
    ['要求の94パーセント', ['94パーセント', 'percent', 94, undefined]],
    ['要求の9割に応じた', ['9割', 'percent', 90, undefined]],
    ['何千もの偽アカウント', ['何千', 'count', 1000, 999_999]],
    ['423件の修正', ['423件', 'count', 423, undefined]],
    ['優位は4対1だ', ['4対1', 'multiple', 4, undefined]],
  ])('%s', (text, figure) => {
    expect(figures(text)).toEqual([figure]);
  });

  it.each(['9割以上', '2割引', '割合が高い', '1月から2月', '3対1で勝利'])('finds no percent or duration in “%s”', (text) => {
    expect(figures(text).filter((f) => f[1] === 'percent' || f[1] === 'duration-range')).toEqual([]);
  });

  it('reads counted things written in Japanese kanji, folded as the text is', () => {
    const [exchanges] = extractFigures(normalizeText('1600万回の対話').text, readHan);
    expect(exchanges?.unitWords).toEqual(['exchange']);
    const [accounts] = extractFigures(normalizeText('2万4000の偽アカウント').text, readHan);
    expect(accounts).toMatchObject({ value: 24_000, unitWords: ['account'] });
  });
});

/** Every list of words in a lexicon, by where it goes. */
function slots(lexicon: Lexicon): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [id, words] of Object.entries(lexicon.entities)) out.set(`entity ${id}`, words);
  for (const [id, c] of Object.entries(lexicon.claims)) {
    out.set(`phrases ${id}`, c.phrases ?? []);
    out.set(`topic ${id}`, c.topicWords ?? []);
    for (const [group, words] of Object.entries(c.detect ?? {})) out.set(`detect ${id} ${group}`, words);
    for (const [figure, words] of Object.entries(c.cues ?? {})) out.set(`cues ${id} ${figure}`, words);
  }
  for (const [unit, words] of Object.entries(lexicon.units)) out.set(`unit ${unit}`, words);
  out.set('dollars', lexicon.dollars);
  out.set('relevance', Object.keys(lexicon.relevance));
  return out;
}

describe('the Japanese lexicon', () => {
  it('validates and fits the knowledge base', () => {
    expect(lexiconSchema.safeParse(JA).success).toBe(true);
    expect(lexiconProblems(JA, KNOWLEDGE.claims, KNOWLEDGE.entities)).toEqual([]);
    expect(KNOWLEDGE.lexicons).toContain(JA);
  });

  it('repeats no word the fold already gives (from the Chinese lexicon, or twice)', () => {
    const zh = slots(ZH);
    const repeated: string[] = [];
    for (const [slot, words] of slots(JA)) {
      const known = new Set((zh.get(slot) ?? []).map(aliasKey));
      for (const w of words) {
        if (known.has(aliasKey(w))) repeated.push(`${slot}: ${w}`);
        known.add(aliasKey(w));
      }
    }
    expect(repeated).toEqual([]);
  });

  it('compiles its paper titles and distortion signals', () => {
    const sources = [...JA.paperTitle, ...Object.values(JA.claims).flatMap((c) => (c.distortions ?? []).flatMap((d) => d.signals ?? []))];
    expect(sources.length).toBeGreaterThan(5);
    for (const s of sources) expect(() => new RegExp(s)).not.toThrow();
  });
});
