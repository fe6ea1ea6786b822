/**
 * The matcher: finds the paper's figures and entities in the text of one block (a paragraph,
 * heading, list item, caption or table row) and judges each figure against its source.
 * Pure: it reads only the knowledge base it is given.
 */
import type { Claim, Figure, FigureKind, Knowledge, Verdict } from '../knowledge/schema';
import { AnchorIndex, type Anchor } from './anchor-index';
import { extractFigures, mayHaveFigure } from './figure-extractor';
import { judgeFigure } from './figure-judge';
import { isAscii, normalizeText, toOriginalRange } from './normalized-text';
import { assessRelevance, type Relevance } from './page-relevance';
import { sentenceAt } from './sentences';

export interface Mention {
  /** Offsets into the original block text. */
  start: number;
  end: number;
  claimIds: string[];
  verdict: Verdict;
  /** The figure as the page states it (text exactly as on the page). */
  pageFigure?: { text: string; kind: FigureKind; value: number; value2?: number };
  /** The sourced figure it was compared with. */
  sourcedFigure?: Figure;
  /** A distortion seen in coverage that the sentence repeats (the figure may still be right). */
  distortion?: { text: string; correction: string };
}

export interface Matcher {
  /** Mentions in one block of text, in order. */
  matchBlock(text: string): Mention[];
  /** Page-level relevance of the page's text (original, not folded). */
  assessPage(pageText: string): Relevance;
  /** Relevance, then the mentions of every block; an irrelevant page yields none. */
  matchPage(blocks: readonly string[]): Mention[][];
}

/**
 * A sentence is read at most this many characters around the anchor that starts it (a table row,
 * or text without full stops, can be one "sentence" of any length): the work per sentence stays
 * bounded, so matching a block is linear in its length.
 */
export const MAX_SENTENCE = 600;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function createMatcher(knowledge: Pick<Knowledge, 'claims' | 'entities'>): Matcher {
  const index = new AnchorIndex(knowledge.claims, knowledge.entities);
  const claims = new Map<string, Claim>(knowledge.claims.map((c) => [c.id, c]));
  const distortionSignals = knowledge.claims.flatMap((claim) =>
    claim.distortions
      .filter((d) => d.signals?.length)
      .map((d) => ({ claimId: claim.id, distortion: d, patterns: d.signals!.map((source) => new RegExp(source)) })),
  );

  /** The distortion a sentence repeats about a figure of these claims, if any. */
  function distortionIn(sentence: string, claimIds: readonly string[], figure: Figure): Mention['distortion'] {
    for (const { claimId, distortion, patterns } of distortionSignals) {
      if (!claimIds.includes(claimId)) continue;
      if (distortion.appliesTo && distortion.appliesTo !== figure.display) continue;
      if (patterns.some((re) => re.test(sentence))) return { text: distortion.text, correction: distortion.correction };
    }
    return undefined;
  }

  function matchBlock(original: string): Mention[] {
    // Plain ASCII text (most of any page) is searched as it is, with patterns that ignore case,
    // and folded only when it names something; any other text is folded first.
    let folded = isAscii(original) ? null : normalizeText(original);
    const searched = folded ? folded.text : original;
    const exact = index.find(searched);
    // Text that names nothing the paper is about is done with: one pass. Near-miss spellings are
    // looked for only beside another name, phrase or topic word of the paper.
    if (!exact.length) return [];
    const namesSomething = exact.some((a) => a.type !== 'topic');
    const cased = folded?.editAt.length ? undefined : original;
    const fuzzy = index.findFuzzy(searched, exact, cased);
    // Topic words alone only place numbers, so without one they mark nothing.
    if (!namesSomething && !fuzzy.length && !mayHaveFigure(searched)) return [];
    const anchors = fuzzy.length ? [...exact, ...fuzzy].sort((a, b) => a.start - b.start) : exact;
    folded ??= normalizeText(original);
    const text = folded.text;

    const mentions: Mention[] = [];
    const toMention = (start: number, end: number, rest: Omit<Mention, 'start' | 'end'>): Mention => {
      const [s, e] = toOriginalRange(folded, start, end);
      return { start: s, end: e, ...rest };
    };

    // Only the sentences that hold an anchor are read, each once (bounded windows never overlap).
    let readUpTo = 0;
    for (let a = 0; a < anchors.length; ) {
      const at = anchors[a]!.start;
      const floor = Math.max(readUpTo, at - MAX_SENTENCE / 2);
      const [sStart, sEnd] = sentenceAt(text, at, floor, Math.max(at + 1, floor + MAX_SENTENCE));
      readUpTo = sEnd;
      const inSentence: Anchor[] = [];
      while (a < anchors.length && anchors[a]!.start < sEnd) inSentence.push(anchors[a++]!);
      const sentence = text.slice(sStart, sEnd);
      const named = inSentence.filter((x) => x.type !== 'topic');
      const hasFigure = mayHaveFigure(sentence);
      // Topic words only place numbers: without a number they mark nothing.
      if (!named.length && !hasFigure) continue;
      const candidates = [...new Set(inSentence.flatMap((x) => x.claimIds))]
        .map((id) => claims.get(id))
        .filter((c): c is Claim => !!c);

      const covered = new Set<string>();
      const found: Mention[] = [];
      for (const fig of hasFigure ? extractFigures(sentence) : []) {
        const span = { start: sStart + fig.start, end: sStart + fig.end };
        if (named.some((x) => overlaps(x, span))) continue;
        const judgement = judgeFigure(fig, candidates, sentence);
        if (!judgement) continue;
        judgement.claimIds.forEach((id) => covered.add(id));
        const [os, oe] = toOriginalRange(folded, span.start, span.end);
        const distortion = distortionIn(sentence, judgement.claimIds, judgement.sourcedFigure);
        found.push({
          start: os,
          end: oe,
          claimIds: judgement.claimIds,
          verdict: judgement.verdict,
          pageFigure: { text: original.slice(os, oe), kind: fig.kind, value: fig.value, ...(fig.value2 !== undefined && { value2: fig.value2 }) },
          sourcedFigure: judgement.sourcedFigure,
          ...(distortion && { distortion }),
        });
      }
      for (const anchor of named) {
        if (anchor.claimIds.some((id) => covered.has(id))) continue;
        found.push(toMention(anchor.start, anchor.end, { claimIds: [...anchor.claimIds], verdict: 'mention' }));
      }
      found.sort((x, y) => x.start - y.start);
      mentions.push(...found);
    }
    return mentions;
  }

  function assessPage(pageText: string): Relevance {
    return assessRelevance(normalizeText(pageText).text);
  }

  return {
    matchBlock,
    assessPage,
    matchPage(blocks) {
      if (!assessPage(blocks.join('\n')).relevant) return blocks.map(() => []);
      return blocks.map(matchBlock);
    },
  };
}
