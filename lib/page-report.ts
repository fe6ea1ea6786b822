/**
 * What the content script found on a page, summarised per claim: the message the background
 * keeps for each tab and the popup lists. Pure.
 */
import type { Verdict } from './knowledge/schema';
import type { Mention } from './matching/matcher';

export type PageStatus = 'scanning' | 'scanned' | 'not-relevant' | 'disabled' | 'unsupported';

export interface ClaimFinding {
  claimId: string;
  /** The distinct verdicts among this claim's mentions, in a fixed order. */
  verdicts: Verdict[];
  mentions: number;
  /** The figures as the page states them (distinct, in order of appearance). */
  pageFigures: string[];
  /** For differing figures: the page's figure and the sourced one it was compared with. */
  differences: Array<{ page: string; sourced: string }>;
  /** Distortions seen in coverage that the page repeats (their corrections). */
  distortions: Array<{ text: string; correction: string }>;
}

/** A report as the background stores it: bounded, whatever a (possibly compromised) sender put in it. */
export function boundReport(report: PageReport): PageReport {
  return {
    url: cut(String(report.url), MAX_URL),
    host: cut(String(report.host), 253),
    status: report.status,
    mentions: Number(report.mentions) || 0,
    claims: report.claims.slice(0, MAX_CLAIMS).map((c) => ({
      claimId: cut(String(c.claimId)),
      verdicts: c.verdicts.slice(0, VERDICT_ORDER.length),
      mentions: Number(c.mentions) || 0,
      pageFigures: c.pageFigures.slice(0, MAX_LISTED_PER_CLAIM).map((t) => cut(String(t))),
      differences: c.differences.slice(0, MAX_LISTED_PER_CLAIM).map((d) => ({ page: cut(String(d.page)), sourced: cut(String(d.sourced)) })),
      distortions: c.distortions.slice(0, MAX_LISTED_PER_CLAIM).map((d) => ({ text: cut(String(d.text), 600), correction: cut(String(d.correction), 600) })),
    })),
  };
}

export interface PageReport {
  url: string;
  host: string;
  status: PageStatus;
  claims: ClaimFinding[];
  /** Total mentions on the page. */
  mentions: number;
}

const VERDICT_ORDER: Verdict[] = ['differs', 'consistent', 'mention'];

/**
 * A page's report is bounded whatever the page holds (thousands of distinct misquoted figures):
 * this many figures, differences and distortions per claim are kept (the mention count stays
 * exact), strings are cut, so one tab's report can never fill the storage all tabs share.
 */
export const MAX_LISTED_PER_CLAIM = 12;
const MAX_TEXT = 160;
const MAX_URL = 2048;
const MAX_CLAIMS = 200;

const cut = (text: string, max = MAX_TEXT) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Adds to a bounded list of distinct entries (by key): constant work per call. */
function addDistinct<T>(list: T[], seen: Set<string>, key: string, item: () => T): void {
  if (list.length >= MAX_LISTED_PER_CLAIM || seen.has(key)) return;
  seen.add(key);
  list.push(item());
}

/** Summarises mentions per claim, claims with a differing figure first. Linear in the mentions. */
export function summarizeMentions(mentions: readonly Mention[]): ClaimFinding[] {
  type Summary = ClaimFinding & { order: number; seen: { figures: Set<string>; differences: Set<string>; distortions: Set<string> } };
  const byClaim = new Map<string, Summary>();
  mentions.forEach((m, order) => {
    for (const claimId of m.claimIds) {
      let f = byClaim.get(claimId);
      if (!f) {
        const seen = { figures: new Set<string>(), differences: new Set<string>(), distortions: new Set<string>() };
        f = { claimId, verdicts: [], mentions: 0, pageFigures: [], differences: [], distortions: [], order, seen };
        byClaim.set(claimId, f);
      }
      f.mentions++;
      if (!f.verdicts.includes(m.verdict)) f.verdicts.push(m.verdict);
      const raw = m.pageFigure?.text;
      const text = raw ? cut(raw.replace(/\s+/g, ' ').trim()) : '';
      if (text) addDistinct(f.pageFigures, f.seen.figures, text, () => text);
      const sourced = m.sourcedFigure;
      if (m.verdict === 'differs' && text && sourced) addDistinct(f.differences, f.seen.differences, text, () => ({ page: text, sourced: cut(sourced.display) }));
      const distortion = m.distortion;
      if (distortion) addDistinct(f.distortions, f.seen.distortions, distortion.text, () => distortion);
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
    }));
}
