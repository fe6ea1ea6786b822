/**
 * What the content script found on a page, summarised per claim: the message the background
 * keeps for each tab and the popup lists. Pure.
 */
import type { Verdict } from './knowledge/schema';
import type { Mention } from './matching/matcher';

export type PageStatus = 'scanning' | 'scanned' | 'not-relevant' | 'disabled' | 'unsupported';

export interface ClaimFinding {
  claimId: string;
  /**
   * The distinct verdicts among this claim's mentions, in a fixed order. A `distorted` mention
   * is a misquote too, so it also lists `differs` (the page misstates the source, in its number
   * or in its statement); `distorted` says which kind.
   */
  verdicts: Verdict[];
  mentions: number;
  /** The figures as the page states them (distinct, in order of appearance). */
  pageFigures: string[];
  /** For differing figures: the page's figure and the sourced one it was compared with. */
  differences: Array<{ page: string; sourced: string }>;
  /** Distortions seen in coverage that the page repeats (their corrections). */
  distortions: Array<{ text: string; correction: string }>;
  /** Why it matched: the page's words that pointed to the claim (distinct, at most 8). */
  why: string[];
}

export interface PageReport {
  url: string;
  host: string;
  status: PageStatus;
  claims: ClaimFinding[];
  /** Total mentions on the page. */
  mentions: number;
}

const MAX_WHY = 8;
const VERDICT_ORDER: Verdict[] = ['differs', 'distorted', 'consistent', 'mention'];

/** Summarises mentions per claim, claims with a differing figure first. */
export function summarizeMentions(mentions: readonly Mention[]): ClaimFinding[] {
  const byClaim = new Map<string, ClaimFinding & { order: number }>();
  mentions.forEach((m, order) => {
    for (const claimId of m.claimIds) {
      let f = byClaim.get(claimId);
      if (!f) {
        f = { claimId, verdicts: [], mentions: 0, pageFigures: [], differences: [], distortions: [], why: [], order };
        byClaim.set(claimId, f);
      }
      f.mentions++;
      if (!f.verdicts.includes(m.verdict)) f.verdicts.push(m.verdict);
      if (m.verdict === 'distorted' && !f.verdicts.includes('differs')) f.verdicts.push('differs');
      const text = m.pageFigure?.text.replace(/\s+/g, ' ').trim();
      if (text && !f.pageFigures.includes(text)) f.pageFigures.push(text);
      if (m.verdict === 'differs' && text && m.sourcedFigure && !f.differences.some((d) => d.page === text)) {
        f.differences.push({ page: text, sourced: m.sourcedFigure.display });
      }
      for (const w of m.why ?? []) if (f.why.length < MAX_WHY && !f.why.includes(w)) f.why.push(w);
      const distortion = m.distortion;
      if (distortion && !f.distortions.some((d) => d.text === distortion.text)) f.distortions.push(distortion);
    }
  });
  const rank = (f: ClaimFinding) => Math.min(...f.verdicts.map((v) => VERDICT_ORDER.indexOf(v)));
  return [...byClaim.values()]
    .sort((a, b) => rank(a) - rank(b) || a.order - b.order)
    .map((f) => ({
      claimId: f.claimId,
      verdicts: VERDICT_ORDER.filter((v) => f.verdicts.includes(v)),
      mentions: f.mentions,
      pageFigures: f.pageFigures,
      differences: f.differences,
      distortions: f.distortions,
      why: f.why,
    }));
}
