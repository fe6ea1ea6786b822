import { describe, expect, it } from 'vitest';
import type { Claim } from '@/lib/knowledge/schema';
import { createMatcher } from '@/lib/matching/matcher';

/** A made-up claim, to pin the concept-group format itself (weights, stems, CJK terms). */
const claim: Claim = {
  id: 'made-up-claim',
  title: 'A made-up claim for format tests',
  summary: 'Only here to exercise the concept-group format of the matcher.',
  figures: [{ kind: 'percent', value: 7, display: '7%', measures: 'share of widgets the factory exports', role: 'headline', cues: ['widget', '部件'], source: 's' }],
  sources: ['s'],
  caveats: [{ text: 'Invented for a unit test.', source: 's' }],
  counterSignals: [{ text: 'Invented for a unit test.', source: 's', stance: 'complicates' }],
  phrases: [],
  topicWords: [],
  distortions: [],
  detect: {
    groups: [
      { name: 'subject', weight: 2, terms: ['widget factory', 'gizmo*', '部件工厂', '部品'] },
      { name: 'action', weight: 1, terms: ['export', 'exports', '出口', '輸出'] },
      { name: 'place', weight: 1, terms: ['abroad', '海外'] },
    ],
    threshold: 3,
    require: ['subject'],
    subject: ['subject'],
  },
  lastReviewed: '2026-11-23',
};
const matcher = createMatcher({ claims: [claim], entities: [] });
const found = (text: string) => matcher.matchBlock(text).map((m) => [text.slice(m.start, m.end), m.verdict, m.why?.join('|')]);

describe('concept-group format', () => {
  it('finds a claim when enough weight co-occurs in one sentence, and says which words did it', () => {
    expect(found('The widget factory exports abroad.')).toEqual([['widget factory exports abroad', 'mention', 'widget factory|exports|abroad']]);
  });

  it('needs the threshold and every required group', () => {
    expect(found('The widget factory is large.')).toEqual([]);
    expect(found('Everyone exports abroad.')).toEqual([]);
  });

  it('does not combine groups across sentences', () => {
    expect(found('The widget factory is large. Everyone exports abroad.')).toEqual([]);
  });

  it('reads a final * as any word ending', () => {
    expect(found('Gizmotron exports abroad.')).toEqual([['Gizmotron exports abroad', 'mention', 'Gizmotron|exports|abroad']]);
  });

  it('matches Chinese and Japanese terms without word boundaries, in CJK sentences', () => {
    expect(found('这家部件工厂向海外出口。另一句话。')).toEqual([['部件工厂向海外出口', 'mention', '部件工厂|海外|出口']]);
    expect(found('その部品は海外へ輸出された。')).toEqual([['部品は海外へ輸出', 'mention', '部品|海外|輸出']]);
  });

  it('ties a figure to the claim only when its subject is in the sentence', () => {
    expect(found('The widget factory exports 7% of each widget batch.').map((f) => f[1])).toContain('consistent');
    expect(found('Shares rose 7% on widget demand.')).toEqual([]);
  });
});
