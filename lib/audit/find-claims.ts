/**
 * The audit's one adapter to the matcher: runs the extension's matcher over an article's blocks
 * of text (page relevance first, exactly as on a page) and turns its mentions into findings with
 * the sentence that states each one. Nothing else in the audit imports the matcher.
 */
import { KNOWLEDGE } from '../knowledge';
import { createMatcher, type Matcher, type Mention } from '../matching/matcher';
import { sentenceAt } from '../matching/sentences';
import type { Finding } from './article-result';

/** Longest sentence kept for a report; longer ones are shortened around the mention. */
const MAX_SENTENCE = 400;

export interface ClaimFinder {
  /** The findings of one article, or `relevant: false` for a page not about AI policy. */
  find(blocks: readonly string[]): { relevant: boolean; findings: Finding[] };
}

function sentenceOf(block: string, m: Mention): string {
  // Sentence boundaries are found on lower-case text (abbreviations are listed in lower case);
  // fall back to the block itself when lower-casing changes its length.
  const lower = block.toLowerCase();
  const [start, end] = sentenceAt(lower.length === block.length ? lower : block, m.start);
  let s = start;
  let e = Math.max(end, m.end);
  if (e - s > MAX_SENTENCE) {
    s = Math.max(s, m.start - MAX_SENTENCE / 2);
    e = Math.min(e, s + MAX_SENTENCE);
  }
  const text = block.slice(s, e).replace(/\s+/g, ' ').trim();
  return (s > start ? '… ' : '') + text + (e < end ? ' …' : '');
}

function toFinding(block: string, m: Mention): Finding {
  return {
    claimIds: [...m.claimIds],
    verdict: m.verdict,
    ...(m.pageFigure && { pageFigure: m.pageFigure.text.replace(/\s+/g, ' ').trim() }),
    ...(m.sourcedFigure && { sourcedFigure: m.sourcedFigure.display }),
    ...(m.distortion && { distortion: { text: m.distortion.text, correction: m.distortion.correction } }),
    sentence: sentenceOf(block, m),
  };
}

export function createClaimFinder(matcher: Matcher = createMatcher(KNOWLEDGE)): ClaimFinder {
  return {
    find(blocks) {
      if (!matcher.assessPage(blocks.join('\n')).relevant) return { relevant: false, findings: [] };
      const findings: Finding[] = [];
      for (const block of blocks) {
        for (const m of matcher.matchBlock(block)) findings.push(toFinding(block, m));
      }
      return { relevant: true, findings };
    },
  };
}
