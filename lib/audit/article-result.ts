/**
 * What auditing one article yields: its metadata, the figures and names of the paper it states
 * (each with the sentence that states it), or why it was skipped. Verdicts are open strings: the
 * matcher may add verdicts, and every count here counts whatever comes back.
 */

/** Why an input was not audited. */
export type SkipReason =
  | 'unreadable'
  | 'binary'
  | 'encoding'
  | 'empty'
  | 'too-large'
  | 'unparseable'
  | 'fetch-failed'
  | 'crashed';

export interface Finding {
  claimIds: string[];
  verdict: string;
  /** The figure as the article states it. */
  pageFigure?: string;
  /** The sourced figure it was compared with (its display form). */
  sourcedFigure?: string;
  /** A distortion seen in coverage that the sentence repeats. */
  distortion?: { text: string; correction: string };
  /** The sentence that states it, as the article has it (plain text, possibly shortened). */
  sentence: string;
}

export interface ArticleResult {
  /** The file path or URL as given. */
  source: string;
  status: 'audited' | 'not-relevant' | 'skipped';
  skip?: { reason: SkipReason; message: string };
  title?: string;
  site?: string;
  date?: string;
  /** The encoding the text was decoded from. */
  encoding?: string;
  /** Things worth knowing that did not stop the audit (a guessed encoding, a fallback). */
  notes: string[];
  bytes: number;
  /** Characters of article text read. */
  textChars: number;
  findings: Finding[];
}

export const skipped = (source: string, reason: SkipReason, message: string, bytes = 0): ArticleResult => ({
  source,
  status: 'skipped',
  skip: { reason, message },
  notes: [],
  bytes,
  textChars: 0,
  findings: [],
});

/** A misquote: a figure that differs from its source. */
export const isMisquote = (f: Finding) => f.verdict === 'differs';
/** A distortion: the `distorted` verdict, or any mention that repeats a known distortion. */
export const isDistortion = (f: Finding) => f.verdict === 'distorted' || !!f.distortion;

export interface ArticleCounts {
  claims: number;
  findings: number;
  misquotes: number;
  distortions: number;
  byVerdict: Record<string, number>;
}

export function countArticle(article: ArticleResult): ArticleCounts {
  const claims = new Set<string>();
  const byVerdict: Record<string, number> = {};
  let misquotes = 0;
  let distortions = 0;
  for (const f of article.findings) {
    f.claimIds.forEach((id) => claims.add(id));
    byVerdict[f.verdict] = (byVerdict[f.verdict] ?? 0) + 1;
    if (isMisquote(f)) misquotes++;
    if (isDistortion(f)) distortions++;
  }
  return { claims: claims.size, findings: article.findings.length, misquotes, distortions, byVerdict };
}
