/**
 * The audit of a body of coverage: totals, what was skipped and why, and per claim how many
 * articles state it, misquote it or distort it, with the offending sentences. Verdicts are counted
 * whatever they are. Pure.
 */
import { claimById, sourceById } from '../knowledge';
import { countArticle, isDistortion, isMisquote, type ArticleCounts, type ArticleResult, type Finding } from './article-result';

/** The verdicts every report shows a column for, in this order; any other verdict gets one too. */
export const KNOWN_VERDICTS = ['consistent', 'differs', 'distorted', 'mention'] as const;

export interface Offence {
  /** Index of the article in `articles`. */
  article: number;
  verdict: string;
  sentence: string;
  pageFigure?: string;
  sourcedFigure?: string;
  note?: string;
}

export interface ClaimAudit {
  claimId: string;
  title: string;
  /** Articles that state or name it. */
  articles: number;
  /** Per verdict, the articles with at least one mention of that verdict. */
  articlesByVerdict: Record<string, number>;
  misquoting: number;
  distorting: number;
  /** Articles whose every mention of it agrees or only names it. */
  clean: number;
  sources: Array<{ name: string; url?: string }>;
  offences: Offence[];
}

export interface AuditSummary {
  inputs: number;
  audited: number;
  notRelevant: number;
  skipped: number;
  skippedByReason: Record<string, number>;
  /** Audited articles with a note (e.g. a guessed encoding), by note. */
  notes: Record<string, number>;
  findings: number;
  findingsByVerdict: Record<string, number>;
  misquotes: number;
  distortions: number;
  articlesWithMisquotes: number;
  articlesWithDistortions: number;
}

export interface Audit {
  summary: AuditSummary;
  verdicts: string[];
  claims: ClaimAudit[];
  articles: Array<ArticleResult & { counts: ArticleCounts }>;
}

/** Offending sentences kept per claim in a report. */
export const MAX_OFFENCES = 200;

const bump = (rec: Record<string, number>, key: string, by = 1) => {
  rec[key] = (rec[key] ?? 0) + by;
};

/** The verdict columns: the known ones, then any other that came back. */
export function verdictColumns(seen: Iterable<string>): string[] {
  const extra = [...new Set(seen)].filter((v) => !(KNOWN_VERDICTS as readonly string[]).includes(v)).sort();
  return [...KNOWN_VERDICTS, ...extra];
}

function offenceOf(article: number, f: Finding): Offence {
  return {
    article,
    verdict: f.verdict,
    sentence: f.sentence,
    ...(f.pageFigure !== undefined && { pageFigure: f.pageFigure }),
    ...(f.sourcedFigure !== undefined && { sourcedFigure: f.sourcedFigure }),
    ...(f.distortion && { note: f.distortion.correction }),
  };
}

export function aggregate(results: readonly ArticleResult[]): Audit {
  const summary: AuditSummary = {
    inputs: results.length,
    audited: 0,
    notRelevant: 0,
    skipped: 0,
    skippedByReason: {},
    notes: {},
    findings: 0,
    findingsByVerdict: {},
    misquotes: 0,
    distortions: 0,
    articlesWithMisquotes: 0,
    articlesWithDistortions: 0,
  };
  const byClaim = new Map<string, ClaimAudit & { order: number }>();
  const articles = results.map((article, index) => {
    const counts = countArticle(article);
    if (article.status === 'skipped') {
      summary.skipped++;
      bump(summary.skippedByReason, article.skip?.reason ?? 'unknown');
    } else {
      if (article.status === 'audited') summary.audited++;
      else summary.notRelevant++;
      for (const note of article.notes) bump(summary.notes, note);
    }
    summary.findings += counts.findings;
    for (const [v, n] of Object.entries(counts.byVerdict)) bump(summary.findingsByVerdict, v, n);
    summary.misquotes += counts.misquotes;
    summary.distortions += counts.distortions;
    if (counts.misquotes) summary.articlesWithMisquotes++;
    if (counts.distortions) summary.articlesWithDistortions++;

    // Per claim: which verdicts this article gives it, and its offending sentences.
    const perClaim = new Map<string, { verdicts: Set<string>; misquote: boolean; distortion: boolean; offences: Finding[] }>();
    for (const f of article.findings) {
      for (const claimId of f.claimIds) {
        let c = perClaim.get(claimId);
        if (!c) perClaim.set(claimId, (c = { verdicts: new Set(), misquote: false, distortion: false, offences: [] }));
        c.verdicts.add(f.verdict);
        if (isMisquote(f)) c.misquote = true;
        if (isDistortion(f)) c.distortion = true;
        if (isMisquote(f) || isDistortion(f)) c.offences.push(f);
      }
    }
    for (const [claimId, c] of perClaim) {
      let agg = byClaim.get(claimId);
      if (!agg) {
        const claim = claimById(claimId);
        agg = {
          claimId,
          title: claim?.title ?? claimId,
          articles: 0,
          articlesByVerdict: {},
          misquoting: 0,
          distorting: 0,
          clean: 0,
          sources: (claim?.sources ?? []).map((id) => {
            const s = sourceById(id);
            return { name: s ? [s.name, s.title].filter(Boolean).join(': ') : id, ...(s?.url && { url: s.url }) };
          }),
          offences: [],
          order: byClaim.size,
        };
        byClaim.set(claimId, agg);
      }
      agg.articles++;
      for (const v of c.verdicts) bump(agg.articlesByVerdict, v);
      if (c.misquote) agg.misquoting++;
      if (c.distortion) agg.distorting++;
      if (!c.misquote && !c.distortion) agg.clean++;
      for (const f of c.offences) if (agg.offences.length < MAX_OFFENCES) agg.offences.push(offenceOf(index, f));
    }
    return { ...article, counts };
  });
  const claims = [...byClaim.values()]
    .sort((a, b) => b.misquoting + b.distorting - (a.misquoting + a.distorting) || b.articles - a.articles || a.order - b.order)
    .map((c): ClaimAudit => {
      const { order, ...rest } = c;
      void order;
      return rest;
    });
  return { summary, verdicts: verdictColumns(Object.keys(summary.findingsByVerdict)), claims, articles };
}
