/**
 * The matcher's one-pass pre-checks give the same answers as the separate tests they replace:
 * number words found during the alias scan, the ASCII and digit check, the figure pre-check.
 */
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE } from '@/lib/knowledge';
import { applyLexicons } from '@/lib/knowledge/lexicon/apply-lexicons';
import { AnchorIndex, CJK, WRITTEN_UNSPACED, aliasKey } from '@/lib/matching/anchor-index';
import { NUMBER_WORD_PREFIXES, mayHaveFigure } from '@/lib/matching/figure-extractor';
import { readAscii } from '@/lib/matching/normalized-text';
import { escapeRegExp } from '@/lib/matching/escape-regexp';
import { triePattern } from '@/lib/matching/trie-pattern';

/** The figure pre-check as it was written before it became a trie: every word spelled out. */
const SPELLED_OUT =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands|millions|dozens|billions)|[〇一二两三四五六七八九十百千万亿]/i;
const NUMBER_WORD = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands|millions|dozens|billions)/i;

/** Sentences written for this test: number words alone, inside words, inside aliases, in any case. */
const SENTENCES = [
  'Officials met again to argue about export rules for cloud providers.',
  'Tencent and Huawei both declined to comment on the export rules.',
  'The two scenarios in the Anthropic essay were discussed at length.',
  'A tenfold rise in data center demand strained the grid.',
  'Someone said the oneself clause was odd, and nobody had a tenant.',
  'TWENTY-SEVEN cloud providers signed; Huawei did not.',
  'Hundreds of labs and thousands of accounts were named in the report.',
  'The lead could be a year or two, or twelve to twenty-four months.',
  'No figure here: the committee heard engineers and diplomats about Nvidia chips.',
  'An often-cited estimate (one_of_them) circulated among Nvidia watchers.',
  'Seventeen analysts, fifteen lawyers and nineteen engineers studied DeepSeek R1.',
  'Export controls on Nvidia chips, said the senator, were a priority for the House.',
  'The Ascend 910C is Huawei\u2019s answer to Nvidia, analysts wrote.',
  'billions of dollars of smuggled chips crossed borders through data centers abroad',
  'it was ninety-four percent, or maybe ninety, in the R1 tests by DeepSeek',
];

/** The knowledge base with every lexicon, and each of its terms as written (aliases, phrases, topic words, concept terms). */
const merged = applyLexicons(KNOWLEDGE.claims, KNOWLEDGE.entities, KNOWLEDGE.lexicons ?? []);
const terms = [
  ...merged.entities.flatMap((e) => e.aliases),
  ...merged.claims.flatMap((c) => [...c.phrases, ...c.topicWords, ...(c.detect?.groups.flatMap((g) => g.terms) ?? [])]),
];

describe('triePattern', () => {
  // Every Latin key of the knowledge base, and text that holds each key, its plural, a longer word
  // starting with it and a shorter part of it.
  const keys = [...new Set(terms.filter((t) => !t.endsWith('*')).map(aliasKey))].filter((k) => !CJK.test(k));
  const texts = keys.map((k) => `so ${k} and ${k}s, ${k}ing or ${k.slice(0, -1)} then ${k.slice(1)}.`);

  it('matches what the alternation of its keys matches, longest first', () => {
    const flat = new RegExp(`\\b(?:${[...keys].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})s?\\b`, 'g');
    const trie = new RegExp(`\\b${triePattern(keys)}s?\\b`, 'g');
    expect(keys.length).toBeGreaterThan(300);
    for (const text of texts) expect([...text.matchAll(trie)].map((m) => `${m.index} ${m[0]}`), text).toEqual([...text.matchAll(flat)].map((m) => `${m.index} ${m[0]}`));
  });

  it('is the same pattern whatever order the keys come in', () => {
    expect(triePattern([...keys].reverse(), ['distil'], ['ten'])).toBe(triePattern(keys, ['distil'], ['ten']));
  });
});

describe('triePattern word prefixes', () => {
  const re = new RegExp(`\\b${triePattern(['cloud', 'tencent', 'two scenarios'], ['distil'], ['ten', 'two'])}s?\\b`, 'gi');
  const all = (text: string) => [...text.matchAll(re)].map((m) => m[0]);

  it('matches a word that starts with a prefix, to the end of the word, in any case', () => {
    expect(all('Tenfold more cloud, two_x and TWOs')).toEqual(['Tenfold', 'cloud', 'two_x', 'TWOs']);
  });

  it('keeps longer keys and stems ahead of a prefix', () => {
    expect(all('tencent distilled ten, two scenarios')).toEqual(['tencent', 'distilled', 'ten', 'two scenarios']);
  });

  it('does not match a prefix inside a word', () => {
    expect(all('often attention')).toEqual([]);
  });
});

describe('AnchorIndex.scan', () => {
  const plain = new AnchorIndex(merged.claims, merged.entities);
  const withPrefixes = new AnchorIndex(merged.claims, merged.entities, NUMBER_WORD_PREFIXES);
  const variants = SENTENCES.flatMap((s) => [s, s.toUpperCase(), s.toLowerCase(), s.replace(/ /g, '-'), `${s} ${s}`]);

  it('finds exactly the anchors find() finds', () => {
    for (const text of variants) expect(withPrefixes.scan(text).anchors, text).toEqual(plain.find(text));
  });

  it('says whether a word starts like a number word, as the spelled-out test does', () => {
    const answers = variants.map((text) => withPrefixes.scan(text).prefixedWord);
    expect(answers).toEqual(variants.map((text) => NUMBER_WORD.test(text)));
    // Both answers occur, so neither can pass by always saying the same.
    expect(new Set(answers)).toEqual(new Set([true, false]));
  });

  it('keys later only terms whose keys are in a script without spaces, and all of them', () => {
    // The Latin trie is built from the terms keyed at once: a term put off must never have a Latin key.
    const putOff = terms.filter((t) => WRITTEN_UNSPACED.test(t));
    expect(putOff.length).toBeGreaterThan(100);
    for (const t of terms) expect(CJK.test(aliasKey(t)), t).toBe(WRITTEN_UNSPACED.test(t));
  });

  it('says nothing about prefixes when built without them', () => {
    expect(plain.scan('ten cloud providers').prefixedWord).toBe(false);
    expect(plain.scan('ten cloud providers').anchors).toEqual(plain.find('ten cloud providers'));
  });
});

describe('readAscii', () => {
  it('tells plain ASCII text, ASCII text with a digit and any other text apart', () => {
    expect(readAscii('no digits at all')).toBe('ascii');
    expect(readAscii('')).toBe('ascii');
    expect(readAscii('R1 was released')).toBe('ascii-with-digit');
    expect(readAscii('94% of requests')).toBe('ascii-with-digit');
    expect(readAscii('Huawei\u2019s share')).toBe('other');
    expect(readAscii('4% of Nvidia\u2019s compute')).toBe('other');
    expect(readAscii('华为 4%')).toBe('other');
    expect(readAscii('caf\u00e9')).toBe('other');
  });
});

describe('mayHaveFigure', () => {
  it('answers as the spelled-out pre-check does', () => {
    const words = ['ten', 'Tenfold', 'tenant', 'often', 'someone', 'oneself', 'FOURTEEN', 'eighty', 'Ninety-four', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'dozens', 'R1', '三成', '华为', 'twelve', 'twentieth', 'sixty'];
    const texts = [...words, ...words.map((w) => `the ${w} and`), ...SENTENCES];
    expect(texts.map(mayHaveFigure)).toEqual(texts.map((t) => SPELLED_OUT.test(t)));
  });
});
