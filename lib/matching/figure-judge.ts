/**
 * Judges one figure found on a page against the figures the knowledge base holds for a set of
 * candidate claims: the same value (or a related or complementary one) is consistent; a different
 * value of the same kind, stated about the same measure, differs.
 */
import type { Claim, Figure } from '../knowledge/schema';
import { escapeRegExp } from './escape-regexp';
import { foldHanTerm } from './han-script';
import { boundHolds, boundStates } from './figure-bound';
import { singular, type PageFigure } from './figure-extractor';

export interface Judgement {
  verdict: 'consistent' | 'differs';
  claimIds: string[];
  sourcedFigure: Figure;
}

/** Words a page may use for the thing a count counts. */
const UNIT_SYNONYMS: Record<string, string[]> = {
  account: ['account'],
  exchange: ['exchange', 'conversation', 'interaction', 'query', 'querie', 'prompt', 'chat'],
  fix: ['fix', 'fixe', 'bug', 'patch', 'vulnerability', 'vulnerabilitie', 'flaw'],
  bug: ['bug', 'vulnerability', 'vulnerabilitie', 'find', 'flaw', 'issue', 'fix', 'fixe'],
  chip: ['chip', 'processor', 'unit', 'accelerator'],
  gpu: ['gpu', 'chip', 'processor', 'accelerator'],
  die: ['die'],
};

function unitMatches(figure: Figure, page: PageFigure): boolean {
  if (!figure.unit) return true;
  const want = singular(figure.unit);
  const accepted = UNIT_SYNONYMS[want] ?? [want];
  return (page.unitWords ?? []).some((w) => accepted.includes(w));
}

// One RegExp per figure for all its cue words (every language's), compiled on first use.
const cuePatterns = new WeakMap<Figure, RegExp | null>();
function hasCue(figure: Figure, sentence: string): boolean {
  let re = cuePatterns.get(figure);
  if (re === undefined) {
    re = figure.cues.length ? new RegExp(`(?<![a-z0-9])(?:${figure.cues.map((c) => escapeRegExp(foldHanTerm(c))).join('|')})`) : null;
    cuePatterns.set(figure, re);
  }
  return !!re && re.test(sentence);
}

const close = (a: number, b: number, relative: number, absolute = 0) =>
  Math.abs(a - b) <= Math.max(absolute, relative * Math.max(Math.abs(a), Math.abs(b)));

/** Whether the page's figure states the same value as the sourced one. */
export function sameValue(figure: Figure, page: PageFigure): boolean {
  if (figure.kind !== page.kind) return false;
  // "More than 90%" of a sourced 94% states it truly; "more than 95%" does not.
  if (page.bound && figure.value2 === undefined) return boundStates(page.bound, figure.value, page.value);
  switch (figure.kind) {
    case 'percent':
    case 'multiple':
      // The page's value rounds to the source's: 4.4% is the paper's 4%, 4.5% is not.
      return Math.abs(figure.value - page.value) < 0.5;
    case 'money':
      return close(figure.value, page.value, 0.02);
    case 'count': {
      const figureVague = figure.value2 !== undefined;
      if (page.vague) {
        const [lo, hi] = [figure.value, figure.value2 ?? figure.value];
        return page.value <= hi && (page.value2 ?? page.value) >= lo;
      }
      return !figureVague && close(figure.value, page.value, 0.01);
    }
    case 'year':
      return figure.value === page.value;
    default:
      return figure.value === page.value && figure.value2 === page.value2;
  }
}

/** Whether a different value on the page is a misstatement of this figure. */
function contradicts(figure: Figure, page: PageFigure, sentence: string): boolean {
  if (figure.kind !== page.kind || figure.kind === 'year') return false;
  if (figure.role !== 'headline' && figure.role !== 'related') return false;
  if (!hasCue(figure, sentence)) return false;
  // A true bound far from the value ("under 10%" of 4%) is vague, not wrong.
  if (page.bound && figure.value2 === undefined && boundHolds(page.bound, figure.value, page.value)) return false;
  if (figure.kind === 'count') {
    // Precise numbers are compared with precise ones, vague quantities with vague ones.
    if (!!page.vague !== (figure.value2 !== undefined)) return false;
    return unitMatches(figure, page);
  }
  return true;
}

const ROLE_ORDER: Record<Figure['role'], number> = { headline: 0, related: 1, complement: 2, context: 3 };

/**
 * Returns the judgement for a page figure among the candidate claims, or null when the figure is
 * not about any of them (or is a known figure of a different measure).
 */
export function judgeFigure(page: PageFigure, candidates: readonly Claim[], sentence: string): Judgement | null {
  const agreeing: { claim: Claim; figure: Figure }[] = [];
  /** Sourced figures of the same value whose measure the sentence does not name. */
  const sameNumber: { claim: Claim; figure: Figure }[] = [];
  for (const claim of candidates) {
    for (const figure of claim.figures) {
      if (!sameValue(figure, page)) continue;
      // The same number is the same figure only when the sentence speaks of its measure: a cue
      // word ("Huawei's phone sales fell 4%" is not the 4% of NVIDIA's compute), or for a count,
      // the thing it counts.
      const aboutMeasure = !figure.cues.length || hasCue(figure, sentence) || (figure.kind === 'count' && unitMatches(figure, page));
      (aboutMeasure ? agreeing : sameNumber).push({ claim, figure });
    }
  }
  if (agreeing.length) {
    agreeing.sort((a, b) => ROLE_ORDER[a.figure.role] - ROLE_ORDER[b.figure.role]);
    const best = agreeing[0]!;
    // A known figure of another measure (a counter-signal's number) is neither checked nor a misquote.
    if (best.figure.role === 'context') return null;
    const claimIds = [...new Set(agreeing.filter((a) => a.figure.role !== 'context').map((a) => a.claim.id))];
    return { verdict: 'consistent', claimIds, sourcedFigure: best.figure };
  }
  let differing: { claim: Claim; figure: Figure } | null = null;
  for (const claim of candidates) {
    for (const figure of claim.figures) {
      if (!contradicts(figure, page, sentence)) continue;
      if (!differing || ROLE_ORDER[figure.role] < ROLE_ORDER[differing.figure.role]) differing = { claim, figure };
    }
  }
  if (!differing) return null;
  // The page states exactly another figure of the same claim ("$2.5 billion of servers ... to
  // China", where "China" is the cue of the $510 million): that figure, not a misquote of this one.
  const same = page.bound ? undefined : sameNumber.find((x) => x.claim === differing!.claim && (x.figure.role === 'headline' || x.figure.role === 'related'));
  if (same) return { verdict: 'consistent', claimIds: [same.claim.id], sourcedFigure: same.figure };
  return { verdict: 'differs', claimIds: [differing.claim.id], sourcedFigure: differing.figure };
}
