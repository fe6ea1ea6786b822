/**
 * Exit-code policy: 0 when the run finished; 1 when `--fail-on` names something the run found
 * (for a newsroom's CI over drafts); 2 for a usage error. Skipped inputs never fail a run. Pure.
 */
import { isDistortion, isMisquote, type ArticleResult, type Finding } from './article-result';

export const EXIT_OK = 0;
export const EXIT_FOUND = 1;
export const EXIT_USAGE = 2;

/** `--fail-on` words besides verdict names: `misquote` (= differs), `distortion`, `any`. */
const ALIASES: Record<string, (f: Finding) => boolean> = {
  misquote: isMisquote,
  misquotes: isMisquote,
  distortion: isDistortion,
  distortions: isDistortion,
  any: (f) => isMisquote(f) || isDistortion(f),
};

/** A predicate for a `--fail-on` value (comma-separated verdicts or aliases). */
export function failCondition(spec: string): (f: Finding) => boolean {
  const tests = spec
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
    .map((word) => ALIASES[word] ?? (word === 'distorted' ? isDistortion : (f: Finding) => f.verdict === word));
  return (f) => tests.some((t) => t(f));
}

export function exitCode(results: readonly ArticleResult[], failOn: string | undefined): number {
  if (!failOn) return EXIT_OK;
  const fails = failCondition(failOn);
  return results.some((a) => a.findings.some(fails)) ? EXIT_FOUND : EXIT_OK;
}
