import { describe, expect, it } from 'vitest';
import { normalizeText, toOriginalRange } from '@/lib/matching/normalized-text';
import { sentenceAt } from '@/lib/matching/sentences';
import { parseNumber } from '@/lib/matching/number-words';

describe('normalizeText', () => {
  it('folds case, spaces, quotes and dashes without moving offsets', () => {
    const n = normalizeText('DeepSeek\u2019s R1\u20110528 \u201c94\u00a0%\u201d \u2014 ok');
    expect(n.text).toBe('deepseek\'s r1-0528 "94 %" - ok');
    expect(n.editAt).toEqual([]);
  });

  it('drops invisible characters and maps ranges back', () => {
    const original = 'Hua\u00adwei 4\u200b%';
    const n = normalizeText(original);
    expect(n.text).toBe('huawei 4%');
    const [s, e] = toOriginalRange(n, n.text.indexOf('huawei'), n.text.indexOf('huawei') + 6);
    expect(original.slice(s, e)).toBe('Hua\u00adwei');
    const [ps, pe] = toOriginalRange(n, 7, 9);
    expect(original.slice(ps, pe)).toBe('4\u200b%');
  });

  it('maps compatibility expansions and astral characters', () => {
    const original = '\ufb01ne \ud83d\ude00 Ｎｖｉｄｉａ 2%';
    const n = normalizeText(original);
    expect(n.text).toBe('fine \ud83d\ude00 nvidia 2%');
    const at = n.text.indexOf('nvidia');
    const [s, e] = toOriginalRange(n, at, at + 6);
    expect(original.slice(s, e)).toBe('Ｎｖｉｄｉａ');
    const [fs, fe] = toOriginalRange(n, 0, 4);
    expect(original.slice(fs, fe)).toBe('\ufb01ne');
  });
});

describe('sentences', () => {
  const text = 'the u.s. said so. mr. smith agreed! then "it ended." next one\nnew line';
  it('splits on sentence ends but not on abbreviations', () => {
    const sentences: string[] = [];
    for (let at = 0; at < text.length; ) {
      const [s, e] = sentenceAt(text, at);
      sentences.push(text.slice(s, e).trim());
      at = e;
    }
    expect(sentences).toEqual([
      'the u.s. said so.',
      'mr. smith agreed!',
      'then "it ended."',
      'next one',
      'new line',
    ]);
  });
  it('finds the sentence around an index', () => {
    const at = text.indexOf('smith');
    const [s, e] = sentenceAt(text, at);
    expect(text.slice(s, e).trim()).toBe('mr. smith agreed!');
    const [s2, e2] = sentenceAt(text, text.indexOf('said'));
    expect(text.slice(s2, e2).trim()).toBe('the u.s. said so.');
  });
});

describe('numbers', () => {
  it.each([
    ['94', 94],
    ['2,300', 2300],
    ['2.5', 2.5],
    ['ninety-four', 94],
    ['eleven', 11],
    ['thirteen', 13],
    ['a hundred', 100],
    ['three hundred and six', 306],
  ])('parses %s', (text, value) => expect(parseNumber(text)).toBe(value));
  it('rejects non-numbers', () => expect(parseNumber('several')).toBeNaN());
});
