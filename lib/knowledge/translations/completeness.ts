/**
 * What a translation lacks or has in excess against the English knowledge base, as readable
 * paths (`claims.huawei-compute-share.caveats["These are projections…"]`).
 */
import type { Knowledge } from '../schema';
import type { KnowledgeTranslation } from './types';

export interface TranslationGaps {
  missing: string[];
  extra: string[];
}

const short = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}…` : s);

function compareKeys(path: string, expected: readonly string[], actual: Record<string, unknown> | undefined, gaps: TranslationGaps) {
  const have = actual ?? {};
  for (const key of expected) if (!(key in have) || !have[key]) gaps.missing.push(`${path}[${short(key)}]`);
  const wanted = new Set(expected);
  for (const key of Object.keys(have)) if (!wanted.has(key)) gaps.extra.push(`${path}[${short(key)}]`);
}

export function translationGaps(knowledge: Knowledge, translation: KnowledgeTranslation): TranslationGaps {
  const gaps: TranslationGaps = { missing: [], extra: [] };
  for (const claim of knowledge.claims) {
    const t = translation.claims[claim.id];
    const path = `claims.${claim.id}`;
    if (!t) {
      gaps.missing.push(path);
      continue;
    }
    if (!t.title) gaps.missing.push(`${path}.title`);
    if (!t.summary) gaps.missing.push(`${path}.summary`);
    if (claim.quote && !t.quote) gaps.missing.push(`${path}.quote`);
    if (!claim.quote && t.quote) gaps.extra.push(`${path}.quote`);
    compareKeys(`${path}.figures`, claim.figures.map((f) => f.display), t.figures, gaps);
    compareKeys(`${path}.caveats`, claim.caveats.map((c) => c.text), t.caveats, gaps);
    compareKeys(`${path}.counterSignals`, claim.counterSignals.map((c) => c.text), t.counterSignals, gaps);
    compareKeys(`${path}.distortions`, claim.distortions.map((d) => d.text), t.distortions, gaps);
  }
  const known = new Set(knowledge.claims.map((c) => c.id));
  for (const id of Object.keys(translation.claims)) if (!known.has(id)) gaps.extra.push(`claims.${id}`);

  const { paper } = knowledge;
  const tp = translation.paper;
  compareKeys('paper.thesis', paper.thesis, tp.thesis, gaps);
  compareKeys('paper.scenarios', paper.scenarios.map((s) => s.name), tp.scenarios, gaps);
  compareKeys('paper.fronts', paper.fronts.map((s) => s.name), tp.fronts, gaps);
  compareKeys('paper.asks', paper.asks.map((s) => s.name), tp.asks, gaps);
  compareKeys('paper.notes', [...paper.framing, ...paper.interestedParty].map((n) => n.text), tp.notes, gaps);
  compareKeys('paper.misstatements', paper.misstatements, tp.misstatements, gaps);
  compareKeys('sources', knowledge.sources.map((s) => s.id), translation.sources, gaps);
  return gaps;
}
