/**
 * The matcher: finds the paper's figures and entities in the text of one block (a paragraph,
 * heading, list item, caption or table row) and judges each figure against its source.
 * Pure: it reads only the knowledge base it is given.
 */
import { applyLexicons } from '../knowledge/lexicon/apply-lexicons';
import type { Claim, Figure, FigureKind, Knowledge, Verdict } from '../knowledge/schema';
import { AnchorIndex, type Anchor } from './anchor-index';
import { NUMBER_WORD_PREFIXES, extractFigures, mayHaveFigure } from './figure-extractor';
import { judgeFigure } from './figure-judge';
import { createHanFigureReader } from './han-figures';
import { normalizeText, readAscii, toOriginalRange } from './normalized-text';
import { assessRelevance, compileLexiconRelevance, type Relevance } from './page-relevance';
import { sentenceAt } from './sentences';

export interface Mention {
  /** Offsets into the original block text. */
  start: number;
  end: number;
  claimIds: string[];
  verdict: Verdict;
  /** The figure as the page states it (text exactly as on the page). */
  pageFigure?: { text: string; kind: FigureKind; value: number; value2?: number };
  /**
   * The sourced figure it was compared with; on a `mention` with a page figure, the related
   * sourced figure of a different or narrower measure.
   */
  sourcedFigure?: Figure;
  /** A distortion seen in coverage that the sentence repeats (the figure may still be right). */
  distortion?: { text: string; correction: string };
  /** The page's words misstate the record (the page figure is those words, not a number). */
  statement?: true;
  /** Why it matched: the words of the sentence that point to the claim, as on the page. */
  why?: string[];
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

/** Concept groups present in a window, per claim: group name -> the anchors of its terms. */
type ConceptHits = Map<string, Map<string, Anchor[]>>;

function conceptHits(anchors: readonly Anchor[]): ConceptHits {
  const hits: ConceptHits = new Map();
  for (const a of anchors) {
    for (const ref of a.concepts ?? []) {
      let groups = hits.get(ref.claimId);
      if (!groups) hits.set(ref.claimId, (groups = new Map()));
      const list = groups.get(ref.group);
      if (list) list.push(a);
      else groups.set(ref.group, [a]);
    }
  }
  return hits;
}

/** Words a page uses to say a figure is part of a larger one (one shipment of the case, a subset). */
const NARROWER = /\b(?:one|a single|a|each|another|the first|the latest) (?:\w+ )?(?:shipment|batch|order|transaction|delivery|consignment|deal|contract|campaign|operation)\b|\bof which\b|\bincluding\b|\bportion\b|\bpart of\b|\bsubset\b|\bseparate\b|\banother\b|\bearlier\b/;

/**
 * Measures none of the paper's figures is (money made or spent, a market, one chip's speed): a
 * different number said of them is a related figure, not a misquote ("the 910C reaches 60% of the
 * H100's performance" is not Huawei's 4% of NVIDIA's aggregate compute).
 */
const OTHER_MEASURE = /\b(?:revenues?|sales|market share|market value|valuation|profits?|earnings|stock|share price|shares (?:rose|fell|jumped|climbed|dropped|gained|lost)|funding|investment|spending|budget|per[- ]chip|single[- ]chip|speed)\b|(?<!processing |total )\bperformance of\b/;

/** Longest span a claim described in other words is highlighted with; past it, its heaviest term. */
const MAX_CONCEPT_SPAN = 120;

/** A `differs` statement replaces a plain mention of the same claim over the same words. */
function dropCoveredMentions(mentions: Mention[]): Mention[] {
  const statements = mentions.filter((m) => m.statement);
  if (!statements.length) return mentions;
  return mentions.filter(
    (m) => m.verdict !== 'mention' || !statements.some((s) => s.claimIds.some((id) => m.claimIds.includes(id)) && overlaps(s, m)),
  );
}

export function createMatcher(knowledge: Pick<Knowledge, 'claims' | 'entities' | 'lexicons'>): Matcher {
  // Other languages' words join the claims and entities: every language is matched the same way.
  const lexicons = knowledge.lexicons ?? [];
  const merged = applyLexicons(knowledge.claims, knowledge.entities, lexicons);
  // Number words ride along the alias scan: the block's figure pre-check costs no pass of its own.
  const index = new AnchorIndex(merged.claims, merged.entities, NUMBER_WORD_PREFIXES);
  const claims = new Map<string, Claim>(merged.claims.map((c) => [c.id, c]));
  const hanFigures = lexicons.length ? createHanFigureReader(lexicons) : undefined;
  const lexiconRelevance = compileLexiconRelevance(lexicons);
  const signalsOf = (scope: 'figure' | 'statement') =>
    merged.claims.flatMap((claim) =>
      claim.distortions
        .filter((d) => d.signals?.length && (d.scope ?? 'figure') === scope)
        .map((d) => ({ claimId: claim.id, distortion: d, patterns: d.signals!.map((source) => new RegExp(source, scope === 'statement' ? 'g' : '')) })),
    );
  const figureSignals = signalsOf('figure');
  const statementSignals = signalsOf('statement');

  /** The distortion a sentence repeats about a figure of these claims, if any. */
  function distortionIn(sentence: string, claimIds: readonly string[], figure: Figure): Mention['distortion'] {
    for (const { claimId, distortion, patterns } of figureSignals) {
      if (!claimIds.includes(claimId)) continue;
      if (distortion.appliesTo && distortion.appliesTo !== figure.display) continue;
      if (patterns.some((re) => re.test(sentence))) return { text: distortion.text, correction: distortion.correction };
    }
    return undefined;
  }

  /** Whether the concept groups present state the claim (threshold and required groups met). */
  function isStated(claim: Claim, groups: Map<string, Anchor[]> | undefined): boolean {
    const detect = claim.detect;
    if (!detect || !groups) return false;
    let score = 0;
    for (const g of detect.groups) if (groups.has(g.name)) score += g.weight;
    return score >= detect.threshold && (detect.require ?? []).every((name) => groups.has(name));
  }

  /**
   * Whether the claim's subject is in the window: a name of it, or a term of one of its subject
   * groups (always true for a claim that names no subject groups).
   */
  function hasSubject(claim: Claim, groups: Map<string, Anchor[]> | undefined, named: readonly Anchor[]): boolean {
    const subject = claim.detect?.subject;
    return !subject?.length || subject.some((name) => groups?.has(name)) || named.some((x) => x.claimIds.includes(claim.id));
  }

  // Scratch for statesAny: which groups were seen, each claim's score (no allocation per block).
  const seen = new Uint8Array(index.groupCount);
  const scores = new Float64Array(knowledge.claims.length);
  // The group and claim slots a block touched (each group once), to reset only those.
  const touched = new Int32Array(index.groupCount);
  const touchedClaims = new Int32Array(index.groupCount);
  const thresholdOf = knowledge.claims.filter((c) => c.detect).map((c) => c.detect!.threshold);

  /** Whether the concept terms among the anchors state any claim (checked over all of them). */
  function statesAny(anchors: readonly Anchor[]): boolean {
    let reached = false;
    let count = 0;
    for (const a of anchors) {
      if (!a.concepts) continue;
      for (const ref of a.concepts) {
        if (seen[ref.slot]) continue;
        seen[ref.slot] = 1;
        touched[count] = ref.slot;
        touchedClaims[count++] = ref.claimSlot;
        const score = (scores[ref.claimSlot] ?? 0) + ref.weight;
        scores[ref.claimSlot] = score;
        if (score >= thresholdOf[ref.claimSlot]!) reached = true;
      }
    }
    // Only the slots this block touched are reset (scores of untouched claims are still 0).
    for (let i = 0; i < count; i++) {
      seen[touched[i]!] = 0;
      scores[touchedClaims[i]!] = 0;
    }
    // Weights reach a threshold: confirm with the required groups.
    if (!reached) return false;
    for (const [id, groups] of conceptHits(anchors)) if (isStated(claims.get(id)!, groups)) return true;
    return false;
  }

  function matchBlock(original: string): Mention[] {
    // Plain ASCII text (most of any page) is searched as it is, with patterns that ignore case,
    // and folded only when it names something; any other text is folded first.
    // One pass over the characters says which, and whether ASCII text has a digit.
    const ascii = readAscii(original);
    let folded = ascii === 'other' ? normalizeText(original) : null;
    const searched = folded ? folded.text : original;
    const { anchors: exact, prefixedWord } = index.scan(searched, !!folded);
    // Text that names nothing the paper is about is done with: one pass (and the character
    // check). Near-miss spellings are looked for only beside another name, phrase or topic word.
    if (!exact.length) return [];
    const namesSomething = exact.some((a) => a.type === 'entity' || a.type === 'phrase');
    // Concept terms alone matter only where some claim's groups add up, here in the whole block
    // (a cheap upper bound of any one sentence).
    const describesSomething = namesSomething || statesAny(exact);
    // Topic words alone only place numbers, so without one they mark nothing.
    // On ASCII text the scans have answered mayHaveFigure: a digit, or a word starting like a number.
    if (!describesSomething && !(folded ? mayHaveFigure(searched) : ascii === 'ascii-with-digit' || prefixedWord)) return [];
    const cased = folded?.editAt.length ? undefined : original;
    const fuzzy = index.findFuzzy(searched, exact, cased);
    const anchors = fuzzy.length ? [...exact, ...fuzzy].sort((a, b) => a.start - b.start) : exact;
    folded ??= normalizeText(original);
    const text = folded.text;
    const slice = (a: { start: number; end: number }) => {
      const [s, e] = toOriginalRange(folded, a.start, a.end);
      return original.slice(s, e);
    };
    const whyOf = (claimId: string, within: readonly Anchor[]) => [
      ...new Set(within.filter((x) => x.claimIds.includes(claimId) || x.concepts?.some((r) => r.claimId === claimId)).map(slice)),
    ];

    const mentions: Mention[] = [];
    // Mentions are built field by field, never spread: V8 copies spread objects on a slow path.
    const plainMention = (start: number, end: number, claimIds: string[], why: string[]): Mention => {
      const [s, e] = toOriginalRange(folded, start, end);
      return { start: s, end: e, claimIds, verdict: 'mention', why };
    };
    /** Claims named or stated somewhere in the block (the window of statement checks). */
    const inBlock = new Set<string>();

    // Only the sentences that hold an anchor are read, each once (bounded windows never overlap).
    let readUpTo = 0;
    // The concept hits of the first sentence: those of the block when it is the only one.
    let sentences = 0;
    let firstHits: ConceptHits | undefined;
    // The claims whose subject the previous sentence named, and where it ended: a figure in the
    // sentence right after it may speak of that subject without naming it again ("Supermicro's
    // co-founder was charged. Prosecutors say $2.5 billion of servers were diverted.").
    let subjectsBefore: readonly string[] = [];
    let endBefore = -1;
    for (let a = 0; a < anchors.length; ) {
      const at = anchors[a]!.start;
      const floor = Math.max(readUpTo, at - MAX_SENTENCE / 2);
      const [sStart, sEnd] = sentenceAt(text, at, floor, Math.max(at + 1, floor + MAX_SENTENCE));
      readUpTo = sEnd;
      const inSentence: Anchor[] = [];
      while (a < anchors.length && anchors[a]!.start < sEnd) inSentence.push(anchors[a++]!);
      const sentence = text.slice(sStart, sEnd);
      const named = inSentence.filter((x) => x.type === 'entity' || x.type === 'phrase');
      const hits = conceptHits(inSentence);
      if (sentences++ === 0) firstHits = hits;
      // Plain loops here: spreading iterators and flatMap were a visible share of a sentence's cost.
      const statedOrNamed: string[] = [];
      for (const [id, groups] of hits) if (isStated(claims.get(id)!, groups)) statedOrNamed.push(id);
      const present = new Set(statedOrNamed);
      for (const x of named) for (const id of x.claimIds) present.add(id);
      const stated = statedOrNamed.filter((id) => !claims.get(id)!.detect!.yieldsTo?.some((other) => present.has(other)));
      const hasFigure = mayHaveFigure(sentence);
      // Topic words only place numbers: without a number they mark nothing.
      if (!named.length && !stated.length && !hasFigure) continue;
      named.forEach((x) => x.claimIds.forEach((id) => inBlock.add(id)));
      stated.forEach((id) => inBlock.add(id));
      const candidateIds = new Set<string>();
      for (const x of inSentence) for (const id of x.claimIds) candidateIds.add(id);
      for (const id of hits.keys()) candidateIds.add(id);
      const follows = endBefore >= 0 && text.slice(endBefore, sStart).trim() === '';
      if (follows) for (const id of subjectsBefore) candidateIds.add(id);
      const candidates: Claim[] = [];
      const subjects: string[] = [];
      for (const id of candidateIds) {
        const c = claims.get(id);
        if (!c) continue;
        const own = hasSubject(c, hits.get(id), named);
        if (own && c.detect?.subject?.length) subjects.push(id);
        if (own || (follows && subjectsBefore.includes(id))) candidates.push(c);
      }
      subjectsBefore = subjects;
      endBefore = sEnd;

      const covered = new Set<string>();
      const found: Mention[] = [];
      for (const fig of hasFigure ? extractFigures(sentence, hanFigures) : []) {
        const span = { start: sStart + fig.start, end: sStart + fig.end };
        if (named.some((x) => overlaps(x, span))) continue;
        const judgement = judgeFigure(fig, candidates, sentence);
        if (!judgement) continue;
        const [os, oe] = toOriginalRange(folded, span.start, span.end);
        let verdict: Verdict = judgement.verdict;
        // A different number said of a part (one shipment), of another campaign or of another
        // measure is about a narrower or different measure: a mention, with the related sourced figure shown.
        if (verdict === 'differs' && (NARROWER.test(sentence) || OTHER_MEASURE.test(sentence))) verdict = 'mention';
        const distortion = verdict === 'mention' ? undefined : distortionIn(sentence, judgement.claimIds, judgement.sourcedFigure);
        if (distortion && verdict === 'consistent') verdict = 'distorted';
        judgement.claimIds.forEach((id) => covered.add(id));
        const pageFigure: NonNullable<Mention['pageFigure']> = { text: original.slice(os, oe), kind: fig.kind, value: fig.value };
        if (fig.value2 !== undefined) pageFigure.value2 = fig.value2;
        const mention: Mention = { start: os, end: oe, claimIds: judgement.claimIds, verdict, pageFigure, sourcedFigure: judgement.sourcedFigure };
        if (distortion) mention.distortion = distortion;
        mention.why = whyOf(judgement.claimIds[0]!, inSentence);
        found.push(mention);
      }
      for (const anchor of named) {
        if (anchor.claimIds.some((id) => covered.has(id))) continue;
        found.push(plainMention(anchor.start, anchor.end, anchor.claimIds.slice(), [slice(anchor)]));
      }
      // A claim described in other words: one mention over the terms that described it.
      for (const id of stated) {
        if (covered.has(id) || named.some((x) => x.claimIds.includes(id))) continue;
        const claim = claims.get(id)!;
        const groups = hits.get(id)!;
        const terms = [...groups.values()].flat().sort((x, y) => x.start - y.start);
        let first = terms[0]!;
        let last = terms[terms.length - 1]!;
        if (last.end - first.start > MAX_CONCEPT_SPAN) {
          const heaviest = claim.detect!.groups.filter((g) => groups.has(g.name)).sort((x, y) => y.weight - x.weight)[0]!;
          first = last = groups.get(heaviest.name)![0]!;
        }
        found.push(plainMention(first.start, last.end, [id], [...new Set(terms.map(slice))]));
      }
      found.sort((x, y) => x.start - y.start);
      mentions.push(...found);
    }

    // Statements the record contradicts ("by voice vote" for a recorded 369-22), anywhere in a
    // block that names or states their claim (its concept groups may be spread over the block).
    if (statementSignals.length) {
      const blockHits = sentences === 1 ? firstHits! : conceptHits(anchors);
      for (const [id, groups] of blockHits) if (isStated(claims.get(id)!, groups)) inBlock.add(id);
    }
    for (const { claimId, distortion, patterns } of statementSignals) {
      if (!inBlock.has(claimId)) continue;
      // A figure of the claim already flagged with the same correction says it.
      if (mentions.some((m) => m.distortion?.correction === distortion.correction && m.claimIds.includes(claimId))) continue;
      const claim = claims.get(claimId)!;
      for (const re of patterns) {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(text))) {
          if (!m[0]) {
            re.lastIndex++;
            continue;
          }
          const [os, oe] = toOriginalRange(folded, m.index, m.index + m[0].length);
          const sourced = claim.figures.find((f) => f.role === 'headline');
          const mention: Mention = {
            start: os,
            end: oe,
            claimIds: [claimId],
            verdict: 'differs',
            pageFigure: { text: original.slice(os, oe), kind: sourced?.kind ?? 'year', value: 0 },
            statement: true,
          };
          if (sourced) mention.sourcedFigure = sourced;
          mention.distortion = { text: distortion.text, correction: distortion.correction };
          mention.why = [original.slice(os, oe)];
          mentions.push(mention);
        }
      }
    }
    if (statementSignals.length) mentions.sort((x, y) => x.start - y.start);
    return dropCoveredMentions(mentions);
  }

  function assessPage(pageText: string): Relevance {
    return assessRelevance(normalizeText(pageText).text, lexiconRelevance);
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
